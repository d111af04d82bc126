import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Alert, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { CopyableSecret } from '../../../ui/CopyableSecret';
import { apiTokensQuery } from '../graphql/api-tokens.query';
import { createApiTokenMutation } from '../graphql/create-api-token.mutation';

export function CreateApiTokenForm() {
  const { t } = useTranslation('tokens');
  const [createToken, { loading, error, data, reset }] = useMutation(createApiTokenMutation, {
    refetchQueries: [apiTokensQuery],
  });
  const problem = readGraphQLProblem(error);
  const created = data?.createApiToken;
  const { form, inputProps, placedFields } = useServerForm({ initialValues: { name: '' } }, problem);

  const submit = async ({ name }: typeof form.values) => {
    const result = await settleMutation(createToken({ variables: { name: name.trim() } }));
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
