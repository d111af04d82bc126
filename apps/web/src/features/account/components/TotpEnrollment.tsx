import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { CopyableSecret } from '../../../ui/CopyableSecret';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { confirmTotpEnrollmentMutation } from '../graphql/confirm-totp-enrollment.mutation';
import { startTotpEnrollmentMutation } from '../graphql/start-totp-enrollment.mutation';
import { TotpQrCode } from './TotpQrCode';
import { useSudo } from '../../../sudo/sudo-context';

export function TotpEnrollment({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation('account');
  const withSudo = useSudo();
  const [start, started] = useMutation(startTotpEnrollmentMutation);
  const [confirm, confirmed] = useMutation(confirmTotpEnrollmentMutation, { refetchQueries: [viewerQuery] });
  const enrollment = started.data?.startTotpEnrollment;
  const problem = readGraphQLProblem(started.error ?? confirmed.error);
  const { form, inputProps, placedFields } = useServerForm({ initialValues: { code: '' } }, problem);

  const submit = async ({ code }: typeof form.values) => {
    const result = await settleMutation(
      withSudo(() => confirm({ variables: { input: { code: code.replace(/\s+/g, '') } } })),
    );
    const codes = result?.data?.confirmTotpEnrollment.codes;
    if (codes) onEnabled(codes);
  };

  const cancel = () => {
    started.reset();
    confirmed.reset();
    form.reset();
  };

  if (!enrollment) {
    return (
      <Stack align="flex-start">
        <Text>{t('account.twoFactor.off')}</Text>
        <ProblemAlert problem={problem} />
        <Button loading={started.loading} onClick={() => void settleMutation(withSudo(() => start()))}>
          {t('account.twoFactor.start')}
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack maw={520}>
        <Text>{t('account.twoFactor.scan')}</Text>
        <TotpQrCode otpauthUri={enrollment.otpauthUri} />
        <CopyableSecret label={t('account.twoFactor.manualKey')} value={enrollment.secret} />
        <ProblemAlert problem={problem} formFields={placedFields} />
        <TextInput
          label={t('account.twoFactor.code')}
          description={t('account.twoFactor.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          dir="ltr"
          required
          {...inputProps('code')}
        />
        <Group>
          <Button type="submit" loading={confirmed.loading}>
            {t('account.twoFactor.confirm')}
          </Button>
          <Button variant="default" onClick={cancel}>
            {t('account.twoFactor.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
