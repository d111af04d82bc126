import i18next, { type i18n } from 'i18next';
import { MembershipRole, isSupportedLocale, type SupportedLocale } from '@ecw/domain';
import { CATALOGUES, type MessageKey } from './messages.js';

export type MessageParams = Record<string, string | number>;

const translator: i18n = i18next.createInstance();
void translator.init({
  initAsync: false,
  fallbackLng: 'en',
  supportedLngs: Object.keys(CATALOGUES),
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(Object.entries(CATALOGUES).map(([lng, messages]) => [lng, { translation: messages }])),
});

/** Renders a server message in the given locale (English when the locale is not one we ship). */
export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const lng = toSupportedLocale(locale);
  return translator.t(key, { ...inReadersWords(lng, params), lng });
}

/** A `role` parameter carries a domain code (MEMBER); the reader sees the role's name in their language. */
function inReadersWords(lng: SupportedLocale, params: MessageParams): MessageParams {
  const role = params['role'];
  if (typeof role !== 'string' || !isMembershipRole(role)) return params;
  return { ...params, role: translator.t(`role.${role}`, { lng }) };
}

function isMembershipRole(value: string): value is MembershipRole {
  return (Object.values(MembershipRole) as string[]).includes(value);
}

export function toSupportedLocale(locale: string | null | undefined): SupportedLocale {
  const base = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return isSupportedLocale(base) ? base : 'en';
}

/** The best supported locale in an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | undefined): SupportedLocale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim();
    if (tag && isSupportedLocale(toSupportedLocale(tag)) && toSupportedLocale(tag) !== 'en') return toSupportedLocale(tag);
    if (tag?.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}
