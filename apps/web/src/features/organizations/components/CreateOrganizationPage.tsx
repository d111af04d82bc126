import { useMutation } from '@apollo/client/react';
import { LIMITS, type OrganizationKind } from '@ecw/domain';
import { Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { PageHeader } from '../../../ui/PageHeader';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { createOrganizationMutation } from '../graphql/create-organization.mutation';
import { useKindOptions } from '../hooks/useKindOptions';
import { CountryMultiSelect } from './CountryMultiSelect';

const FIELDS = ['name', 'kind', 'countryCodes', 'website'] as const;

export function CreateOrganizationPage() {
  const { t } = useTranslation('organizations');
  const navigate = useNavigate();
  const kindOptions = useKindOptions();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [countryCodes, setCountryCodes] = useState<string[]>([]);
  const [website, setWebsite] = useState('');
  const [kindMissing, setKindMissing] = useState(false);
  const [createOrganization, { loading, error }] = useMutation(createOrganizationMutation, {
    // The creator is now a member (owner), and every directory page cached so far is stale.
    refetchQueries: [viewerQuery],
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
      cache.gc();
    },
  });
  const problem = readGraphQLProblem(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setKindMissing(kind === null);
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
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <ProblemAlert problem={problem} formFields={FIELDS} />
            <TextInput
              label={t('organizations.fields.name')}
              required
              maxLength={LIMITS.organizationNameMax}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fieldError(problem, 'name')}
            />
            <Select
              label={t('organizations.fields.kind')}
              required
              data={kindOptions}
              value={kind}
              onChange={(value) =>
                setKind(kindOptions.find((option) => option.value === value)?.value ?? null)
              }
              allowDeselect={false}
              error={kindMissing ? t('organizations.create.kindRequired') : fieldError(problem, 'kind')}
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
