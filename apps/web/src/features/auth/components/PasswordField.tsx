import { LIMITS } from '@ecw/domain';
import { PasswordInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

interface PasswordFieldProps extends GetInputPropsReturnType {
  label: string;
  /**
   * "new" shows the length rule and lets password managers suggest a password;
   * "confirm" repeats a new one; "current" is for proving who you are.
   */
  purpose: 'current' | 'new' | 'confirm';
}

/** A password input fed by a form's `inputProps(path)`. */
export function PasswordField({ label, purpose, ...inputProps }: PasswordFieldProps) {
  const { t } = useTranslation('auth');
  return (
    <PasswordInput
      {...inputProps}
      label={label}
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
