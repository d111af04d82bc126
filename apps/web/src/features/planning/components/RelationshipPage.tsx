import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { exportContactPointsMutation } from '../graphql/export-contact-points.mutation';
import { relationshipRegistryQuery } from '../graphql/relationship-registry.query';
import {
  acceptRelationshipMutation,
  endRelationshipMutation,
} from '../graphql/relationship-decision.mutation';
import { download } from '../hooks/useDownload';
import { useContactChanges } from '../hooks/useContactChanges';
import { AddContactForm } from './AddContactForm';
import { ContactCard } from './ContactCard';
import { ImportContactsPanel } from './ImportContactsPanel';

const WRITERS = new Set(['OWNER', 'ADMIN', 'MEMBER']);
const DECIDERS = new Set(['OWNER', 'ADMIN']);

/** The registry of one relationship: both sides' contacts, live, with verify, history and export. */
export function RelationshipPage() {
  const { t } = useTranslation('planning');
  const { relationshipId = '' } = useParams();
  const { data, loading, error } = useQuery(relationshipRegistryQuery, { variables: { id: relationshipId } });
  useContactChanges(relationshipId);
  const [exportFile, exporting] = useMutation(exportContactPointsMutation);
  const [accept, accepting] = useMutation(acceptRelationshipMutation);
  const [end, ending] = useMutation(endRelationshipMutation);
  const relationship = data?.relationship;

  if (!relationship && loading) return <PageLoader />;
  if (!relationship) return <ProblemAlert problem={readGraphQLProblem(error) ?? null} />;

  const [first, second] = relationship.organizations;
  const title = t('planning.registry.title', { first: first?.name ?? '', second: second?.name ?? '' });
  const recipient = relationship.organizations.find((o) => o.id !== relationship.requestedBy.id);
  const canAccept = relationship.status === 'PENDING' && DECIDERS.has(recipient?.viewerRole ?? '');
  const canEnd =
    relationship.status !== 'ENDED' &&
    relationship.organizations.some((o) => DECIDERS.has(o.viewerRole ?? ''));

  const exportAs = async (format: 'CSV' | 'VCARD') => {
    const result = await settleMutation(exportFile({ variables: { input: { relationshipId, format } } }));
    const file = result?.data?.exportContactPoints;
    if (file) download(file.filename, file.mimeType, file.content);
  };

  return (
    <Stack>
      <PageHeader title={title}>
        <Badge>{t(`planning.status.${relationship.status}`)}</Badge>
        {canAccept && (
          <Button
            loading={accepting.loading}
            onClick={() => void settleMutation(accept({ variables: { id: relationshipId } }))}
          >
            {t('planning.registry.accept')}
          </Button>
        )}
        {canEnd && (
          <ConfirmButton
            title={t('planning.registry.endTitle')}
            message={t('planning.registry.endMessage')}
            confirmLabel={t('planning.registry.endConfirm')}
            loading={ending.loading}
            onConfirm={() => settleMutation(end({ variables: { id: relationshipId } }))}
          >
            {t('planning.registry.end')}
          </ConfirmButton>
        )}
      </PageHeader>
      <ProblemAlert
        problem={readGraphQLProblem(error ?? exporting.error ?? accepting.error ?? ending.error)}
      />
      <Text size="sm">{t('planning.registry.freshnessRule', { days: relationship.staleAfterDays })}</Text>
      {relationship.status === 'ENDED' && <Alert>{t('planning.registry.ended')}</Alert>}
      <Group>
        <Button variant="default" loading={exporting.loading} onClick={() => void exportAs('CSV')}>
          {t('planning.registry.exportCsv')}
        </Button>
        <Button variant="default" loading={exporting.loading} onClick={() => void exportAs('VCARD')}>
          {t('planning.registry.exportVcard')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {relationship.organizations.map((side) => {
          const canWrite = relationship.status !== 'ENDED' && WRITERS.has(side.viewerRole ?? '');
          const contacts = relationship.contacts.filter((contact) => contact.organization.id === side.id);
          return (
            <Stack key={side.id} component="section" aria-label={side.name}>
              <Title order={2}>{side.name}</Title>
              {contacts.length === 0 && <Text>{t('planning.registry.noContacts')}</Text>}
              {contacts.map((contact) => (
                <ContactCard key={contact.id} contact={contact} canWrite={canWrite} />
              ))}
              {canWrite && <AddContactForm relationshipId={relationshipId} organizationId={side.id} />}
              {canWrite && <ImportContactsPanel relationshipId={relationshipId} organizationId={side.id} />}
            </Stack>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
