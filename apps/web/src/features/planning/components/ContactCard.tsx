import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, List, Spoiler, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateTimeText } from '../../../ui/DateTimeText';
import { removeContactPointMutation } from '../graphql/remove-contact-point.mutation';
import { verifyContactPointMutation } from '../graphql/verify-contact-point.mutation';
import { forgetContact } from '../model/registry-cache';
import { formatDay } from '../timeline/zoned-time';
import { EditContactForm } from './EditContactForm';
import { FreshnessBadge } from './FreshnessBadge';

/**
 * What the card shows. The registry, the update mutation and the live events all ask for it, so a
 * contact written from any of them is whole in the cache.
 */
export const ContactCardFragment = graphql(`
  fragment ContactCard_contact on ContactPoint {
    id
    name
    title
    escalationTier
    verificationStatus
    lastVerifiedAt
    timeZone
    availability
    languages
    validFrom
    validUntil
    channels {
      kind
      value
      preferred
    }
    revisions {
      id
      changedAt
      change
      changedBy {
        id
        displayName
      }
    }
    ...EditContactForm_contact
  }
`);

/** `Valid from … to …`, or the one end that is set; nothing when the contact has no validity dates. */
function validity(
  t: TFunction<'planning'>,
  locale: string,
  { validFrom, validUntil }: { validFrom: string | null; validUntil: string | null },
): string | null {
  const from = validFrom ? formatDay(validFrom, locale) : null;
  const until = validUntil ? formatDay(validUntil, locale) : null;
  if (from && until) return t('planning.contact.validBetween', { from, until });
  if (from) return t('planning.contact.validFrom', { from });
  if (until) return t('planning.contact.validUntil', { until });
  return null;
}

/** One contact point: channels (preferred first), freshness, verify/edit/remove, revision history. */
export function ContactCard({
  canWrite,
  ...props
}: {
  contact: FragmentType<typeof ContactCardFragment>;
  canWrite: boolean;
}) {
  const contact = getFragmentData(ContactCardFragment, props.contact);
  const { t, i18n } = useTranslation('planning');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [editing, setEditing] = useState(false);
  const [verify, { loading, error }] = useMutation(verifyContactPointMutation);
  // Dropped from the cache rather than the registry read again: every read is audited for both sides.
  const [remove, removing] = useMutation(removeContactPointMutation, {
    update: (cache) => forgetContact(cache, contact.id),
  });
  if (editing) {
    return (
      <Card withBorder padding="md" data-testid="contact-card">
        <EditContactForm contact={contact} onDone={() => setEditing(false)} />
      </Card>
    );
  }
  const validityText = validity(t, locale, contact);
  const channels = [...contact.channels].sort((a, b) => Number(b.preferred) - Number(a.preferred));
  return (
    <Card withBorder padding="md" data-testid="contact-card">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Text fw={600}>{contact.name}</Text>
            {contact.title && <Text size="sm">{contact.title}</Text>}
          </div>
          <Group gap="xs">
            <Badge variant="outline">{t(`planning.tier.${contact.escalationTier}`)}</Badge>
            <FreshnessBadge status={contact.verificationStatus} />
          </Group>
        </Group>
        <List size="sm">
          {channels.map((channel) => (
            <List.Item key={`${channel.kind}-${channel.value}`}>
              {t(`planning.channel.${channel.kind}`)}: <bdi dir="ltr">{channel.value}</bdi>
              {channel.preferred && ` (${t('planning.contact.preferred')})`}
            </List.Item>
          ))}
        </List>
        {contact.availability && <Text size="sm">{contact.availability}</Text>}
        {contact.languages.length > 0 && (
          <Text size="sm">
            {t('planning.contact.languages', { languages: contact.languages.join(', ') })}
          </Text>
        )}
        {contact.timeZone && (
          <Text size="sm">{t('planning.contact.timeZone', { zone: contact.timeZone })}</Text>
        )}
        {validityText && <Text size="sm">{validityText}</Text>}
        <Text size="xs" c="dimmed">
          {contact.lastVerifiedAt ? (
            <>
              {t('planning.contact.lastVerified')} <DateTimeText value={contact.lastVerifiedAt} />
            </>
          ) : (
            t('planning.contact.neverVerified')
          )}
        </Text>
        <ProblemAlert problem={readGraphQLProblem(error ?? removing.error)} />
        {canWrite && (
          <Group>
            <Button
              size="xs"
              variant="light"
              loading={loading}
              onClick={() => void settleMutation(verify({ variables: { id: contact.id } }))}
            >
              {t('planning.contact.verify')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('planning.contact.edit')}
            </Button>
            <ConfirmButton
              size="xs"
              title={t('planning.contact.removeTitle')}
              message={t('planning.contact.removeMessage', { name: contact.name })}
              confirmLabel={t('planning.contact.removeConfirm')}
              loading={removing.loading}
              onConfirm={() => settleMutation(remove({ variables: { id: contact.id } }))}
            >
              {t('planning.contact.remove')}
            </ConfirmButton>
          </Group>
        )}
        <Spoiler
          maxHeight={0}
          showLabel={t('planning.contact.showHistory')}
          hideLabel={t('planning.contact.hideHistory')}
        >
          <List size="xs" aria-label={t('planning.contact.history')}>
            {contact.revisions.map((revision) => (
              <List.Item key={revision.id}>
                <DateTimeText value={revision.changedAt} /> ·{' '}
                {revision.changedBy?.displayName ?? t('planning.contact.someone')} ·{' '}
                <span dir="auto">{revision.change}</span>
              </List.Item>
            ))}
          </List>
        </Spoiler>
      </Stack>
    </Card>
  );
}
