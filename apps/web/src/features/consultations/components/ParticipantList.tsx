import { Badge, Group, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton';

interface Participant {
  id: string;
  name: string;
}

/**
 * The invited organisations as the API shows them to the viewer (a participant sees only its own).
 * With `onRemove` (the convenor, before the consultation closes) each one has a remove button that
 * asks first.
 */
export function ParticipantList({
  participants,
  onRemove,
  removing = false,
}: {
  participants: readonly Participant[];
  onRemove?: (organizationId: string) => Promise<unknown>;
  removing?: boolean;
}) {
  const { t } = useTranslation('consultations');
  if (!onRemove) {
    return (
      <Group gap="xs">
        {participants.map((organization) => (
          <Badge key={organization.id} variant="light">
            <bdi>{organization.name}</bdi>
          </Badge>
        ))}
      </Group>
    );
  }
  return (
    <List listStyleType="none" spacing="xs">
      {participants.map((organization) => (
        <List.Item key={organization.id}>
          <Group gap="sm">
            <bdi>{organization.name}</bdi>
            <ConfirmButton
              size="compact-sm"
              aria-label={t('consultations.participants.removeNamed', { organization: organization.name })}
              title={t('consultations.participants.removeTitle')}
              message={t('consultations.participants.removeMessage', { organization: organization.name })}
              confirmLabel={t('consultations.participants.removeConfirm')}
              loading={removing}
              onConfirm={() => onRemove(organization.id)}
            >
              {t('consultations.participants.remove')}
            </ConfirmButton>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
