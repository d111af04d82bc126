import { useMutation } from '@apollo/client/react';
import { LIMITS, type OrganizationKind } from '@ecw/domain';
import { Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { PageHeader } from '../../../ui/PageHeader';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { createOrganizationMutation } from '../graphql/create-organization.mutation';
import { useKindOptions } from '../hooks/useKindOptions';
import { CountryMultiSelect } from './CountryMultiSelect';

interface CreateOrganizationValues {
  name: string;
  kind: OrganizationKind | null;
  countryCodes: string[];
  website: string;
}

export function CreateOrganizationPage() {
  const { t } = useTranslation('organizations');
  const navigate = useNavigate();
  const kindOptions = useKindOptions();
  const [createOrganization, { loading, error }] = useMutation(createOrganizationMutation, {
    // The creator is now a member (owner), and every directory page cached so far is stale.
    refetchQueries: [viewerQuery],
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
      cache.gc();
    },
  });
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm<CreateOrganizationValues>(
    {
      initialValues: { name: '', kind: null, countryCodes: [], website: '' },
      validate: { kind: (value) => (value === null ? t('organizations.create.kindRequired') : null) },
    },
    problem,
  );

  const submit = async ({ name, kind, countryCodes, website }: CreateOrganizationValues) => {
    if (kind === null) return;
    const trimmedWebsite = website.trim();
    const result = await settleMutation(
      createOrganization({
        variables: {
          input: {
            name: name.trim(),
            kind,
            countryCodes,
            ...(trimmedWebsite ? { website: trimmedWebsite } : {}),
          },
        },
      }),
    );
    const created = result?.data?.createOrganization;
    if (created) await navigate(`/organizations/${created.id}`);
  };

  return (
    <Stack maw={640}>
      <PageHeader title={t('organizations.create.title')} />
      <Paper withBorder p="lg">
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack>
            <ProblemAlert problem={problem} formFields={placedFields} />
            <TextInput
              label={t('organizations.fields.name')}
              required
              maxLength={LIMITS.organizationNameMax}
              {...inputProps('name')}
            />
            <Select
              label={t('organizations.fields.kind')}
              required
              data={kindOptions}
              {...inputProps('kind')}
              allowDeselect={false}
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
                {t('organizations.create.submit')}
              </Button>
              <Button component={Link} to="/organizations" variant="default">
                {t('organizations.create.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
