import { z } from 'zod';
import { LIMITS, SUPPORTED_LOCALES, isSupportedLocale, isTimeZone } from '@ecw/domain';
import { isUuid } from '../core/validation/uuid.js';

export const emailRule = z.string().trim().max(LIMITS.emailMax).pipe(z.email());
export const displayNameRule = z.string().trim().min(1).max(LIMITS.displayNameMax);
export const localeRule = z
  .string()
  .trim()
  .refine(isSupportedLocale, { message: 'field.locale', params: { values: SUPPORTED_LOCALES.join(', ') } });
export const timeZoneRule = z.string().trim().max(64).refine(isTimeZone, { message: 'field.timeZone' });
/** Passwords are checked by the password policy, not trimmed: spaces are characters too. */
export const passwordRule = z.string().max(LIMITS.passwordMax * 4);
/** A 6-digit authenticator code or a recovery code; which one is decided by its shape. */
export const secondFactorCodeRule = z.string().trim().min(1).max(64);
/** Secrets we issued (reset links): far shorter than this; longer input is not ours. */
export const issuedSecretRule = z.string().trim().min(1).max(200);

export const signUpRules = z.object({
  email: emailRule,
  password: passwordRule,
  displayName: displayNameRule,
  locale: localeRule.nullish(),
  timeZone: timeZoneRule.nullish(),
  setupToken: z.string().trim().max(200).nullish(),
});

export const signInRules = z.object({
  email: z.string().trim().max(LIMITS.emailMax),
  password: passwordRule,
  totpCode: z.string().trim().max(16).nullish(),
  recoveryCode: z.string().trim().max(64).nullish(),
});

export const updateProfileRules = z.object({
  displayName: displayNameRule.nullish(),
  locale: localeRule.nullish(),
  timeZone: timeZoneRule.nullish(),
});

export const changePasswordRules = z.object({ currentPassword: passwordRule, newPassword: passwordRule });

export const confirmTotpRules = z.object({ code: secondFactorCodeRule });

export const disableTotpRules = z.object({ password: passwordRule, code: secondFactorCodeRule });

export const apiTokenNameRule = z.string().trim().min(1).max(LIMITS.tokenNameMax);

export const requestPasswordResetRules = z.object({ email: emailRule });

export const createPasswordResetLinkRules = z.object({ email: z.string().trim().max(LIMITS.emailMax) });

export const resetPasswordRules = z.object({ token: issuedSecretRule, newPassword: passwordRule });

/** Ids are UUIDs; anything else cannot name a row, so callers answer NOT_FOUND without asking the database. */
export function isRowId(value: string): boolean {
  return isUuid(value);
}

export const revokeSessionRules = z.object({ id: z.string().trim().max(64) });
