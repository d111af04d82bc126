import { LIMITS } from '@ecw/domain';
import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PasswordFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /**
   * "new" shows the length rule and lets password managers suggest a password;
   * "confirm" repeats a new one; "current" is for proving who you are.
   */
  purpose: 'current' | 'new' | 'confirm';
}

export function PasswordField({ label, value, onChange, error, purpose }: PasswordFieldProps) {
  const { t } = useTranslation('auth');
  return (
    <PasswordInput
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      autoComplete={purpose === 'current' ? 'current-password' : 'new-password'}
      required
      maxLength={LIMITS.passwordMax}
      description={
        purpose === 'new'
          ? t('auth.password.rule', { min: LIMITS.passwordMin, max: LIMITS.passwordMax })
          : undefined
      }
      visibilityToggleButtonProps={{ 'aria-label': t('auth.password.toggleVisibility') }}
    />
  );
}
