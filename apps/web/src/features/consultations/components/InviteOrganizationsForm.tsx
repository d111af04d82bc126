import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { invitableOrganizationsQuery } from '../graphql/invitable-organizations.query';
import { inviteToConsultationMutation } from '../graphql/invite-to-consultation.mutation';

interface InviteOrganizationsFormProps {
  consultationId: string;
  /** The convenor and the organisations already invited: not offered again. */
  excluded: readonly string[];
}

/** Invites organisations found in the directory by name; their owners and admins are notified. */
export function InviteOrganizationsForm({ consultationId, excluded }: InviteOrganizationsFormProps) {
  const { t } = useTranslation('consultations');
  const [search, setSearch] = useState('');
  const directory = useQuery(invitableOrganizationsQuery, {
    variables: { first: 20, filter: search.trim() ? { search: search.trim() } : {} },
  });
  const [invite, { loading, error }] = useMutation(inviteToConsultationMutation);
  const problem = readGraphQLProblem(error ?? directory.error);
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { organizationIds: [] as string[] } },
    problem,
  );
  // Names already chosen stay in the list while the search shows others.
  const [chosen, setChosen] = useState<{ value: string; label: string }[]>([]);
  const found = (directory.data?.organizations.edges ?? [])
    .map(({ node }) => ({ value: node.id, label: node.name }))
    .filter(({ value }) => !excluded.includes(value));
  const options = [...chosen, ...found.filter(({ value }) => !chosen.some((kept) => kept.value === value))];

  const submit = async ({ organizationIds }: typeof form.values) => {
    const result = await settleMutation(invite({ variables: { consultationId, organizationIds } }));
    if (result?.data) {
      form.reset();
      setChosen([]);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-labelledby="invite-title">
      <Stack gap="xs">
        <Title order={2} id="invite-title">
          {t('consultations.invite.title')}
        </Title>
        <ProblemAlert problem={problem} formFields={placedFields} />
        <MultiSelect
          label={t('consultations.invite.organizations')}
          description={t('consultations.invite.hint')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: shown }) => shown}
          nothingFoundMessage={t('consultations.invite.noMatch')}
          data={options}
          {...inputProps('organizationIds')}
          onChange={(ids) => {
            form.setFieldValue('organizationIds', ids);
            setChosen(options.filter(({ value }) => ids.includes(value)));
          }}
        />
        <Group>
          <Button type="submit" loading={loading} disabled={form.values.organizationIds.length === 0}>
            {t('consultations.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
