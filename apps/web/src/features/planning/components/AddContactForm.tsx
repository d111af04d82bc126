import { useMutation } from '@apollo/client/react';
import { ChannelKind, EscalationTier, PLANNING_LIMITS } from '@ecw/domain';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem, type GraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { addContactPointMutation } from '../graphql/add-contact-point.mutation';

const TIERS = [EscalationTier.CRITICAL, EscalationTier.URGENT, EscalationTier.ROUTINE];
const KINDS = Object.values(ChannelKind);

/** The server's message for one form field. */
const fieldError = (problem: GraphQLProblem | null, field: string) =>
  problem?.fieldErrors.find((entry) => entry.field === field)?.message;

/** A new contact on the viewer's own side: name, tier and one channel (more can follow by editing). */
export function AddContactForm({
  relationshipId,
  organizationId,
}: {
  relationshipId: string;
  organizationId: string;
}) {
  const { t } = useTranslation('planning');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [tier, setTier] = useState<EscalationTier>(EscalationTier.URGENT);
  const [kind, setKind] = useState<ChannelKind>(ChannelKind.EMAIL);
  const [value, setValue] = useState('');
  const [add, { loading, error }] = useMutation(addContactPointMutation);
  const problem = readGraphQLProblem(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settleMutation(
      add({
        variables: {
          input: {
            relationshipId,
            organizationId,
            name,
            title: title || null,
            escalationTier: tier,
            channels: [{ kind, value, preferred: true }],
          },
        },
      }),
    );
    if (result?.data) {
      setName('');
      setTitle('');
      setValue('');
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('planning.add.title')}>
      <Stack gap="xs">
        <ProblemAlert problem={problem} />
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t('planning.add.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={PLANNING_LIMITS.contactNameMax}
            error={fieldError(problem, 'name')}
          />
          <TextInput
            label={t('planning.add.jobTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={PLANNING_LIMITS.contactTitleMax}
          />
          <Select
            label={t('planning.add.tier')}
            data={TIERS.map((option) => ({ value: option, label: t(`planning.tier.${option}`) }))}
            value={tier}
            onChange={(option) => option && setTier(option as EscalationTier)}
            allowDeselect={false}
          />
        </Group>
        <Group grow wrap="wrap" align="flex-start">
          <Select
            label={t('planning.add.channelKind')}
            data={KINDS.map((option) => ({ value: option, label: t(`planning.channel.${option}`) }))}
            value={kind}
            onChange={(option) => option && setKind(option as ChannelKind)}
            allowDeselect={false}
          />
          <TextInput
            label={t('planning.add.channelValue')}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            required
            dir="ltr"
            maxLength={PLANNING_LIMITS.channelValueMax}
            error={fieldError(problem, 'channels.0.value')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            {t('planning.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
