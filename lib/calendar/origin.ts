// The app's public address for links in calendar files: NEXTAUTH_URL when set (behind a proxy), else the request's.
export function appOrigin(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  try {
    if (configured) return new URL(configured).origin;
  } catch {
    // not a URL: use the request's
  }
  return new URL(request.url).origin;
}
