/** Query parameters whose values are secrets, whatever the path: `token`, `resetToken`, `code`, `api_key`… */
const SECRET_PARAM = /token|code|secret|key|password|setup/i;
/** Our own secrets are recognisable by their prefix (ecws_, ecwt_, ecwi_, …) wherever they appear. */
const OUR_SECRET = /ecw[a-z]_[A-Za-z0-9_-]+/g;
const REDACTED = '[redacted]';

/**
 * A URL as it may be written to the log: the value of every secret-like query parameter and every
 * one of our prefixed secrets removed. Links now carry tokens in the fragment, which browsers never
 * send, but old links, typos and other clients still put them in the query.
 */
export function loggedUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (queryAt === -1) return path.replace(OUR_SECRET, REDACTED);
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const [name = '', ...value] = pair.split('=');
      return value.length > 0 && SECRET_PARAM.test(safeDecode(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${path}?${query}`.replace(OUR_SECRET, REDACTED);
}

/** Parsed query values, redacted by the same rule. */
export function loggedQuery(query: unknown): unknown {
  if (typeof query !== 'object' || query === null) return query;
  return Object.fromEntries(
    Object.entries(query).map(([name, value]) => [
      name,
      SECRET_PARAM.test(name)
        ? REDACTED
        : typeof value === 'string'
          ? value.replace(OUR_SECRET, REDACTED)
          : value,
    ]),
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
