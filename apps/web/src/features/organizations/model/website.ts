/**
 * An organisation's website as a link target, or null. The value is typed in by users,
 * so anything but http(s) (a "javascript:" URL above all) is shown as text, never linked.
 */
export function websiteHref(website: string | null): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
