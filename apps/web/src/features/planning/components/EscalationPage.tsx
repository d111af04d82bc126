import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { escalationQuery } from '../graphql/escalation.query';
import { FreshnessBadge } from './FreshnessBadge';

const LINK_SCHEME: Record<string, (value: string) => string> = {
  PHONE: (value) => `tel:${value}`,
  SMS: (value) => `sms:${value}`,
  EMAIL: (value) => `mailto:${value}`,
  SECURE_PORTAL: (value) => value,
};

/** Polling day: the CRITICAL contacts of every active relationship, one card each, usable on a phone. */
export function EscalationPage() {
  const { t } = useTranslation('planning');
  const { electionId = '' } = useParams();
  const { data, loading, error } = useQuery(escalationQuery, {
    variables: { electionId },
    pollInterval: 60_000,
    // A tab left open in the background would read the contacts every minute for nobody; the next
    // minute's read after the tab comes back brings the page up to date.
    skipPollAttempt: () => document.visibilityState === 'hidden',
  });
  if (!data && loading) return <PageLoader />;
  const entries = data?.escalation ?? [];
  return (
    <Stack>
      <PageHeader title={t('planning.escalation.title', { election: data?.election?.name ?? '' })} />
      <ProblemAlert problem={readGraphQLProblem(error)} />
      {entries.length === 0 && <Text>{t('planning.escalation.empty')}</Text>}
      {entries.map((entry) => {
        const link = LINK_SCHEME[entry.preferredChannel.kind]?.(entry.preferredChannel.value);
        return (
          <Card key={entry.contact.id} withBorder padding="md" data-testid="escalation-entry">
            <Stack gap={4}>
              <Group justify="space-between" wrap="wrap">
                <Text fw={700}>{entry.contact.name}</Text>
                <FreshnessBadge status={entry.contact.verificationStatus} />
              </Group>
              <Text size="sm">
                {entry.contact.organization.name}
                {entry.contact.title ? ` · ${entry.contact.title}` : ''}
              </Text>
              <Text size="lg" fw={600}>
                {t(`planning.channel.${entry.preferredChannel.kind}`)}:{' '}
                {link ? (
                  <Anchor href={link} dir="ltr">
                    {entry.preferredChannel.value}
                  </Anchor>
                ) : (
                  <span dir="ltr">{entry.preferredChannel.value}</span>
                )}
              </Text>
              {entry.contact.availability && <Text size="sm">{entry.contact.availability}</Text>}
              <Text size="sm">
                {t('planning.escalation.theirTime', {
                  time: entry.contactLocalTime,
                  zone: entry.contactTimeZone,
                })}{' '}
                ·{' '}
                {t('planning.escalation.yourTime', {
                  time: entry.viewerLocalTime,
                  zone: entry.viewerTimeZone,
                })}
              </Text>
              {entry.contact.languages.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('planning.escalation.languages', { languages: entry.contact.languages.join(', ') })}
                </Text>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
