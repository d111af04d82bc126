/** Limits shared by the API (enforced) and the web app (shown in forms). */
export const LIMITS = {
  passwordMin: 12,
  passwordMax: 256,
  emailMax: 254,
  displayNameMax: 100,
  organizationNameMax: 200,
  websiteMax: 2048,
  countryCodesMax: 60,
  tokenNameMax: 100,
  searchMax: 200,
  /** Any string argument not covered by a tighter rule. */
  stringMax: 10_000,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  invitationTtlDays: 7,
} as const;

export const SUPPORTED_LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const RTL_LOCALES: readonly SupportedLocale[] = ['ar'];

export function isSupportedLocale(value: string): value is SupportedLocale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
