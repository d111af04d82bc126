/** One i18next namespace per feature; `common` holds the shell and shared pieces. */
export const NAMESPACES = [
  'common',
  'auth',
  'organizations',
  'notifications',
  'account',
  'tokens',
  'planning',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
