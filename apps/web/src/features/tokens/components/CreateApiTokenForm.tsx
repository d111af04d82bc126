import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Alert, Button, Card, Checkbox, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { CopyableSecret } from '../../../ui/CopyableSecret';
import { apiTokensQuery } from '../graphql/api-tokens.query';
import { createApiTokenMutation } from '../graphql/create-api-token.mutation';

const FIELDS = ['name', 'expiresAt'] as const;
/** Lifetimes offered, in days; the API allows at most a year. */
const LIFETIMES = ['30', '90', '365', 'never'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export function CreateApiTokenForm() {
  const { t } = useTranslation('tokens');
  const [name, setName] = useState('');
  const [lifetime, setLifetime] = useState<string>('90');
  const [readOnly, setReadOnly] = useState(false);
  const [createToken, { loading, error, data, reset }] = useMutation(createApiTokenMutation, {
    refetchQueries: [apiTokensQuery],
  });
  const problem = readGraphQLProblem(error);
  const created = data?.createApiToken;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const expiresAt =
      lifetime === 'never' ? null : new Date(Date.now() + Number(lifetime) * DAY_MS).toISOString();
    const result = await settleMutation(
      createToken({ variables: { name: name.trim(), expiresAt, readOnly } }),
    );
    if (result?.data) setName('');
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
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack maw={520}>
            <ProblemAlert problem={problem} formFields={FIELDS} />
            <TextInput
              label={t('tokens.create.name')}
              description={t('tokens.create.nameHint')}
              required
              maxLength={LIMITS.tokenNameMax}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fieldError(problem, 'name')}
            />
            <NativeSelect
              label={t('tokens.create.lifetime')}
              data={LIFETIMES.map((value) => ({ value, label: t(`tokens.create.lifetimes.${value}`) }))}
              value={lifetime}
              onChange={(event) => setLifetime(event.currentTarget.value)}
              error={fieldError(problem, 'expiresAt')}
            />
            <Checkbox
              label={t('tokens.create.readOnly')}
              description={t('tokens.create.readOnlyHint')}
              checked={readOnly}
              onChange={(event) => setReadOnly(event.currentTarget.checked)}
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
