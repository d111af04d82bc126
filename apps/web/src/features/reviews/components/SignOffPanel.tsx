import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { ReviewReportQuery, ReviewVisibility } from '../../../gql/graphql';
import { DateTimeText } from '../../../ui/DateTimeText';
import {
  publishReviewMutation,
  requestSignOffMutation,
  signOffMutation,
} from '../graphql/sign-off.mutations';

type Report = NonNullable<ReviewReportQuery['reviewReport']>;

const VISIBILITIES: ReviewVisibility[] = ['CO_AUTHORS', 'PUBLIC'];

/**
 * Sign-off organisation by organisation, on the latest version: who signed which version, and
 * publication once all have signed the latest (the server names those who have not).
 */
export function SignOffPanel({
  report,
  canAct,
  canPublish,
  signingOrganizationIds,
}: {
  report: Report;
  canAct: boolean;
  /** An OWNER or ADMIN of a co-author organisation: the only ones the server lets publish. */
  canPublish: boolean;
  /** The viewer's co-author organisations they may sign for (MEMBER or above). */
  signingOrganizationIds: readonly string[];
}) {
  const { t } = useTranslation('reviews');
  const options = { refetchQueries: ['ReviewReport'], awaitRefetchQueries: true };
  const [request, requesting] = useMutation(requestSignOffMutation, options);
  const [sign, signing] = useMutation(signOffMutation, options);
  const [publish, publishing] = useMutation(publishReviewMutation, options);
  const [visibility, setVisibility] = useState<ReviewVisibility>('CO_AUTHORS');
  const latest = report.versions[0];
  const problem = readGraphQLProblem(requesting.error ?? signing.error ?? publishing.error);
  const published = report.status === 'PUBLISHED';
  // The server signs for the next of the viewer's organisations that has not signed the latest.
  const leftToSign =
    latest &&
    signingOrganizationIds.some(
      (id) => !report.signOffs.some((s) => s.organization.id === id && s.version.id === latest.id),
    );

  return (
    <Stack component="section" aria-labelledby="review-signoff-title" gap="sm">
      <Title order={2} size="h3" id="review-signoff-title">
        {t('reviews.signOff.title')}
      </Title>
      <Text size="sm">
        {latest ? t('reviews.signOff.latest', { label: latest.label }) : t('reviews.signOff.noVersion')}
      </Text>
      <List spacing="xs" listStyleType="none" data-testid="sign-offs">
        {report.coAuthors.map((organization) => {
          const signatures = report.signOffs.filter((s) => s.organization.id === organization.id);
          const onLatest = latest && signatures.find((s) => s.version.id === latest.id);
          const earlier = signatures.at(-1);
          return (
            <List.Item key={organization.id}>
              <Group gap="xs" wrap="wrap">
                <Text fw={500}>{organization.name}</Text>
                {onLatest ? (
                  <>
                    <Badge color="teal.9">
                      {t('reviews.signOff.signed', { label: onLatest.version.label })}
                    </Badge>
                    <Text size="sm">
                      {t('reviews.signOff.by', { name: onLatest.user.displayName })}{' '}
                      <DateTimeText value={onLatest.signedAt} />
                    </Text>
                  </>
                ) : (
                  <>
                    <Badge color="gray.7">{t('reviews.signOff.notYet')}</Badge>
                    {earlier && (
                      <Text size="sm">{t('reviews.signOff.earlier', { label: earlier.version.label })}</Text>
                    )}
                  </>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
      <ProblemAlert problem={problem} />
      {latest && !published && canAct && (
        <Group wrap="wrap" align="end">
          {report.status === 'DRAFTING' && (
            <Button
              loading={requesting.loading}
              onClick={() => void settleMutation(request({ variables: { versionId: latest.id } }))}
            >
              {t('reviews.signOff.request', { label: latest.label })}
            </Button>
          )}
          {report.status === 'IN_SIGNOFF' && leftToSign && (
            <Button
              loading={signing.loading}
              onClick={() => void settleMutation(sign({ variables: { versionId: latest.id } }))}
            >
              {t('reviews.signOff.sign', { label: latest.label })}
            </Button>
          )}
          {canPublish && (
            <>
              <Select
                label={t('reviews.signOff.visibility')}
                data={VISIBILITIES.map((value) => ({ value, label: t(`reviews.visibility.${value}`) }))}
                value={visibility}
                onChange={(value) => setVisibility(VISIBILITIES.find((v) => v === value) ?? 'CO_AUTHORS')}
                allowDeselect={false}
              />
              <Button
                variant="outline"
                loading={publishing.loading}
                onClick={() =>
                  void settleMutation(publish({ variables: { reportId: report.id, visibility } }))
                }
              >
                {t('reviews.signOff.publish')}
              </Button>
            </>
          )}
        </Group>
      )}
    </Stack>
  );
}
