import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { updateOrganizationMutation } from '../graphql/update-organization.mutation';
import { CountryMultiSelect } from './CountryMultiSelect';

/** What the form edits; the update mutation asks for the same, so every view of it updates. */
const EditOrganizationFormFragment = graphql(`
  fragment EditOrganizationForm_organization on Organization {
    id
    name
    countryCodes
    website
  }
`);

export function EditOrganizationForm({
  onDone,
  ...props
}: {
  organization: FragmentType<typeof EditOrganizationFormFragment>;
  onDone: () => void;
}) {
  const organization = getFragmentData(EditOrganizationFormFragment, props.organization);
  const { t } = useTranslation('organizations');
  // Returns the organisation, so every cached view of it updates in place.
  const [updateOrganization, { loading, error }] = useMutation(updateOrganizationMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm(
    {
      initialValues: {
        name: organization.name,
        countryCodes: organization.countryCodes,
        website: organization.website ?? '',
      },
    },
    problem,
  );

  const submit = async ({ name, countryCodes, website }: typeof form.values) => {
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
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack maw={640}>
        <Text>{t('organizations.edit.kindFixed')}</Text>
        <ProblemAlert problem={problem} formFields={placedFields} />
        <TextInput
          label={t('organizations.fields.name')}
          required
          maxLength={LIMITS.organizationNameMax}
          {...inputProps('name')}
        />
        <CountryMultiSelect {...inputProps('countryCodes')} />
        <TextInput
          label={t('organizations.fields.website')}
          description={t('organizations.fields.websiteHint')}
          type="url"
          dir="ltr"
          maxLength={LIMITS.websiteMax}
          {...inputProps('website')}
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
