/**
 * A path inside this app, or null. Paths that arrive as data (a `next` query parameter,
 * a notification's link) could point anywhere — "//evil.example", "javascript:…" — so
 * only same-origin paths are ever followed.
 */
export function toInAppPath(
  value: string | null | undefined,
  origin = window.location.origin,
): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  try {
    const url = new URL(value, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
