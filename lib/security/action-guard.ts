// Checks a server action request before Next handles it, so that a bad request gets a clear 4xx instead of a 500:
// a foreign Origin (403), a body over the limit (413), or a body that is no action call at all (400). The same
// limit is Next's serverActions.bodySizeLimit (next.config.js). Browsers always send the length of an action's
// body; a streamed body without one (Next forwarding an action between its own workers) is left to Next.

// The largest action body accepted: 1 MB.
export const actionBodyLimitBytes = 1024 * 1024;

// Why an action request is refused: its HTTP status and the catalogue key of the message the page shows.
export type ActionRefusal = { status: 400 | 403 | 413; message: string };

type ActionRequest = { method: string; headers: Headers; text: () => Promise<string>; formData: () => Promise<FormData> };

function foreignOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return origin === 'null' || !host || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

async function malformed(request: ActionRequest): Promise<boolean> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data')) return (await request.formData()) === null;
    return !Array.isArray(JSON.parse(await request.text()));
  } catch {
    return true;
  }
}

// Whether a request calls a server action (Next marks those with the Next-Action header).
export function isActionRequest(request: { method: string; headers: Headers }): boolean {
  return request.method === 'POST' && request.headers.has('next-action');
}

// The refusal of a server action request, or null when Next may handle it.
export async function refuseActionRequest(request: ActionRequest): Promise<ActionRefusal | null> {
  if (foreignOrigin(request.headers)) return { status: 403, message: 'errors.foreignOrigin' };
  const length = request.headers.get('content-length');
  if (length === null) return null;
  if (!/^\d+$/.test(length)) return { status: 400, message: 'errors.requestInvalid' };
  if (Number(length) > actionBodyLimitBytes) return { status: 413, message: 'errors.requestTooLarge' };
  if (await malformed(request)) return { status: 400, message: 'errors.requestInvalid' };
  return null;
}

// The body of a refusal: Next's client turns a text/plain error answer into an Error with this text as its
// message, which the page recognises by the prefix and shows translated (components/shell/request-refused.tsx).
export const refusalPrefix = 'relatio-refusal:';

// The catalogue key of a request the server refused before running it (too large, from another site, unreadable),
// from the error the page got; null for any other error.
export function refusedRequestMessage(error: unknown): string | null {
  const message = error instanceof Error ? error.message : '';
  return message.startsWith(refusalPrefix) ? message.slice(refusalPrefix.length) : null;
}
