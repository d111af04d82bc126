import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useLinkToken } from '../../../routing/link-token';
import { PageHeader } from '../../../ui/PageHeader';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { confirmEmailChangeMutation } from '../graphql/confirm-email-change.mutation';

/** Opened from the link mailed to the new address (`/confirm-email-change#token=…`): one click switches the address. */
export function ConfirmEmailChangePage() {
  const { t } = useTranslation('account');
  const token = useLinkToken();
  const [confirm, { loading, error, data }] = useMutation(confirmEmailChangeMutation, {
    refetchQueries: [viewerQuery],
  });

  let body;
  if (!token) {
    body = (
      <Alert color="red" variant="light" role="alert">
        {t('account.confirmEmailChange.missingToken')}
      </Alert>
    );
  } else if (data?.confirmEmailChange) {
    body = (
      <Alert color="green" variant="light" role="status">
        {t('account.confirmEmailChange.done')}
      </Alert>
    );
  } else {
    body = (
      <Button
        loading={loading}
        onClick={() => void settleMutation(confirm({ variables: { input: { token } } }))}
      >
        {t('account.confirmEmailChange.confirm')}
      </Button>
    );
  }
  return (
    <Stack maw={640}>
      <PageHeader title={t('account.confirmEmailChange.title')} />
      {body}
      <ProblemAlert problem={readGraphQLProblem(error)} />
    </Stack>
  );
}
