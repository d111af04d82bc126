import { z } from 'zod';
import { ALPHA2_COUNTRY_CODES } from '../core/validation/country-codes.js';
import { LIMITS, MembershipRole, OrganizationKind } from '@ecw/domain';
import { emailRule } from '../accounts/account.rules.js';

/** An ISO 3166-1 alpha-2 code in any case, stored upper-case; the refused value is echoed (shortened). */
export const countryCodeRule = z
  .string()
  .trim()
  .toUpperCase()
  .check((ctx) => {
    if (!ALPHA2_COUNTRY_CODES.has(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        message: 'field.countryCode',
        params: { value: ctx.value.slice(0, 8) },
        input: ctx.value,
      });
    }
  });

/** 1..60 codes, counted before each is checked so an oversized list gets one error, not hundreds. */
export const countryCodesRule = z
  .array(z.string())
  .check((ctx) => {
    if (ctx.value.length < 1 || ctx.value.length > LIMITS.countryCodesMax) {
      ctx.issues.push({
        code: 'custom',
        message: 'field.countryCodesCount',
        params: { max: LIMITS.countryCodesMax },
        input: ctx.value,
      });
    }
  })
  .pipe(z.array(countryCodeRule))
  .transform((codes) => [...new Set(codes)]);

/** An http(s) address, or nothing: an empty string clears it. */
const websiteRule = z
  .string()
  .trim()
  .max(LIMITS.websiteMax)
  .transform((value) => value || null)
  .refine((value) => value === null || isWebAddress(value), { message: 'field.website' });

const nameRule = z.string().trim().min(1).max(LIMITS.organizationNameMax);

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const createOrganizationRules = z.object({
  name: nameRule,
  kind: z.enum(OrganizationKind),
  countryCodes: countryCodesRule,
  website: websiteRule.nullish().transform((value) => value ?? null),
});

/** Absent (or null, for the required columns) leaves a field as it is; website null clears it. */
export const updateOrganizationRules = z.object({
  id: z.string(),
  name: nameRule.nullish(),
  countryCodes: countryCodesRule.nullish(),
  website: websiteRule.nullish(),
});

/** The `filter` argument of `organizations`, wrapped so field errors say `filter.<field>`. */
export const organizationFilterRules = z.object({
  filter: z.object({
    kind: z.enum(OrganizationKind).nullish(),
    countryCode: countryCodeRule.nullish(),
    search: z
      .string()
      .trim()
      .max(LIMITS.searchMax)
      .nullish()
      .transform((value) => value || null),
  }),
});

export const inviteMemberRules = z.object({
  organizationId: z.string(),
  email: emailRule,
  role: z.enum(MembershipRole),
});
