import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import type { GraphQLProblem } from '../../../errors/graphql-problem';
import { useServerForm } from '../../../forms/useServerForm';

type Method = 'totp' | 'recovery';

interface SecondFactorStepProps {
  loading: boolean;
  problem: GraphQLProblem | null;
  onSubmit: (secondFactor: { totpCode?: string; recoveryCode?: string }) => Promise<void>;
  onBack: () => void;
}

export function SecondFactorStep({ loading, problem, onSubmit, onBack }: SecondFactorStepProps) {
  const { t } = useTranslation('auth');
  const [method, setMethod] = useState<Method>('totp');
  // One value per method, named as the API names the field, so its error lands beside it.
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { totpCode: '', recoveryCode: '' } },
    problem,
  );
  const shownField = method === 'totp' ? 'totpCode' : 'recoveryCode';

  const submit = ({ totpCode, recoveryCode }: typeof form.values) => {
    void onSubmit(
      method === 'totp'
        ? { totpCode: totpCode.trim().replace(/\s+/g, '') }
        : { recoveryCode: recoveryCode.trim() },
    );
  };

  const switchMethod = () => {
    setMethod(method === 'totp' ? 'recovery' : 'totp');
    form.reset();
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <Text>
          {method === 'totp' ? t('auth.secondFactor.totpIntro') : t('auth.secondFactor.recoveryIntro')}
        </Text>
        {/* An error about the code that is not on screen goes in the alert. */}
        <ProblemAlert problem={problem} formFields={placedFields.filter((field) => field === shownField)} />
        {method === 'totp' ? (
          <TextInput
            key="totp"
            label={t('auth.fields.totpCode')}
            inputMode="numeric"
            autoComplete="one-time-code"
            dir="ltr"
            required
            autoFocus
            {...inputProps('totpCode')}
          />
        ) : (
          <TextInput
            key="recovery"
            label={t('auth.fields.recoveryCode')}
            autoComplete="off"
            dir="ltr"
            required
            autoFocus
            {...inputProps('recoveryCode')}
          />
        )}
        <Button type="submit" loading={loading}>
          {t('auth.secondFactor.submit')}
        </Button>
        <Group justify="space-between">
          <Button variant="subtle" onClick={switchMethod}>
            {method === 'totp' ? t('auth.secondFactor.useRecoveryCode') : t('auth.secondFactor.useTotp')}
          </Button>
          <Button variant="subtle" onClick={onBack}>
            {t('auth.secondFactor.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
