import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { ConvenorActions } from './ConvenorActions';

const ConvenorPanelFragment = graphql(`
  fragment ConvenorPanel_consultation on Consultation {
    id
    status
  }
`);

/** The convenor's controls at the top of the page: the lifecycle, the dashboard and the exports. */
export function ConvenorPanel(props: { consultation: FragmentType<typeof ConvenorPanelFragment> }) {
  const consultation = getFragmentData(ConvenorPanelFragment, props.consultation);
  const { t } = useTranslation('consultations');
  return (
    <Card withBorder component="section" aria-labelledby="convenor-panel-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="convenor-panel-title">
          {t('consultations.convenor.title')}
        </Title>
        <ConvenorActions consultationId={consultation.id} status={consultation.status} />
      </Stack>
    </Card>
  );
}
