import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { z } from 'zod';
import { ChannelKind, EscalationTier, PLANNING_LIMITS } from '@ecw/domain';
import { calendarDateRule, timeZoneRule } from '../elections/election.rules.js';

const PHONE_KINDS: ReadonlySet<ChannelKind> = new Set([
  ChannelKind.PHONE,
  ChannelKind.SMS,
  ChannelKind.SIGNAL,
  ChannelKind.WHATSAPP,
]);
const TELEGRAM_HANDLE = /^@?([A-Za-z][A-Za-z0-9_]{4,31})$/;
const emailRule = z.email();

/** The value in its stored form (E.164, @handle, ...), or null when it is not valid for the kind. */
function normaliseChannelValue(kind: ChannelKind, raw: string): string | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > PLANNING_LIMITS.channelValueMax) return null;
  if (PHONE_KINDS.has(kind)) {
    // International format only: a registry is read across borders, so a number needs its country code.
    if (!value.startsWith('+') || !isValidPhoneNumber(value)) return null;
    return parsePhoneNumberWithError(value).number;
  }
  switch (kind) {
    case ChannelKind.EMAIL:
      return emailRule.safeParse(value).success ? value : null;
    case ChannelKind.TELEGRAM: {
      const handle = TELEGRAM_HANDLE.exec(value)?.[1];
      return handle ? `@${handle}` : null;
    }
    case ChannelKind.SECURE_PORTAL:
      return isHttpsAddress(value) ? value : null;
    default:
      return value;
  }
}

function isHttpsAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const CHANNEL_MESSAGE: Partial<
  Record<
    ChannelKind,
    'planning.field.phone' | 'field.email' | 'planning.field.telegram' | 'planning.field.portal'
  >
> = {
  [ChannelKind.PHONE]: 'planning.field.phone',
  [ChannelKind.SMS]: 'planning.field.phone',
  [ChannelKind.SIGNAL]: 'planning.field.phone',
  [ChannelKind.WHATSAPP]: 'planning.field.phone',
  [ChannelKind.EMAIL]: 'field.email',
  [ChannelKind.TELEGRAM]: 'planning.field.telegram',
  [ChannelKind.SECURE_PORTAL]: 'planning.field.portal',
};

const channelRule = z
  .object({
    kind: z.enum(ChannelKind),
    value: z.string().max(PLANNING_LIMITS.channelValueMax),
    preferred: z.boolean().nullish(),
  })
  .transform((channel, ctx) => {
    const value = normaliseChannelValue(channel.kind, channel.value);
    if (value === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: CHANNEL_MESSAGE[channel.kind] ?? 'field.required',
      });
      return z.NEVER;
    }
    return { kind: channel.kind, value, preferred: channel.preferred ?? false };
  });

/** At least one channel and exactly one preferred; a single channel is preferred without saying so. */
const channelsRule = z
  .array(channelRule)
  .min(1)
  .max(PLANNING_LIMITS.channelsMax)
  .transform((channels, ctx) => {
    if (channels.length === 1 && channels[0]) return [{ ...channels[0], preferred: true }];
    if (channels.filter((channel) => channel.preferred).length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'planning.field.onePreferred' });
      return z.NEVER;
    }
    return channels;
  });

/** BCP-47 tags, stored in canonical form (en-gb → en-GB); duplicates dropped. */
const languagesRule = z
  .array(z.string().trim().max(PLANNING_LIMITS.languageTagMax))
  .max(PLANNING_LIMITS.languagesMax)
  .transform((tags, ctx) => {
    const canonical: string[] = [];
    for (const [index, tag] of tags.entries()) {
      try {
        const [name] = Intl.getCanonicalLocales(tag);
        if (name && !canonical.includes(name)) canonical.push(name);
      } catch {
        ctx.addIssue({ code: 'custom', path: [index], message: 'planning.field.language' });
      }
    }
    return canonical;
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

const contactFields = {
  name: z.string().trim().min(1).max(PLANNING_LIMITS.contactNameMax),
  title: optionalText(PLANNING_LIMITS.contactTitleMax),
  channels: channelsRule,
  languages: languagesRule,
  timeZone: timeZoneRule.nullish().transform((value) => value ?? null),
  availability: optionalText(PLANNING_LIMITS.availabilityMax),
  escalationTier: z.enum(EscalationTier),
  validFrom: calendarDateRule.nullish().transform((value) => value ?? null),
  validUntil: calendarDateRule.nullish().transform((value) => value ?? null),
};

/** Runs even when other fields failed, so every bad field is named at once. */
const ALWAYS = { when: () => true };

function validityInOrder(value: { validFrom?: unknown; validUntil?: unknown }, ctx: z.RefinementCtx): void {
  const { validFrom, validUntil } = value;
  if (typeof validFrom === 'string' && typeof validUntil === 'string' && validUntil < validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'planning.field.validUntil' });
  }
}

export const addContactPointRules = z
  .object({
    relationshipId: z.string().max(64),
    organizationId: z.string().max(64),
    ...contactFields,
    languages: contactFields.languages.nullish().transform((value) => value ?? []),
  })
  .superRefine(validityInOrder, ALWAYS);

export type ContactFields = Omit<z.output<typeof addContactPointRules>, 'relationshipId' | 'organizationId'>;

/** Absent leaves a field as it is; null clears an optional one (the required ones ignore null). */
export const updateContactPointRules = z.object({
  id: z.string().max(64),
  name: contactFields.name.nullish(),
  title: contactFields.title.optional(),
  channels: contactFields.channels.nullish(),
  languages: contactFields.languages.nullish(),
  timeZone: timeZoneRule.nullish(),
  availability: contactFields.availability.optional(),
  escalationTier: contactFields.escalationTier.nullish(),
  validFrom: calendarDateRule.nullish(),
  validUntil: calendarDateRule.nullish(),
});
