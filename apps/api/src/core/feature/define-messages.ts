import { type SupportedLocale } from '@ecw/domain';

/** One catalogue per supported locale, every one with exactly the English catalogue's keys. */
export type MessageCatalogues<K extends string = string> = Record<SupportedLocale, Record<K, string>>;

/**
 * A feature's server messages (error texts, field errors, notification texts, e-mails). The English
 * catalogue defines the keys; fr/es/ar are typed by it, so a missing or extra key fails the type check.
 * Keys of a new feature start with its name (`planning.…`).
 */
export function defineMessages<En extends Record<string, string>>(
  catalogues: { en: En } & Record<Exclude<SupportedLocale, 'en'>, Record<keyof En, string>>,
): MessageCatalogues<keyof En & string> {
  return catalogues;
}
