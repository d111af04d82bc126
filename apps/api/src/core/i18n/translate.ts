import i18next, { type i18n } from 'i18next';
import { MembershipRole, RTL_LOCALES, isSupportedLocale, type SupportedLocale } from '@ecw/domain';
import { onFeatureRegistered } from '../feature/feature-registry.js';
import { type MessageCatalogues } from '../feature/define-messages.js';
import { CORE_MESSAGES, type MessageKey } from './messages.js';

export type MessageParams = Record<string, string | number>;

const translator: i18n = i18next.createInstance();
void translator.init({
  initAsync: false,
  fallbackLng: 'en',
  supportedLngs: Object.keys(CORE_MESSAGES),
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(
    Object.entries(CORE_MESSAGES).map(([lng, messages]) => [lng, { translation: messages }]),
  ),
});

const knownKeys = new Set<string>(Object.keys(CORE_MESSAGES.en));

/**
 * Messages without parameters, rendered once per locale (until another catalogue joins): a page maps one label onto every row it
 * shows (a redacted brief's "A participating organisation"), and i18next resolves each call anew.
 */
const plainMessages = new Map<string, string>();

/** Each feature's catalogue joins the one translator; a key two catalogues define fails at start-up. */
function addCatalogue(name: string, catalogues: MessageCatalogues): void {
  plainMessages.clear();
  for (const key of Object.keys(catalogues.en)) {
    if (knownKeys.has(key)) throw new Error(`message ${key} of feature ${name} is already defined`);
    knownKeys.add(key);
  }
  for (const [lng, messages] of Object.entries(catalogues))
    translator.addResourceBundle(lng, 'translation', messages);
}

onFeatureRegistered((feature) => {
  if (feature.messages) addCatalogue(feature.name, feature.messages);
});

/** Whether `value` names a server message (a custom validation rule's message, for instance). */
export function isMessageKey(value: string): value is MessageKey {
  return knownKeys.has(value);
}

/** Renders a server message in the given locale (English when the locale is not one we ship). */
export function translate(locale: string, key: MessageKey, params?: MessageParams): string {
  const lng = toSupportedLocale(locale);
  if (!params) {
    const cacheKey = `${lng}:${key}`;
    let message = plainMessages.get(cacheKey);
    if (message === undefined) {
      message = translator.t(key, { lng });
      plainMessages.set(cacheKey, message);
    }
    return message;
  }
  return translator.t(key, {
    ...isolatedForRightToLeft(lng, inReadersWords(lng, withNumericCount(params))),
    lng,
  });
}

/** Unicode's first-strong isolate and its end (UAX #9): the text between keeps its own direction. */
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
/** A link stands on a line of its own in the e-mails; an isolate beside it could end up in the address a mail client links. */
const LINK = /^https?:\/\//;

/**
 * In a right-to-left message, each text parameter (a name, a title, an address) is isolated, so that
 * its own direction cannot spill into the sentence: "Uchaguzi Watch (demo)." at the end of an
 * Arabic sentence showed its closing bracket at the other end of the name. Numbers stay numbers
 * (i18next chooses plural forms by them), links stay bare; the isolates are invisible.
 */
function isolatedForRightToLeft(lng: SupportedLocale, params: MessageParams): MessageParams {
  if (!RTL_LOCALES.includes(lng)) return params;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && !LINK.test(value)
        ? `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`
        : value,
    ]),
  );
}

/**
 * i18next picks a plural form (`key_one`, …) only for a numeric `count`; a notification stores its
 * parameters as text, so "1" would read "1 contacts".
 */
function withNumericCount(params: MessageParams): MessageParams {
  const count = params['count'];
  return typeof count === 'string' && /^\d+$/.test(count) ? { ...params, count: Number(count) } : params;
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
    if (tag && isSupportedLocale(toSupportedLocale(tag)) && toSupportedLocale(tag) !== 'en')
      return toSupportedLocale(tag);
    if (tag?.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}
