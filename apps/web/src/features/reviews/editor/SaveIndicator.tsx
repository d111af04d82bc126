import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './save-state';

// Shades dark enough for white text at badge size (WCAG AA 4.5:1).
const COLOURS: Record<SaveState, string> = {
  connecting: 'gray.7',
  saving: 'blue.9',
  saved: 'teal.9',
  offline: '#b33c0b',
};

/** "Saved / Saving / Offline — changes kept", announced politely to screen readers as it changes. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation('reviews');
  return (
    <Badge
      role="status"
      aria-live="polite"
      aria-label={`${t('reviews.save.label')}: ${t(`reviews.save.${state}`)}`}
      color={COLOURS[state]}
      variant="filled"
      size="lg"
      data-save-state={state}
    >
      {t(`reviews.save.${state}`)}
    </Badge>
  );
}
