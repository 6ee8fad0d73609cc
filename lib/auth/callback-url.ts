// The page to go to after signing in: a same-origin path only. The value is resolved against the origin the way
// a browser would (so `/\evil.example`, tabs and `//host` are caught) and kept only if the origin is unchanged.
export function safeCallbackPath(value: unknown, origin = 'http://relatio.invalid'): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string' || raw === '') return '/';
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(raw, base);
  } catch {
    return '/';
  }
  if (target.origin !== base.origin || target.pathname.startsWith('//')) return '/';
  return `${target.pathname}${target.search}${target.hash}`;
}
