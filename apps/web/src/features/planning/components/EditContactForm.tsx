import { useMutation } from '@apollo/client/react';
import { ChannelKind, EscalationTier, PLANNING_LIMITS } from '@ecw/domain';
import { Button, CloseButton, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import type { RelationshipRegistryQuery } from '../../../gql/graphql';
import { updateContactPointMutation } from '../graphql/update-contact-point.mutation';

type Contact = NonNullable<RelationshipRegistryQuery['relationship']>['contacts'][number];

const TIERS = [EscalationTier.CRITICAL, EscalationTier.URGENT, EscalationTier.ROUTINE];
const KINDS = Object.values(ChannelKind);

/**
 * Edits a contact of the viewer's own side, prefilled. The values are shaped like the mutation's
 * input so the server's per-channel errors (`channels.1.value`) land on the input that caused them;
 * the preferred channel is one radio group, so the form cannot ask for two.
 */
export function EditContactForm({ contact, onDone }: { contact: Contact; onDone: () => void }) {
  const { t } = useTranslation('planning');
  const [update, { loading, error }] = useMutation(updateContactPointMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm(
    {
      initialValues: {
        name: contact.name,
        title: contact.title ?? '',
        availability: contact.availability ?? '',
        escalationTier: contact.escalationTier,
        channels: contact.channels.map(({ kind, value, preferred }) => ({ kind, value, preferred })),
      },
    },
    problem,
  );
  const channels = form.values.channels;
  const preferredIndex = String(
    Math.max(
      0,
      channels.findIndex((channel) => channel.preferred),
    ),
  );

  const choosePreferred = (index: string) =>
    form.setFieldValue(
      'channels',
      channels.map((channel, at) => ({ ...channel, preferred: String(at) === index })),
    );

  const removeChannel = (index: number) => {
    const rest = channels.filter((_, at) => at !== index);
    // Removing the preferred channel hands the preference to the first one left.
    const keepsPreferred = rest.some((channel) => channel.preferred);
    form.setFieldValue(
      'channels',
      rest.map((channel, at) => ({ ...channel, preferred: keepsPreferred ? channel.preferred : at === 0 })),
    );
  };

  const submit = async (values: typeof form.values) => {
    const result = await settleMutation(
      update({
        variables: {
          input: {
            id: contact.id,
            name: values.name,
            title: values.title || null,
            availability: values.availability || null,
            escalationTier: values.escalationTier,
            channels: values.channels,
          },
        },
      }),
    );
    if (result?.data) onDone();
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      aria-label={t('planning.edit.title', { name: contact.name })}
    >
      <Stack gap="xs">
        <ProblemAlert problem={problem} formFields={placedFields} />
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
        <TextInput label={t('planning.edit.availability')} {...inputProps('availability')} />
        <Radio.Group
          label={t('planning.edit.preferred')}
          value={preferredIndex}
          onChange={choosePreferred}
          error={inputProps('channels').error}
        >
          <Stack gap="xs" mt="xs">
            {channels.map((_, index) => (
              <Group key={index} wrap="nowrap" align="flex-end">
                <Radio
                  value={String(index)}
                  aria-label={t('planning.edit.preferChannel', { number: index + 1 })}
                  mb={8}
                />
                <Select
                  label={t('planning.edit.channelKind', { number: index + 1 })}
                  data={KINDS.map((option) => ({ value: option, label: t(`planning.channel.${option}`) }))}
                  allowDeselect={false}
                  w={140}
                  {...inputProps(`channels.${index}.kind`)}
                />
                <TextInput
                  label={t('planning.edit.channelValue', { number: index + 1 })}
                  required
                  dir="ltr"
                  style={{ flex: 1 }}
                  maxLength={PLANNING_LIMITS.channelValueMax}
                  {...inputProps(`channels.${index}.value`)}
                />
                {channels.length > 1 && (
                  <CloseButton
                    mb={4}
                    aria-label={t('planning.edit.removeChannel', { number: index + 1 })}
                    onClick={() => removeChannel(index)}
                  />
                )}
              </Group>
            ))}
          </Stack>
        </Radio.Group>
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              form.insertListItem('channels', { kind: ChannelKind.EMAIL, value: '', preferred: false })
            }
          >
            {t('planning.edit.addChannel')}
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('planning.edit.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('planning.edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
