import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './save-state';

const COLOURS: Record<SaveState, string> = {
  connecting: 'gray',
  saving: 'blue',
  saved: 'teal',
  offline: 'orange',
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
      variant="light"
      size="lg"
      data-save-state={state}
    >
      {t(`reviews.save.${state}`)}
    </Badge>
  );
}
