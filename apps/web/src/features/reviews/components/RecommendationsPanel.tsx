import { useMutation } from '@apollo/client/react';
import { canMoveRecommendation, RecommendationStatus, REVIEW_LIMITS } from '@ecw/domain';
import { Badge, Button, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { ReviewReportQuery } from '../../../gql/graphql';
import {
  addRecommendationMutation,
  updateRecommendationMutation,
} from '../graphql/recommendations.mutations';
import { isOverdue, localToday, overdueFirst } from '../model/overdue';

type Report = NonNullable<ReviewReportQuery['reviewReport']>;
type Recommendation = Report['recommendations'][number];

const STATUSES = Object.values(RecommendationStatus);

/**
 * What the co-authors recommended and how far each has gone, overdue ones first. Co-author
 * members may add and update them also after publication: following them up is the point.
 */
export function RecommendationsPanel({ report, canEdit }: { report: Report; canEdit: boolean }) {
  const { t } = useTranslation('reviews');
  const today = localToday();
  const [update, updating] = useMutation(updateRecommendationMutation);
  const organizations = report.coAuthors.map((org) => ({ value: org.id, label: org.name }));

  return (
    <Stack component="section" aria-labelledby="review-recommendations-title" gap="sm">
      <Title order={2} size="h3" id="review-recommendations-title">
        {t('reviews.recommendations.title')}
      </Title>
      {report.recommendations.length === 0 ? (
        <Text size="sm">{t('reviews.recommendations.none')}</Text>
      ) : (
        // On a phone the table scrolls sideways instead of cutting its columns.
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid="recommendations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reviews.recommendations.columns.text')}</Table.Th>
                <Table.Th>{t('reviews.recommendations.columns.owner')}</Table.Th>
                <Table.Th>{t('reviews.recommendations.columns.dueOn')}</Table.Th>
                <Table.Th>{t('reviews.recommendations.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overdueFirst(report.recommendations, today).map((recommendation) => (
                <RecommendationRow
                  key={recommendation.id}
                  recommendation={recommendation}
                  overdue={isOverdue(recommendation, today)}
                  canEdit={canEdit}
                  organizations={organizations}
                  onChange={(change) =>
                    void settleMutation(
                      update({ variables: { input: { id: recommendation.id, ...change } } }),
                    )
                  }
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ProblemAlert problem={readGraphQLProblem(updating.error)} />
      {canEdit && <AddRecommendationForm reportId={report.id} organizations={organizations} />}
    </Stack>
  );
}

interface Change {
  status?: RecommendationStatus;
  dueOn?: string | null;
  ownerOrganizationId?: string;
}

function RecommendationRow({
  recommendation,
  overdue,
  canEdit,
  organizations,
  onChange,
}: {
  recommendation: Recommendation;
  overdue: boolean;
  canEdit: boolean;
  organizations: { value: string; label: string }[];
  onChange: (change: Change) => void;
}) {
  const { t } = useTranslation('reviews');
  const statusLabel = t(`reviews.recommendations.status.${recommendation.status}`);
  const reachable = STATUSES.filter((s) => canMoveRecommendation(recommendation.status, s));
  return (
    <Table.Tr>
      <Table.Td>
        {/* In its writer's language, whatever the reader's page direction. */}
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {recommendation.text}
        </Text>
        {overdue && <Badge color="red.9">{t('reviews.recommendations.overdue')}</Badge>}
      </Table.Td>
      <Table.Td>
        {canEdit ? (
          <Select
            aria-label={t('reviews.recommendations.ownerOf', { text: recommendation.text })}
            data={organizations}
            value={recommendation.owner?.id ?? null}
            onChange={(value) => value && onChange({ ownerOrganizationId: value })}
            allowDeselect={false}
            // Wide enough for an organisation's name: the text column gives way, not the owner.
            miw="16rem"
          />
        ) : (
          (recommendation.owner?.name ?? '')
        )}
      </Table.Td>
      <Table.Td>
        {canEdit ? (
          <TextInput
            type="date"
            aria-label={t('reviews.recommendations.dueOnOf', { text: recommendation.text })}
            defaultValue={recommendation.dueOn ?? ''}
            onBlur={(event) => {
              const value = event.currentTarget.value || null;
              if (value !== recommendation.dueOn) onChange({ dueOn: value });
            }}
          />
        ) : (
          (recommendation.dueOn ?? '')
        )}
      </Table.Td>
      <Table.Td>
        {canEdit && reachable.length > 1 ? (
          <Select
            aria-label={t('reviews.recommendations.statusOf', { text: recommendation.text })}
            data={reachable.map((value) => ({ value, label: t(`reviews.recommendations.status.${value}`) }))}
            value={recommendation.status}
            onChange={(value) => {
              const status = reachable.find((s) => s === value);
              if (status && status !== recommendation.status) onChange({ status });
            }}
            allowDeselect={false}
          />
        ) : (
          <Badge variant="light">{statusLabel}</Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function AddRecommendationForm({
  reportId,
  organizations,
}: {
  reportId: string;
  organizations: { value: string; label: string }[];
}) {
  const { t } = useTranslation('reviews');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [add, { loading, error }] = useMutation(addRecommendationMutation, {
    refetchQueries: ['ReviewReport'],
    awaitRefetchQueries: true,
  });

  const submit = async () => {
    const input = {
      reportId,
      text: text.trim(),
      ownerOrganizationId: owner ?? undefined,
      dueOn: dueOn || undefined,
    };
    const result = await settleMutation(add({ variables: { input } }));
    if (result?.data) {
      setText('');
      setDueOn('');
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('reviews.recommendations.text')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={REVIEW_LIMITS.recommendationMax}
          autosize
          minRows={2}
          required
        />
        <Group align="end" wrap="wrap">
          <Select
            label={t('reviews.recommendations.columns.owner')}
            data={organizations}
            value={owner}
            onChange={setOwner}
            clearable
            miw="16rem"
          />
          <TextInput
            type="date"
            label={t('reviews.recommendations.columns.dueOn')}
            value={dueOn}
            onChange={(event) => setDueOn(event.currentTarget.value)}
          />
          <Button type="submit" loading={loading}>
            {t('reviews.recommendations.add')}
          </Button>
        </Group>
        <ProblemAlert problem={readGraphQLProblem(error)} />
      </Stack>
    </form>
  );
}
