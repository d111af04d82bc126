import { z } from 'zod';
import { LIMITS, SUPPORTED_LOCALES, isSupportedLocale } from '@ecw/domain';

const timeZones = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'));

export const emailRule = z.string().trim().max(LIMITS.emailMax).pipe(z.email());
export const displayNameRule = z.string().trim().min(1).max(LIMITS.displayNameMax);
export const localeRule = z
  .string()
  .trim()
  .refine(isSupportedLocale, { message: 'field.locale', params: { values: SUPPORTED_LOCALES.join(', ') } });
export const timeZoneRule = z
  .string()
  .trim()
  .max(64)
  .refine((zone) => timeZones.has(zone), { message: 'field.timeZone' });
/** Passwords are checked by the password policy, not trimmed: spaces are characters too. */
export const passwordRule = z.string().max(LIMITS.passwordMax * 4);

export const signUpRules = z.object({
  email: emailRule,
  password: passwordRule,
  displayName: displayNameRule,
  locale: localeRule.nullish(),
  timeZone: timeZoneRule.nullish(),
});

export const signInRules = z.object({
  email: z.string().trim().max(LIMITS.emailMax),
  password: passwordRule,
  totpCode: z.string().trim().max(16).nullish(),
  recoveryCode: z.string().trim().max(64).nullish(),
});
