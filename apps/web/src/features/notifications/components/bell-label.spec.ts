import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { createInstance } from 'i18next';

// The bell's aria-label replaces its visible text ("Notifications" and the badge's number), so
// it must contain both in every language (WCAG 2.5.3, axe label-content-name-mismatch): a speech
// user says what they see. Arabic's "one" and "two" forms once spelled the number out in words.

const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');
const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;

describe.each(LANGUAGES)('the bell label in %s', (language) => {
  it('contains the visible word and the digits the badge shows, for every count', async () => {
    const catalogue = JSON.parse(readFileSync(join(LOCALES_DIR, `${language}.json`), 'utf8')) as Record<
      string,
      object
    >;
    const i18n = createInstance();
    await i18n.init({ lng: language, resources: { [language]: { notifications: catalogue } } });
    const t = i18n.getFixedT(language, 'notifications');
    const short = t('notifications.bell.short');
    const missing = Array.from({ length: 120 }, (_, index) => index + 1)
      .map((count) => t('notifications.bell.unread', { count }))
      .filter((label, index) => !label.includes(short) || !label.includes(String(index + 1)));
    expect(missing).toEqual([]);
  });
});
