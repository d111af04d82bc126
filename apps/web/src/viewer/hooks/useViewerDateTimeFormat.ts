import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from './useViewer';

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function formatterFor(language: string, timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  } catch {
    // A zone this browser does not know still shows a time, in the browser's own zone.
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  }
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * How exact an instant is: `hour` for one the API gives to the hour (an unattributed brief or comment
 * under the Chatham House Rule), shown as the hour it falls in ("14:00–15:00"), not as a minute.
 */
export type InstantPrecision = 'minute' | 'hour';

/** Formats API instants (UTC) in the profile's time zone, or the browser's when signed out. */
export function useViewerDateTimeFormat(): (instant: string, precision?: InstantPrecision) => string {
  const { i18n } = useTranslation();
  const { viewer } = useViewer();
  const timeZone = viewer?.timeZone ?? browserTimeZone();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const formatter = formatterFor(language, timeZone);
    return (instant: string, precision: InstantPrecision = 'minute') => {
      const at = new Date(instant);
      return precision === 'hour'
        ? formatter.formatRange(at, new Date(at.getTime() + HOUR_MS))
        : formatter.format(at);
    };
  }, [language, timeZone]);
}
