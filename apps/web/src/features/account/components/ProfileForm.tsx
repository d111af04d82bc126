import { useMutation } from '@apollo/client/react';
import { LIMITS, SUPPORTED_LOCALES } from '@ecw/domain';
import { Alert, Button, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { endonym } from '../../../i18n/endonym';
import type { Viewer } from '../../../viewer/hooks/useViewer';
import { updateProfileMutation } from '../graphql/update-profile.mutation';
import { timeZoneOptions } from './time-zones';

const FIELDS = ['displayName', 'locale', 'timeZone'] as const;

export function ProfileForm({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('account');
  const [displayName, setDisplayName] = useState(viewer.user.displayName);
  const [locale, setLocale] = useState(viewer.locale);
  const [timeZone, setTimeZone] = useState(viewer.timeZone);
  const [saved, setSaved] = useState(false);
  const [updateProfile, { loading, error }] = useMutation(updateProfileMutation);
  const problem = readGraphQLProblem(error);

  const localeOptions = useMemo(
    () => SUPPORTED_LOCALES.map((value) => ({ value, label: endonym(value) })),
    [],
  );
  const zones = useMemo(() => timeZoneOptions(viewer.timeZone), [viewer.timeZone]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await settleMutation(
      updateProfile({ variables: { input: { displayName: displayName.trim(), locale, timeZone } } }),
    );
    // The cached profile updates itself; a new locale switches the UI language.
    setSaved(Boolean(result?.data));
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack maw={520}>
        <ProblemAlert problem={problem} formFields={FIELDS} />
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
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={fieldError(problem, 'displayName')}
        />
        <Select
          label={t('account.profile.locale')}
          data={localeOptions}
          value={locale}
          onChange={(value) => value && setLocale(value)}
          allowDeselect={false}
          error={fieldError(problem, 'locale')}
        />
        <Select
          label={t('account.profile.timeZone')}
          description={t('account.profile.timeZoneHint')}
          data={zones}
          value={timeZone}
          onChange={(value) => value && setTimeZone(value)}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('account.profile.noTimeZone')}
          error={fieldError(problem, 'timeZone')}
        />
        <Button type="submit" loading={loading} w="fit-content">
          {t('account.profile.submit')}
        </Button>
      </Stack>
    </form>
  );
}
