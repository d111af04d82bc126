import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { sendEmailConfirmationMutation } from '../graphql/send-email-confirmation.mutation';

/** Mails the viewer a one-time link proving they own their address (or says why the server cannot). */
export function SendEmailConfirmationButton() {
  const { t } = useTranslation('account');
  const [send, { loading, error, data }] = useMutation(sendEmailConfirmationMutation);
  return (
    <Stack gap="xs">
      {data?.sendEmailConfirmation ? (
        <Alert color="green" variant="light" role="status">
          {t('account.confirmEmail.sent')}
        </Alert>
      ) : (
        <Button variant="light" loading={loading} onClick={() => void settleMutation(send())}>
          {t('account.confirmEmail.send')}
        </Button>
      )}
      <ProblemAlert problem={readGraphQLProblem(error)} />
    </Stack>
  );
}
