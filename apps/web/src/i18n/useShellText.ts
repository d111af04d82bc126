import { useCallback, useSyncExternalStore } from 'react';
import { type CommonCatalogue, type ShellLanguage, shellLanguage } from './shell-language';

type Leaves<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the `common` catalogue, as i18next spells it (`common.nav.signIn`). */
export type ShellKey = Leaves<CommonCatalogue, ''>;

function lookUp(catalogue: CommonCatalogue, key: ShellKey): string {
  let value: unknown = catalogue;
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return typeof value === 'string' ? value : key;
}

/** The shell's language and catalogue, or null before the first catalogue has arrived. */
export function useShellLanguage(): ShellLanguage | null {
  return useSyncExternalStore(shellLanguage.subscribe, shellLanguage.get);
}

/**
 * The shell's words (header, skip link, loader, crash page): plain look-ups in `common`, which
 * has them without plurals or interpolation. The root renders the shell only once the first
 * catalogue has arrived; before that a key would read as itself.
 */
export function useShellText(): (key: ShellKey) => string {
  const common = useShellLanguage()?.common;
  return useCallback((key: ShellKey) => (common ? lookUp(common, key) : key), [common]);
}
