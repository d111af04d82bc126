import { RTL_LOCALES, type SupportedLocale } from '@ecw/domain';
import type englishCommon from '../locales/en/common.json';
import { rememberReaderLanguage } from './reader-language';

export type CommonCatalogue = typeof englishCommon;

/** The shell's language and its `common` catalogue; null until the first catalogue has arrived. */
export interface ShellLanguage {
  language: SupportedLocale;
  common: CommonCatalogue;
}

/** Something that must switch together with the shell (i18next, once the screens have loaded it). */
type Follower = (language: SupportedLocale) => Promise<unknown>;

// Each catalogue is its own chunk: a reader downloads only their language.
const catalogues = import.meta.glob<CommonCatalogue>('../locales/*/common.json', { import: 'default' });

let current: ShellLanguage | null = null;
let latestRequest = 0;
const listeners = new Set<() => void>();
const followers = new Set<Follower>();

function loadCommon(language: SupportedLocale): Promise<CommonCatalogue> {
  const load = catalogues[`../locales/${language}/common.json`];
  if (!load) return Promise.reject(new Error(`No common catalogue for ${language}`));
  return load();
}

/**
 * Keeps <html lang dir> in step with the UI language: screen readers pick their voice from
 * `lang`, and Arabic lays out right-to-left (Mantine's stylesheet and DirectionProvider read `dir`).
 */
function applyToDocument(language: SupportedLocale): void {
  document.documentElement.lang = language;
  document.documentElement.dir = RTL_LOCALES.includes(language) ? 'rtl' : 'ltr';
}

/**
 * The UI language, without i18next: the shell (header, loader, crash page) renders from the
 * `common` catalogue alone, so i18next loads with the screens instead of in the first chunk.
 * i18next follows it; a change applies once the shell's and every follower's catalogues are
 * there, so the whole page switches at once, and only the latest of overlapping changes wins.
 */
export const shellLanguage = {
  get(): ShellLanguage | null {
    return current;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  async change(language: SupportedLocale): Promise<void> {
    const request = ++latestRequest;
    const [common] = await Promise.all([
      loadCommon(language),
      ...[...followers].map((follow) => follow(language)),
    ]);
    if (request !== latestRequest) return;
    current = { language, common };
    applyToDocument(language);
    rememberReaderLanguage(language);
    for (const listener of listeners) listener();
  },
  /** Registers a follower; it is not called for the language already current. */
  follow(follower: Follower): void {
    followers.add(follower);
  },
};
