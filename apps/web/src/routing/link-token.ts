import { useLocation } from 'react-router';

/**
 * The one-time secret of an invitation, reset, confirmation or first-admin setup link (`#setup=…`). Links carry it in the fragment
 * (`#token=…`), which browsers never send to the server, so it stays out of access logs and
 * Referer headers; `?token=` is still read for links made before that.
 */
export function useLinkToken(name: 'token' | 'setup' = 'token'): string | null {
  const { hash, search } = useLocation();
  return new URLSearchParams(hash.replace(/^#/, '')).get(name) ?? new URLSearchParams(search).get(name);
}
