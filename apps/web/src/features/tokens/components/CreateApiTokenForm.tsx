import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Alert, Button, Card, Checkbox, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { CopyableSecret } from '../../../ui/CopyableSecret';
import { apiTokensQuery } from '../graphql/api-tokens.query';
import { createApiTokenMutation } from '../graphql/create-api-token.mutation';
import { useSudo } from '../../../sudo/sudo-context';

/** Lifetimes offered, in days; the API allows at most a year. */
const LIFETIMES = ['30', '90', '365', 'never'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The expiry a lifetime means, counted from the moment the form is sent. */
function expiryFor(lifetime: string): string | null {
  return lifetime === 'never' ? null : new Date(Date.now() + Number(lifetime) * DAY_MS).toISOString();
}

export function CreateApiTokenForm() {
  const { t } = useTranslation('tokens');
  const withSudo = useSudo();
  const [createToken, { loading, error, data, reset }] = useMutation(createApiTokenMutation, {
    refetchQueries: [apiTokensQuery],
  });
  const problem = readGraphQLProblem(error);
  const created = data?.createApiToken;
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { name: '', lifetime: '90', readOnly: false } },
    problem,
  );

  const submit = async ({ name, lifetime, readOnly }: typeof form.values) => {
    // An expiry the server refuses is not a field of this form, so ProblemAlert shows it.
    const expiresAt = expiryFor(lifetime);
    const result = await settleMutation(
      withSudo(() => createToken({ variables: { name: name.trim(), expiresAt, readOnly } })),
    );
    if (result?.data) form.reset();
  };

  return (
    <Card withBorder component="section" aria-labelledby="create-token-heading" padding="lg">
      <Title order={2} size="h3" id="create-token-heading" mb="md">
        {t('tokens.create.title')}
      </Title>
      {created ? (
        // The secret exists in clear only in this response; the server keeps a hash.
        <Stack maw={640}>
          <Alert
            color="red"
            variant="light"
            role="status"
            title={t('tokens.create.onceTitle', { name: created.apiToken.name })}
          >
            {t('tokens.create.onceWarning')}
          </Alert>
          <CopyableSecret label={t('tokens.create.secretLabel')} value={created.secret} />
          <Button variant="default" onClick={reset} w="fit-content">
            {t('tokens.create.done')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack maw={520}>
            <ProblemAlert problem={problem} formFields={placedFields} />
            <TextInput
              label={t('tokens.create.name')}
              description={t('tokens.create.nameHint')}
              required
              maxLength={LIMITS.tokenNameMax}
              {...inputProps('name')}
            />
            <NativeSelect
              label={t('tokens.create.lifetime')}
              data={LIFETIMES.map((value) => ({ value, label: t(`tokens.create.lifetimes.${value}`) }))}
              {...inputProps('lifetime')}
            />
            <Checkbox
              label={t('tokens.create.readOnly')}
              description={t('tokens.create.readOnlyHint')}
              {...form.getInputProps('readOnly', { type: 'checkbox' })}
            />
            <Group>
              <Button type="submit" loading={loading}>
                {t('tokens.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
