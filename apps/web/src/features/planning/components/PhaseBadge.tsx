import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ElectionPhase } from '../../../gql/graphql';

const COLOR: Record<ElectionPhase, string> = {
  PRE_ELECTION: 'blue',
  ELECTION_PERIOD: 'red',
  POST_ELECTION: 'gray',
};

export function PhaseBadge({ phase }: { phase: ElectionPhase }) {
  const { t } = useTranslation('planning');
  return <Badge color={COLOR[phase]}>{t(`planning.phase.${phase}`)}</Badge>;
}
