import { useMutation } from '@apollo/client/react';
import { REVIEW_LIMITS } from '@ecw/domain';
import { ActionIcon, Button, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { ReviewReportQuery } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import {
  addReviewSectionMutation,
  removeReviewSectionMutation,
  restoreReviewSectionMutation,
  updateReviewSectionMutation,
} from '../graphql/sections.mutations';

type Report = NonNullable<ReviewReportQuery['reviewReport']>;
type Section = Report['sections'][number];

interface SectionChange {
  title?: string;
  position?: number;
  /** null clears the lead. */
  leadOrganizationId?: string | null;
}

// Every change moves titles or positions of other sections too: read the report again.
const REFETCH = { refetchQueries: ['ReviewReport'], awaitRefetchQueries: true };

/**
 * The report's outline: add, rename, move, remove a section, name the co-author leading it, or put
 * its text back from a version.
 */
export function SectionsPanel({ report }: { report: Report }) {
  const { t } = useTranslation('reviews');
  const [update, updating] = useMutation(updateReviewSectionMutation, REFETCH);
  const [remove, removing] = useMutation(removeReviewSectionMutation, REFETCH);
  const [restore, restoring] = useMutation(restoreReviewSectionMutation, REFETCH);
  const problem = readGraphQLProblem(updating.error ?? removing.error ?? restoring.error);
  const sections = report.sections;
  const versions = report.versions.map((v) => ({ value: v.id, label: v.label }));
  // The server accepts only a co-author as a section's lead.
  const coAuthors = report.coAuthors.map((org) => ({ value: org.id, label: org.name }));

  return (
    <Stack component="section" aria-labelledby="review-sections-title" gap="sm">
      <Title order={2} size="h3" id="review-sections-title">
        {t('reviews.sections.title')}
      </Title>
      {/* On a phone the row scrolls sideways instead of losing its last columns. */}
      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="review-sections">
          <Table.Tbody>
            {sections.map((section, index) => (
              <SectionRow
                // A rename by someone else resets the title field.
                key={`${section.id}:${section.title}`}
                section={section}
                index={index}
                first={index === 0}
                last={index === sections.length - 1}
                versions={versions}
                coAuthors={coAuthors}
                busy={updating.loading || removing.loading || restoring.loading}
                onUpdate={(change) =>
                  settleMutation(update({ variables: { input: { id: section.id, ...change } } }))
                }
                onRemove={() => settleMutation(remove({ variables: { input: { id: section.id } } }))}
                onRestore={(versionId) =>
                  settleMutation(restore({ variables: { input: { sectionId: section.id, versionId } } }))
                }
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ProblemAlert problem={problem} />
      <AddSectionForm reportId={report.id} />
    </Stack>
  );
}

function SectionRow({
  section,
  index,
  first,
  last,
  versions,
  coAuthors,
  busy,
  onUpdate,
  onRemove,
  onRestore,
}: {
  section: Section;
  /** Among live sections, as the server's 0-based `position` input counts. */
  index: number;
  first: boolean;
  last: boolean;
  versions: { value: string; label: string }[];
  coAuthors: { value: string; label: string }[];
  busy: boolean;
  onUpdate: (change: SectionChange) => Promise<unknown>;
  onRemove: () => Promise<unknown>;
  onRestore: (versionId: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('reviews');
  const [title, setTitle] = useState(section.title);
  const [versionId, setVersionId] = useState<string | null>(null);
  const renamed = title.trim() !== '' && title.trim() !== section.title;
  return (
    <Table.Tr>
      {/* Wide enough for a whole title: "Incidents and escalations" was cut at the default width. */}
      <Table.Td miw="16rem">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (renamed) void onUpdate({ title: title.trim() });
          }}
        >
          <Group gap="xs" wrap="nowrap">
            <TextInput
              flex={1}
              aria-label={t('reviews.sections.rename', { title: section.title })}
              // Titles are typed in any language: a Latin title in the Arabic interface reads from its start.
              dir="auto"
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              maxLength={REVIEW_LIMITS.titleMax}
            />
            {renamed && (
              <Button type="submit" size="xs" loading={busy}>
                {t('reviews.sections.save')}
              </Button>
            )}
          </Group>
        </form>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            disabled={first || busy}
            aria-label={t('reviews.sections.up', { title: section.title })}
            onClick={() => void onUpdate({ position: index - 1 })}
          >
            {t('reviews.sections.glyph.up')}
          </ActionIcon>
          <ActionIcon
            variant="default"
            disabled={last || busy}
            aria-label={t('reviews.sections.down', { title: section.title })}
            onClick={() => void onUpdate({ position: index + 1 })}
          >
            {t('reviews.sections.glyph.down')}
          </ActionIcon>
        </Group>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('reviews.sections.lead', { title: section.title })}
          placeholder={t('reviews.report.noLead')}
          data={coAuthors}
          value={section.leadOrganization?.id ?? null}
          onChange={(leadOrganizationId) => void onUpdate({ leadOrganizationId })}
          clearable
          // Mantine hides its clear button from assistive technology and the Tab key; clearing a
          // lead is a choice of its own here, so the button is named and reachable.
          clearButtonProps={{
            'aria-label': t('reviews.sections.clearLead', { title: section.title }),
            'aria-hidden': false,
            tabIndex: 0,
          }}
          disabled={busy}
          size="xs"
        />
      </Table.Td>
      <Table.Td>
        {versions.length > 0 && (
          <Group gap="xs" wrap="nowrap">
            <Select
              aria-label={t('reviews.sections.restoreFrom', { title: section.title })}
              placeholder={t('reviews.sections.restorePlaceholder')}
              data={versions}
              value={versionId}
              onChange={setVersionId}
              size="xs"
            />
            <Button
              size="xs"
              variant="default"
              disabled={!versionId}
              loading={busy}
              onClick={() => versionId && void onRestore(versionId)}
            >
              {t('reviews.sections.restore')}
            </Button>
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        <ConfirmButton
          size="xs"
          aria-label={t('reviews.sections.removeNamed', { title: section.title })}
          title={t('reviews.sections.removeTitle', { title: section.title })}
          message={t('reviews.sections.removeMessage')}
          confirmLabel={t('reviews.sections.remove')}
          loading={busy}
          onConfirm={onRemove}
        >
          {t('reviews.sections.remove')}
        </ConfirmButton>
      </Table.Td>
    </Table.Tr>
  );
}

function AddSectionForm({ reportId }: { reportId: string }) {
  const { t } = useTranslation('reviews');
  const [title, setTitle] = useState('');
  const [add, { loading, error }] = useMutation(addReviewSectionMutation, REFETCH);
  const submit = async () => {
    const result = await settleMutation(add({ variables: { input: { reportId, title: title.trim() } } }));
    if (result?.data) setTitle('');
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Group align="end" wrap="wrap">
        <TextInput
          label={t('reviews.sections.newTitle')}
          dir="auto"
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          maxLength={REVIEW_LIMITS.titleMax}
          required
        />
        <Button type="submit" loading={loading}>
          {t('reviews.sections.add')}
        </Button>
      </Group>
      <ProblemAlert problem={readGraphQLProblem(error)} />
    </form>
  );
}
