import '../i18n/i18n';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { theme } from './theme';

/**
 * What the screens' components need and the shell does without: Mantine's theme and direction,
 * and i18next (imported for its side effect: it starts, following the shell's language). It comes
 * with the first screen instead of in the first chunk. The theme's CSS variables are a stylesheet
 * (theme-variables.css) that the shell uses too, so the provider does not inject them again.
 */
export function ComponentRoot({ children }: { children: ReactNode }) {
  return (
    <DirectionProvider initialDirection={document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr'}>
      <MantineProvider theme={theme} forceColorScheme="light" withCssVariables={false}>
        {children}
      </MantineProvider>
    </DirectionProvider>
  );
}
