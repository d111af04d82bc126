import { useMutation, useQuery } from '@apollo/client/react';
import { PLANNING_LIMITS } from '@ecw/domain';
import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { organizationDirectoryQuery } from '../../organizations/graphql/organization-directory.query';
import { electionsQuery } from '../graphql/elections.query';
import { proposeRelationshipMutation } from '../graphql/propose-relationship.mutation';

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
  const [toOrganizationId, setTo] = useState<string | null>(null);
  const [electionId, setElectionId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const directory = useQuery(organizationDirectoryQuery, {
    variables: { first: 20, filter: search ? { search } : {} },
  });
  const elections = useQuery(electionsQuery, { variables: { first: 100 } });
  const [propose, { loading, error }] = useMutation(proposeRelationshipMutation);
  const problem = readGraphQLProblem(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!toOrganizationId) return;
    const result = await settleMutation(
      propose({
        variables: {
          input: { fromOrganizationId: organizationId, toOrganizationId, electionId, note: note || null },
        },
      }),
    );
    if (result?.data) {
      setTo(null);
      setNote('');
      onProposed();
    }
  };

  const candidates = (directory.data?.organizations.edges ?? [])
    .map(({ node }) => node)
    .filter((o) => o.id !== organizationId && o.verified);

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="propose-relationship-title">
      <Stack gap="xs">
        <Title order={2} id="propose-relationship-title">
          {t('planning.relationships.proposeTitle')}
        </Title>
        <ProblemAlert problem={problem} />
        <Group grow wrap="wrap" align="flex-start">
          <Select
            label={t('planning.relationships.counterpart')}
            searchable
            required
            searchValue={search}
            onSearchChange={setSearch}
            data={candidates.map((o) => ({ value: o.id, label: o.name }))}
            value={toOrganizationId}
            onChange={setTo}
            nothingFoundMessage={t('planning.relationships.noMatch')}
            error={fieldError(problem, 'toOrganizationId')}
          />
          <Select
            label={t('planning.relationships.election')}
            placeholder={t('planning.relationships.anyElection')}
            clearable
            data={(elections.data?.elections.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: node.name,
            }))}
            value={electionId}
            onChange={setElectionId}
            error={fieldError(problem, 'electionId')}
          />
        </Group>
        <TextInput
          label={t('planning.relationships.note')}
          maxLength={PLANNING_LIMITS.relationshipNoteMax}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(problem, 'note')}
        />
        <Group>
          <Button type="submit" loading={loading} disabled={!toOrganizationId}>
            {t('planning.relationships.propose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
