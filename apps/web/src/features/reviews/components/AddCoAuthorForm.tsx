import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { addReviewCoAuthorMutation } from '../graphql/add-review-co-author.mutation';
import { coAuthorCandidatesQuery } from '../graphql/co-author-candidates.query';

interface AddCoAuthorFormProps {
  reportId: string;
  /** The report's co-authors: not offered again. */
  coAuthorIds: readonly string[];
}

/** Adds an organisation found in the directory by name as a co-author; its admins are notified. */
export function AddCoAuthorForm({ reportId, coAuthorIds }: AddCoAuthorFormProps) {
  const { t } = useTranslation('reviews');
  const [search, setSearch] = useState('');
  const directory = useQuery(coAuthorCandidatesQuery, {
    variables: { filter: search.trim() ? { search: search.trim() } : {} },
  });
  const [add, { loading, error }] = useMutation(addReviewCoAuthorMutation);
  const problem = readGraphQLProblem(error ?? directory.error);
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { organizationId: null as string | null } },
    problem,
  );
  // The chosen name stays in the list while the search shows others.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const found = (directory.data?.organizations.edges ?? [])
    .map(({ node }) => ({ value: node.id, label: node.name }))
    .filter(({ value }) => !coAuthorIds.includes(value) && value !== chosen?.value);
  const options = chosen ? [chosen, ...found] : found;

  const submit = async ({ organizationId }: typeof form.values) => {
    if (!organizationId) return;
    const result = await settleMutation(add({ variables: { reportId, organizationId } }));
    if (result?.data) {
      form.reset();
      setChosen(null);
      setSearch('');
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Group align="end" wrap="wrap" gap="xs">
        <Select
          label={t('reviews.coAuthors.organization')}
          description={t('reviews.coAuthors.hint')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          // The directory already matched the search on the server.
          filter={({ options: shown }) => shown}
          nothingFoundMessage={t('reviews.coAuthors.noMatch')}
          data={options}
          {...inputProps('organizationId')}
          onChange={(organizationId) => {
            form.setFieldValue('organizationId', organizationId);
            setChosen(options.find(({ value }) => value === organizationId) ?? null);
          }}
        />
        <Button type="submit" loading={loading} disabled={!form.values.organizationId}>
          {t('reviews.coAuthors.add')}
        </Button>
      </Group>
      <ProblemAlert problem={problem} formFields={placedFields} />
    </form>
  );
}
