import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { OrganizationQuery } from '../../../gql/graphql';
import { updateOrganizationMutation } from '../graphql/update-organization.mutation';
import { CountryMultiSelect } from './CountryMultiSelect';

type Organization = NonNullable<OrganizationQuery['organization']>;

const FIELDS = ['name', 'countryCodes', 'website'] as const;

export function EditOrganizationForm({
  organization,
  onDone,
}: {
  organization: Organization;
  onDone: () => void;
}) {
  const { t } = useTranslation('organizations');
  const [name, setName] = useState(organization.name);
  const [countryCodes, setCountryCodes] = useState(organization.countryCodes);
  const [website, setWebsite] = useState(organization.website ?? '');
  // Returns the organisation, so every cached view of it updates in place.
  const [updateOrganization, { loading, error }] = useMutation(updateOrganizationMutation);
  const problem = readGraphQLProblem(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settleMutation(
      updateOrganization({
        // An emptied field clears the website (null), rather than sending an empty string.
        variables: {
          input: { id: organization.id, name: name.trim(), countryCodes, website: website.trim() || null },
        },
      }),
    );
    if (result?.data) onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack maw={640}>
        <Text>{t('organizations.edit.kindFixed')}</Text>
        <ProblemAlert problem={problem} formFields={FIELDS} />
        <TextInput
          label={t('organizations.fields.name')}
          required
          maxLength={LIMITS.organizationNameMax}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldError(problem, 'name')}
        />
        <CountryMultiSelect
          value={countryCodes}
          onChange={setCountryCodes}
          error={fieldError(problem, 'countryCodes')}
        />
        <TextInput
          label={t('organizations.fields.website')}
          description={t('organizations.fields.websiteHint')}
          type="url"
          dir="ltr"
          maxLength={LIMITS.websiteMax}
          value={website}
          onChange={(event) => setWebsite(event.currentTarget.value)}
          error={fieldError(problem, 'website')}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('organizations.edit.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('organizations.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
