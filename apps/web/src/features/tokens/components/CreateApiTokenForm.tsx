import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Alert, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { CopyableSecret } from '../../../ui/CopyableSecret';
import { apiTokensQuery } from '../graphql/api-tokens.query';
import { createApiTokenMutation } from '../graphql/create-api-token.mutation';

const FIELDS = ['name'] as const;

export function CreateApiTokenForm() {
  const { t } = useTranslation('tokens');
  const [name, setName] = useState('');
  const [createToken, { loading, error, data, reset }] = useMutation(createApiTokenMutation, {
    refetchQueries: [apiTokensQuery],
  });
  const problem = readGraphQLProblem(error);
  const created = data?.createApiToken;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settleMutation(createToken({ variables: { name: name.trim() } }));
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
