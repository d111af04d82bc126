import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Colours are chosen for WCAG 2.2 AA contrast on white: indigo 8 behind white text is
// 5.7:1, where Mantine's default blue 6 is only 3.6:1.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif',
  components: {
    // Required inputs keep the `required` attribute (announced by screen readers) but show
    // no asterisk: nearly every field is required, optional ones say so in their hint, and
    // a label reads exactly as its text ("Password", not "Password *").
    InputWrapper: { defaultProps: { withAsterisk: false } },
  },
});

// Mantine's "dimmed" and placeholder greys are 3.3:1 and 2.1:1 on white (gray 7 is 8:1),
// and its error red, used for the messages under form fields, 3.3:1 (red 9 is 5.5:1).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
