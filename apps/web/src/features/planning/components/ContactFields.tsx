import { ChannelKind, EscalationTier, PLANNING_LIMITS } from '@ecw/domain';
import {
  Autocomplete,
  Button,
  CloseButton,
  Group,
  Radio,
  Select,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServerForm } from '../../../forms/useServerForm';
import { type ContactFormValues, preferChannel, withoutChannel } from '../model/contact-form';

const TIERS = [EscalationTier.CRITICAL, EscalationTier.URGENT, EscalationTier.ROUTINE];
const KINDS = Object.values(ChannelKind);
// Suggestions only: the server decides what a real zone is (it also knows names this browser's ICU lists
// under older spellings), and says so beside the field.
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/**
 * The fields of a contact point, for both the add and the edit form: who, tier, hours, languages,
 * time zone, validity, and its channels with exactly one preferred (one radio group, so the form
 * cannot ask for two).
 */
export function ContactFields({
  form,
  inputProps,
}: Pick<ServerForm<ContactFormValues>, 'form' | 'inputProps'>) {
  const { t } = useTranslation('planning');
  const channels = form.values.channels;
  const preferredIndex = String(
    Math.max(
      0,
      channels.findIndex((channel) => channel.preferred),
    ),
  );

  return (
    <Stack gap="xs">
      <Group grow wrap="wrap" align="flex-start">
        <TextInput
          label={t('planning.fields.name')}
          required
          maxLength={PLANNING_LIMITS.contactNameMax}
          {...inputProps('name')}
        />
        <TextInput
          label={t('planning.fields.jobTitle')}
          maxLength={PLANNING_LIMITS.contactTitleMax}
          {...inputProps('title')}
        />
      </Group>
      <Group grow wrap="wrap" align="flex-start">
        <Select
          label={t('planning.fields.tier')}
          data={TIERS.map((option) => ({ value: option, label: t(`planning.tier.${option}`) }))}
          allowDeselect={false}
          {...inputProps('escalationTier')}
        />
        <TextInput label={t('planning.fields.availability')} {...inputProps('availability')} />
      </Group>
      <Group grow wrap="wrap" align="flex-start">
        <TagsInput
          label={t('planning.fields.languages')}
          description={t('planning.fields.languagesHint')}
          maxTags={PLANNING_LIMITS.languagesMax}
          dir="ltr"
          {...inputProps('languages')}
        />
        <Autocomplete
          label={t('planning.fields.timeZone')}
          description={t('planning.fields.timeZoneHint')}
          data={TIME_ZONES}
          limit={20}
          dir="ltr"
          {...inputProps('timeZone')}
        />
      </Group>
      <Group grow wrap="wrap" align="flex-start">
        <TextInput type="date" label={t('planning.fields.validFrom')} {...inputProps('validFrom')} />
        <TextInput type="date" label={t('planning.fields.validUntil')} {...inputProps('validUntil')} />
      </Group>
      <Radio.Group
        label={t('planning.fields.preferred')}
        value={preferredIndex}
        onChange={(index) => form.setFieldValue('channels', preferChannel(channels, Number(index)))}
        error={inputProps('channels').error}
      >
        <Stack gap="xs" mt="xs">
          {channels.map((_, index) => (
            <Group key={index} wrap="nowrap" align="flex-end">
              <Radio
                value={String(index)}
                aria-label={t('planning.fields.preferChannel', { number: index + 1 })}
                mb={8}
              />
              <Select
                label={t('planning.fields.channelKind', { number: index + 1 })}
                data={KINDS.map((option) => ({ value: option, label: t(`planning.channel.${option}`) }))}
                allowDeselect={false}
                w={140}
                {...inputProps(`channels.${index}.kind`)}
              />
              <TextInput
                label={t('planning.fields.channelValue', { number: index + 1 })}
                required
                dir="ltr"
                style={{ flex: 1 }}
                maxLength={PLANNING_LIMITS.channelValueMax}
                {...inputProps(`channels.${index}.value`)}
              />
              {channels.length > 1 && (
                <CloseButton
                  mb={4}
                  aria-label={t('planning.fields.removeChannel', { number: index + 1 })}
                  onClick={() => form.setFieldValue('channels', withoutChannel(channels, index))}
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
          {t('planning.fields.addChannel')}
        </Button>
      </Group>
    </Stack>
  );
}
