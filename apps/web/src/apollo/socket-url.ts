/** The graphql-ws endpoint on the page's own origin (the CSP allows nothing else). */
export function graphqlSocketUrl(location: Location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/graphql`;
}
