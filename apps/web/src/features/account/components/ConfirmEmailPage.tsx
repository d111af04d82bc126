import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useLinkToken } from '../../../routing/link-token';
import { PageHeader } from '../../../ui/PageHeader';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { confirmEmailMutation } from '../graphql/confirm-email.mutation';

/** Opened from the e-mailed link (`/confirm-email#token=…`): one click proves the mailbox. */
export function ConfirmEmailPage() {
  const { t } = useTranslation('account');
  const token = useLinkToken();
  const [confirm, { loading, error, data }] = useMutation(confirmEmailMutation, {
    refetchQueries: [viewerQuery],
  });

  let body;
  if (!token) {
    body = (
      <Alert color="red" variant="light" role="alert">
        {t('account.confirmEmail.missingToken')}
      </Alert>
    );
  } else if (data?.confirmEmail) {
    body = (
      <Alert color="green" variant="light" role="status">
        {t('account.confirmEmail.done')}
      </Alert>
    );
  } else {
    body = (
      <Button
        loading={loading}
        onClick={() => void settleMutation(confirm({ variables: { input: { token } } }))}
      >
        {t('account.confirmEmail.confirm')}
      </Button>
    );
  }
  return (
    <Stack maw={640}>
      <PageHeader title={t('account.confirmEmail.title')} />
      {body}
      <ProblemAlert problem={readGraphQLProblem(error)} />
    </Stack>
  );
}
