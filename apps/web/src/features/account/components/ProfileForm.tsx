import { useMutation } from '@apollo/client/react';
import { LIMITS, SUPPORTED_LOCALES } from '@ecw/domain';
import { Alert, Button, Select, Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { endonym } from '../../../i18n/endonym';
import type { Viewer } from '../../../viewer/hooks/useViewer';
import { updateProfileMutation } from '../graphql/update-profile.mutation';
import { timeZoneOptions } from './time-zones';

export function ProfileForm({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('account');
  const [saved, setSaved] = useState(false);
  const [updateProfile, { loading, error }] = useMutation(updateProfileMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm(
    {
      initialValues: {
        displayName: viewer.user.displayName,
        locale: viewer.locale,
        timeZone: viewer.timeZone,
      },
    },
    problem,
  );

  const localeOptions = useMemo(
    () => SUPPORTED_LOCALES.map((value) => ({ value, label: endonym(value) })),
    [],
  );
  const zones = useMemo(() => timeZoneOptions(viewer.timeZone), [viewer.timeZone]);

  const submit = async ({ displayName, locale, timeZone }: typeof form.values) => {
    setSaved(false);
    const result = await settleMutation(
      updateProfile({ variables: { input: { displayName: displayName.trim(), locale, timeZone } } }),
    );
    // The cached profile updates itself; a new locale switches the UI language.
    setSaved(Boolean(result?.data));
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack maw={520}>
        <ProblemAlert problem={problem} formFields={placedFields} />
        {saved && (
          <Alert color="blue" variant="light" role="status">
            {t('account.profile.saved')}
          </Alert>
        )}
        <TextInput
          label={t('account.profile.email')}
          value={viewer.email}
          readOnly
          description={t('account.profile.emailHint')}
        />
        <TextInput
          label={t('account.profile.displayName')}
          required
          maxLength={LIMITS.displayNameMax}
          autoComplete="name"
          {...inputProps('displayName')}
        />
        <Select
          label={t('account.profile.locale')}
          data={localeOptions}
          {...inputProps('locale')}
          allowDeselect={false}
        />
        <Select
          label={t('account.profile.timeZone')}
          description={t('account.profile.timeZoneHint')}
          data={zones}
          {...inputProps('timeZone')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('account.profile.noTimeZone')}
        />
        <Button type="submit" loading={loading} w="fit-content">
          {t('account.profile.submit')}
        </Button>
      </Stack>
    </form>
  );
}
