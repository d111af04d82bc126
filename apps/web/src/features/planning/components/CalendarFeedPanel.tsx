import { useMutation } from '@apollo/client/react';
import { Alert, Button, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { createCalendarFeedMutation } from '../graphql/create-calendar-feed.mutation';
import { revokeCalendarFeedMutation } from '../graphql/revoke-calendar-feed.mutation';

type FeedScope = { organizationId: string } | { electionId: string };

/**
 * A private iCalendar feed of an organisation's or an election's dates. The API keeps only a hash of
 * the secret address and has no list of feeds, so the address is shown once, right after it is made,
 * and the feed just made is the one this panel can revoke.
 */
export function CalendarFeedPanel({ scope }: { scope: FeedScope }) {
  const { t } = useTranslation('planning');
  const titleId = useId();
  const [feed, setFeed] = useState<{ id: string; url: string } | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [create, creating] = useMutation(createCalendarFeedMutation);
  const [revoke, revoking] = useMutation(revokeCalendarFeedMutation);

  const createFeed = async () => {
    const result = await settleMutation(create({ variables: { input: scope } }));
    const created = result?.data?.createCalendarFeed;
    if (!created) return;
    setFeed(created);
    setRevoked(false);
  };

  const revokeFeed = async (id: string) => {
    const result = await settleMutation(revoke({ variables: { input: { id } } }));
    if (!result?.data?.revokeCalendarFeed) return;
    setFeed(null);
    setRevoked(true);
  };

  return (
    <Stack component="section" aria-labelledby={titleId} gap="xs">
      <Title order={2} id={titleId} size="h4">
        {t('planning.calendar.title')}
      </Title>
      <Text size="sm">
        {'organizationId' in scope
          ? t('planning.calendar.organizationHint')
          : t('planning.calendar.electionHint')}
      </Text>
      <ProblemAlert problem={readGraphQLProblem(creating.error ?? revoking.error)} />
      {revoked && <Text size="sm">{t('planning.calendar.revoked')}</Text>}
      {feed ? (
        <>
          <Alert color="yellow" title={t('planning.calendar.shownOnceTitle')}>
            {t('planning.calendar.shownOnce')}
          </Alert>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('planning.calendar.url')}
              value={feed.url}
              readOnly
              dir="ltr"
              style={{ flex: 1, minWidth: 240 }}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton value={feed.url}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy} aria-live="polite">
                  {copied ? t('planning.calendar.copied') : t('planning.calendar.copy')}
                </Button>
              )}
            </CopyButton>
            <ConfirmButton
              title={t('planning.calendar.revokeTitle')}
              message={t('planning.calendar.revokeMessage')}
              confirmLabel={t('planning.calendar.revokeConfirm')}
              loading={revoking.loading}
              onConfirm={() => revokeFeed(feed.id)}
            >
              {t('planning.calendar.revoke')}
            </ConfirmButton>
          </Group>
        </>
      ) : (
        <Group>
          <Button variant="default" loading={creating.loading} onClick={() => void createFeed()}>
            {t('planning.calendar.create')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
