/** The co-editing endpoint on the page's own origin (the session cookie goes only there). */
export function collabSocketUrl(location: Location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/collab`;
}
