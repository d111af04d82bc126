import { useMutation, useQuery } from '@apollo/client/react';
import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { PageHeader } from '../../../ui/PageHeader';
import { ElectionSelect } from '../../planning/components/ElectionSelect';
import { createReviewReportMutation } from '../graphql/create-review-report.mutation';
import { reviewFormChoicesQuery } from '../graphql/review-form-choices.query';

interface Values {
  title: string;
  ownerOrganizationId: string | null;
  electionId: string | null;
  coAuthorOrganizationIds: string[];
}

/** Starts a review: its owner organisation (one the viewer may write for), election and co-authors. */
export function CreateReviewReportPage() {
  const { t } = useTranslation('reviews');
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const choices = useQuery(reviewFormChoicesQuery, { variables: { search: search || null } });
  const [create, { loading, error }] = useMutation(createReviewReportMutation, {
    refetchQueries: ['ReviewReports'],
  });
  const problem = readGraphQLProblem(error ?? choices.error);
  const { form, inputProps, placedFields } = useServerForm<Values>(
    {
      initialValues: { title: '', ownerOrganizationId: null, electionId: null, coAuthorOrganizationIds: [] },
    },
    problem,
  );
  // The picked co-authors stay listed (with their names) while the search shows other organisations.
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(new Map());
  const found = (choices.data?.organizations.edges ?? []).map(({ node }) => node);
  const writable = (choices.data?.me?.memberships ?? [])
    .filter((membership) => roleAtLeast(membership.role, MembershipRole.MEMBER))
    .map(({ organization }) => organization);
  const coAuthorOptions = new Map(known);
  for (const org of found) coAuthorOptions.set(org.id, org.name);
  coAuthorOptions.delete(form.values.ownerOrganizationId ?? '');

  const submit = async (values: Values) => {
    if (!values.ownerOrganizationId) return;
    const result = await settleMutation(
      create({
        variables: {
          input: {
            title: values.title,
            ownerOrganizationId: values.ownerOrganizationId,
            electionId: values.electionId,
            coAuthorOrganizationIds: values.coAuthorOrganizationIds,
          },
        },
      }),
    );
    if (result?.data) await navigate(`/reviews/${result.data.createReviewReport.id}`);
  };

  return (
    <Stack maw={720}>
      <PageHeader title={t('reviews.create.title')} />
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="sm">
          <ProblemAlert problem={problem} formFields={placedFields} />
          <TextInput label={t('reviews.create.reportTitle')} required {...inputProps('title')} />
          <Select
            label={t('reviews.create.owner')}
            description={t('reviews.create.ownerHint')}
            required
            data={writable.map((org) => ({ value: org.id, label: org.name }))}
            {...inputProps('ownerOrganizationId')}
          />
          <ElectionSelect
            label={t('reviews.create.election')}
            placeholder={t('reviews.create.noElection')}
            nothingFoundMessage={t('reviews.create.noElectionMatch')}
            clearable
            {...inputProps('electionId')}
          />
          <MultiSelect
            label={t('reviews.create.coAuthors')}
            description={t('reviews.create.coAuthorsHint')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage={t('reviews.create.noMatch')}
            data={[...coAuthorOptions].map(([value, label]) => ({ value, label }))}
            {...inputProps('coAuthorOrganizationIds')}
            onChange={(ids) => {
              setKnown(new Map(ids.map((id) => [id, coAuthorOptions.get(id) ?? id])));
              form.setFieldValue('coAuthorOrganizationIds', ids);
            }}
          />
          <Text size="sm" c="dimmed">
            {t('reviews.create.templateHint')}
          </Text>
          <Group>
            <Button type="submit" loading={loading} disabled={!form.values.ownerOrganizationId}>
              {t('reviews.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
