import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

// Every catalogue must be complete in every language: a missing key would show English
// (or the raw key) to someone reading in Arabic, French or Spanish.

type Catalogue = { [key: string]: string | Catalogue };

const LOCALES_DIR = dirname(fileURLToPath(import.meta.url));
const FEATURES_DIR = join(LOCALES_DIR, '..', 'features');
const SOURCE = 'en';
const TRANSLATIONS = ['fr', 'es', 'ar'] as const;
/** A string this long that is still identical to English was almost certainly not translated. */
const MAX_IDENTICAL_WORDS = 3;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

/** `common` sits in src/locales/<lng>/; a feature's namespace in features/<f>/locales/<lng>.json. */
function fileOf(locale: string, namespace: string): string {
  return namespace === 'common'
    ? join(LOCALES_DIR, locale, 'common.json')
    : join(FEATURES_DIR, namespace, 'locales', `${locale}.json`);
}

/** A missing file reads as an empty catalogue, so the tests below name every missing key. */
function load(locale: string, namespace: string): Map<string, string> {
  const file = fileOf(locale, namespace);
  return existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8')) as Catalogue) : new Map();
}

function namespacesOf(locale: string): string[] {
  const features = readdirSync(FEATURES_DIR).filter((feature) => existsSync(fileOf(locale, feature)));
  const common = existsSync(fileOf(locale, 'common')) ? ['common'] : [];
  return [...common, ...features].sort();
}

/** Plural keys differ by language (Arabic has six forms, English two): compare their stems. */
function stem(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

function stems(entries: Map<string, string>): Set<string> {
  return new Set([...entries.keys()].map(stem));
}

function pluralForms(entries: Map<string, string>, keyStem: string): Set<string> {
  const forms = new Set<string>();
  for (const key of entries.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    if (match?.[1] && stem(key) === keyStem) forms.add(match[1]);
  }
  return forms;
}

function wordCount(text: string): number {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
}

const namespaces = namespacesOf(SOURCE);

describe('translation catalogues', () => {
  it('exist for the same namespaces in every language', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    for (const locale of TRANSLATIONS) expect(namespacesOf(locale)).toEqual(namespaces);
  });

  describe.each(TRANSLATIONS)('%s', (locale) => {
    const requiredForms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    describe.each(namespaces)('%s', (namespace) => {
      const english = load(SOURCE, namespace);
      const translated = load(locale, namespace);

      it('has every English key, and no key English lacks', () => {
        const missing = [...stems(english)].filter((key) => !stems(translated).has(key));
        const extra = [...stems(translated)].filter((key) => !stems(english).has(key));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has no empty string, in English or here', () => {
        const empty = [...english, ...translated]
          .filter(([, text]) => text.trim() === '')
          .map(([key]) => key);
        expect(empty).toEqual([]);
      });

      it('has every plural form the language needs', () => {
        const pluralStems = new Set([...english.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map(stem));
        const incomplete = [...pluralStems].flatMap((keyStem) => {
          const forms = pluralForms(translated, keyStem);
          const absent = requiredForms.filter((form) => !forms.has(form));
          return absent.length > 0 ? [`${keyStem}: ${absent.join(', ')}`] : [];
        });
        expect(incomplete).toEqual([]);
      });

      it('keeps the same {{placeholders}} as English', () => {
        const placeholders = (text: string) =>
          [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]).sort();
        const mismatched = [...english].flatMap(([key, text]) => {
          const candidates = [...translated].filter(([other]) => stem(other) === stem(key));
          const expected = new Set(placeholders(text));
          return candidates
            .filter(([, other]) => placeholders(other).some((name) => !expected.has(name)))
            .map(([other]) => other);
        });
        expect(mismatched).toEqual([]);
      });

      it('is actually translated (no sentence left in English)', () => {
        const untranslated = [...english]
          .filter(([key, text]) => translated.get(key) === text && wordCount(text) > MAX_IDENTICAL_WORDS)
          .map(([key]) => key);
        expect(untranslated).toEqual([]);
      });
    });
  });
});
