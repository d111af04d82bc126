/** A language named in itself ("Français", "العربية"): readers look for their own. */
export function endonym(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
