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

/** Formats API instants (UTC) in the profile's time zone, or the browser's when signed out. */
export function useViewerDateTimeFormat(): (instant: string) => string {
  const { i18n } = useTranslation();
  const { viewer } = useViewer();
  const timeZone = viewer?.timeZone ?? browserTimeZone();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const formatter = formatterFor(language, timeZone);
    return (instant: string) => formatter.format(new Date(instant));
  }, [language, timeZone]);
}
