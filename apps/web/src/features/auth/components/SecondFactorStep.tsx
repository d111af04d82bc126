import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, type GraphQLProblem } from '../../../errors/graphql-problem';

type Method = 'totp' | 'recovery';

interface SecondFactorStepProps {
  loading: boolean;
  problem: GraphQLProblem | null;
  onSubmit: (secondFactor: { totpCode?: string; recoveryCode?: string }) => Promise<void>;
  onBack: () => void;
}

/** The one code field on screen; an error about the other one goes in the alert. */
const FIELD_BY_METHOD = { totp: ['totpCode'], recovery: ['recoveryCode'] } as const;

export function SecondFactorStep({ loading, problem, onSubmit, onBack }: SecondFactorStepProps) {
  const { t } = useTranslation('auth');
  const [method, setMethod] = useState<Method>('totp');
  const [code, setCode] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim();
    void onSubmit(method === 'totp' ? { totpCode: value.replace(/\s+/g, '') } : { recoveryCode: value });
  };

  const switchMethod = () => {
    setMethod(method === 'totp' ? 'recovery' : 'totp');
    setCode('');
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          {method === 'totp' ? t('auth.secondFactor.totpIntro') : t('auth.secondFactor.recoveryIntro')}
        </Text>
        <ProblemAlert problem={problem} formFields={FIELD_BY_METHOD[method]} />
        {method === 'totp' ? (
          <TextInput
            key="totp"
            label={t('auth.fields.totpCode')}
            inputMode="numeric"
            autoComplete="one-time-code"
            dir="ltr"
            required
            autoFocus
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={fieldError(problem, 'totpCode')}
          />
        ) : (
          <TextInput
            key="recovery"
            label={t('auth.fields.recoveryCode')}
            autoComplete="off"
            dir="ltr"
            required
            autoFocus
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={fieldError(problem, 'recoveryCode')}
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
