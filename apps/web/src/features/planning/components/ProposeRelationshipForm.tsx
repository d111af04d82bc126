import { useMutation, useQuery } from '@apollo/client/react';
import { PLANNING_LIMITS } from '@ecw/domain';
import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { counterpartOrganizationsQuery } from '../graphql/counterpart-organizations.query';
import { proposeRelationshipMutation } from '../graphql/propose-relationship.mutation';
import { ElectionSelect } from './ElectionSelect';

/** Proposes a channel from this organisation to another, optionally for one election. */
export function ProposeRelationshipForm({
  organizationId,
  onProposed,
}: {
  organizationId: string;
  onProposed: () => void;
}) {
  const { t } = useTranslation('planning');
  const [search, setSearch] = useState('');
  const directory = useQuery(counterpartOrganizationsQuery, {
    variables: { first: 20, filter: search ? { search } : {} },
  });
  const [propose, { loading, error }] = useMutation(proposeRelationshipMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm(
    {
      initialValues: { toOrganizationId: null as string | null, electionId: null as string | null, note: '' },
    },
    problem,
  );

  const submit = async ({ toOrganizationId, electionId, note }: typeof form.values) => {
    if (!toOrganizationId) return;
    const result = await settleMutation(
      propose({
        variables: {
          input: { fromOrganizationId: organizationId, toOrganizationId, electionId, note: note || null },
        },
      }),
    );
    if (result?.data) {
      form.reset();
      onProposed();
    }
  };

  const candidates = (directory.data?.organizations.edges ?? [])
    .map(({ node }) => node)
    .filter((o) => o.id !== organizationId && o.verified);

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      aria-labelledby="propose-relationship-title"
    >
      <Stack gap="xs">
        <Title order={2} id="propose-relationship-title">
          {t('planning.relationships.proposeTitle')}
        </Title>
        <ProblemAlert problem={problem} formFields={placedFields} />
        <Group grow wrap="wrap" align="flex-start">
          <Select
            label={t('planning.relationships.counterpart')}
            searchable
            required
            searchValue={search}
            onSearchChange={setSearch}
            data={candidates.map((o) => ({ value: o.id, label: o.name }))}
            nothingFoundMessage={t('planning.relationships.noMatch')}
            {...inputProps('toOrganizationId')}
          />
          <ElectionSelect
            label={t('planning.relationships.election')}
            placeholder={t('planning.relationships.anyElection')}
            nothingFoundMessage={t('planning.relationships.noElectionMatch')}
            clearable
            {...inputProps('electionId')}
          />
        </Group>
        <TextInput
          label={t('planning.relationships.note')}
          maxLength={PLANNING_LIMITS.relationshipNoteMax}
          {...inputProps('note')}
        />
        <Group>
          <Button type="submit" loading={loading} disabled={!form.values.toOrganizationId}>
            {t('planning.relationships.propose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
