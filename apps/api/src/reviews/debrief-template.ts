import { type MessageKey } from '../core/i18n/messages.js';
import { translate } from '../core/i18n/translate.js';

/** The standard post-election debrief, used when a report is created without section titles. */
const DEBRIEF_SECTIONS: readonly MessageKey[] = [
  'reviews.section.summary',
  'reviews.section.whatWorked',
  'reviews.section.whatDidNotWork',
  'reviews.section.incidents',
  'reviews.section.recommendations',
];

export function debriefSectionTitles(locale: string): string[] {
  return DEBRIEF_SECTIONS.map((key) => translate(locale, key));
}
