import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR = { PRE_ELECTION: 'gray', ELECTION_PERIOD: 'orange', POST_ELECTION: 'blue' } as const;

export function PhaseBadge({ phase }: { phase: keyof typeof COLOR }) {
  const { t } = useTranslation('planning');
  return (
    <Badge color={COLOR[phase]} variant="light">
      {t(`planning.phase.${phase}`)}
    </Badge>
  );
}
