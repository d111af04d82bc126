import { useMutation } from '@apollo/client/react';
import { Button, Code, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { ReviewReportQuery } from '../../../gql/graphql';
import { DateTimeText } from '../../../ui/DateTimeText';
import { restoreReviewSectionMutation } from '../graphql/sections.mutations';
import { createReviewVersionMutation } from '../graphql/sign-off.mutations';
import { removedSections } from '../model/removed-sections';
import { RemovedSections } from './RemovedSections';
import { VersionDiff } from './VersionDiff';

type Version = NonNullable<ReviewReportQuery['reviewReport']>['versions'][number];

// A new version or a restored section changes the report's lists: read the report again.
const REFETCH = { refetchQueries: ['ReviewReport'], awaitRefetchQueries: true };

/**
 * Frozen versions of the report (newest first) with their content hash, a diff between two, and the
 * sections removed since a version froze them, which editors can restore from it.
 */
export function VersionsPanel({
  reportId,
  versions,
  liveSectionIds,
  canFreeze,
}: {
  reportId: string;
  versions: readonly Version[];
  liveSectionIds: ReadonlySet<string>;
  canFreeze: boolean;
}) {
  const { t } = useTranslation('reviews');
  const [label, setLabel] = useState('');
  const [create, { loading, error }] = useMutation(createReviewVersionMutation, REFETCH);
  const [restore, restoring] = useMutation(restoreReviewSectionMutation, REFETCH);
  const removed = canFreeze ? removedSections(versions, liveSectionIds) : [];
  // By default: what the newest version changed from the one before it.
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const to = versions.find((v) => v.id === toId) ?? versions[0];
  const from = versions.find((v) => v.id === fromId) ?? versions[1];
  const options = versions.map((v) => ({ value: v.id, label: v.label }));

  const freeze = async () => {
    const result = await settleMutation(create({ variables: { reportId, label: label.trim() } }));
    if (result?.data) setLabel('');
  };

  return (
    <Stack component="section" aria-labelledby="review-versions-title" gap="sm">
      <Title order={2} size="h3" id="review-versions-title">
        {t('reviews.versions.title')}
      </Title>
      {canFreeze && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void freeze();
          }}
        >
          <Group align="end" wrap="wrap">
            <TextInput
              label={t('reviews.versions.label')}
              value={label}
              onChange={(event) => setLabel(event.currentTarget.value)}
              required
            />
            <Button type="submit" loading={loading} disabled={!label.trim()}>
              {t('reviews.versions.create')}
            </Button>
          </Group>
        </form>
      )}
      <ProblemAlert problem={readGraphQLProblem(error ?? restoring.error)} />
      {versions.length === 0 ? (
        <Text size="sm">{t('reviews.versions.none')}</Text>
      ) : (
        <Table data-testid="review-versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reviews.versions.columns.label')}</Table.Th>
              <Table.Th>{t('reviews.versions.columns.createdAt')}</Table.Th>
              <Table.Th>{t('reviews.versions.columns.createdBy')}</Table.Th>
              <Table.Th>{t('reviews.versions.columns.hash')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => (
              <Table.Tr key={version.id}>
                <Table.Td>{version.label}</Table.Td>
                <Table.Td>
                  <DateTimeText value={version.createdAt} />
                </Table.Td>
                <Table.Td>{version.createdBy?.displayName ?? '—'}</Table.Td>
                <Table.Td>
                  {/* SHA-256 of the version's Markdown: anyone can recompute it from an export. */}
                  <Code title={version.contentHash} dir="ltr">
                    {version.contentHash.slice(0, 16)}
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {versions.length >= 2 && from && to && (
        <Stack gap="xs">
          <Group wrap="wrap">
            <Select
              label={t('reviews.versions.from')}
              data={options}
              value={from.id}
              onChange={setFromId}
              allowDeselect={false}
            />
            <Select
              label={t('reviews.versions.to')}
              data={options}
              value={to.id}
              onChange={setToId}
              allowDeselect={false}
            />
          </Group>
          <VersionDiff before={from.markdown} after={to.markdown} />
        </Stack>
      )}
      {removed.length > 0 && (
        <RemovedSections
          sections={removed}
          busy={restoring.loading}
          onRestore={(section) =>
            void settleMutation(
              restore({ variables: { input: { sectionId: section.id, versionId: section.versionId } } }),
            )
          }
        />
      )}
    </Stack>
  );
}
