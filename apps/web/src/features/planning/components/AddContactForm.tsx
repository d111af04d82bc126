import { useMutation } from '@apollo/client/react';
import { ChannelKind, EscalationTier, PLANNING_LIMITS } from '@ecw/domain';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { addContactPointMutation } from '../graphql/add-contact-point.mutation';

const TIERS = [EscalationTier.CRITICAL, EscalationTier.URGENT, EscalationTier.ROUTINE];
const KINDS = Object.values(ChannelKind);

/** A new contact on the viewer's own side: name, tier and one channel (more can follow by editing). */
export function AddContactForm({
  relationshipId,
  organizationId,
}: {
  relationshipId: string;
  organizationId: string;
}) {
  const { t } = useTranslation('planning');
  const [add, { loading, error }] = useMutation(addContactPointMutation);
  const problem = readGraphQLProblem(error);
  // Shaped like the mutation's input, so the server's field paths (`channels.0.value`) land on inputs.
  const { form, inputProps, placedFields } = useServerForm(
    {
      initialValues: {
        name: '',
        title: '',
        escalationTier: EscalationTier.URGENT,
        channels: [{ kind: ChannelKind.EMAIL, value: '' }],
      },
    },
    problem,
  );

  const submit = async (values: typeof form.values) => {
    const result = await settleMutation(
      add({
        variables: {
          input: {
            relationshipId,
            organizationId,
            name: values.name,
            title: values.title || null,
            escalationTier: values.escalationTier,
            channels: values.channels.map((channel) => ({ ...channel, preferred: true })),
          },
        },
      }),
    );
    if (result?.data) form.reset();
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      aria-label={t('planning.add.title')}
    >
      <Stack gap="xs">
        <ProblemAlert problem={problem} formFields={placedFields} />
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t('planning.add.name')}
            required
            maxLength={PLANNING_LIMITS.contactNameMax}
            {...inputProps('name')}
          />
          <TextInput
            label={t('planning.add.jobTitle')}
            maxLength={PLANNING_LIMITS.contactTitleMax}
            {...inputProps('title')}
          />
          <Select
            label={t('planning.add.tier')}
            data={TIERS.map((option) => ({ value: option, label: t(`planning.tier.${option}`) }))}
            allowDeselect={false}
            {...inputProps('escalationTier')}
          />
        </Group>
        <Group grow wrap="wrap" align="flex-start">
          <Select
            label={t('planning.add.channelKind')}
            data={KINDS.map((option) => ({ value: option, label: t(`planning.channel.${option}`) }))}
            allowDeselect={false}
            {...inputProps('channels.0.kind')}
          />
          <TextInput
            label={t('planning.add.channelValue')}
            required
            dir="ltr"
            maxLength={PLANNING_LIMITS.channelValueMax}
            {...inputProps('channels.0.value')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            {t('planning.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
