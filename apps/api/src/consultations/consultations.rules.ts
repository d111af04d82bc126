import { z } from 'zod';
import {
  AttributionRule,
  BriefStatus,
  BriefTopic,
  BriefVisibility,
  CONSULTATION_LIMITS as L,
  ConsultationStanding,
  ConsultationStatus,
  LIMITS,
  RiskLevel,
} from '@ecw/domain';
import { countryCodeRule, countryCodesRule } from '../organizations/organization.rules.js';
import { isUuid } from '../core/validation/uuid.js';

const text = (max: number) => z.string().trim().min(1).max(max);
/** Markdown is stored as written (not trimmed): only its length is bounded. */
const markdown = (max: number) => z.string().min(1).max(max);
const uuid = z.string().refine(isUuid, { message: 'error.badInput' });

const questionsRule = z.array(text(L.questionMax)).max(L.questionsMax, { message: 'field.tooMany' });

export const createConsultationRules = z
  .object({
    convenorOrganizationId: z.string(),
    title: text(L.titleMax),
    description: markdown(L.descriptionMax),
    electionId: uuid.nullish().transform((value) => value ?? null),
    countryCodes: countryCodesRule,
    attributionRule: z.enum(AttributionRule),
    briefVisibility: z.enum(BriefVisibility),
    opensAt: z
      .date()
      .nullish()
      .transform((value) => value ?? null),
    closesAt: z
      .date()
      .nullish()
      .transform((value) => value ?? null),
    questions: questionsRule.nullish().transform((value) => value ?? []),
  })
  .refine((input) => !input.opensAt || !input.closesAt || input.closesAt > input.opensAt, {
    message: 'consultations.field.closesBeforeOpens',
    path: ['closesAt'],
    // Checked even when other fields are wrong, so one answer names every bad field.
    when: (payload) =>
      payload.issues.every((issue) => issue.path?.[0] !== 'opensAt' && issue.path?.[0] !== 'closesAt'),
  });

export const updateConsultationRules = z.object({
  id: z.string(),
  title: text(L.titleMax).nullish(),
  description: markdown(L.descriptionMax).nullish(),
  closesAt: z.date().nullish(),
  attributionRule: z.enum(AttributionRule).nullish(),
  briefVisibility: z.enum(BriefVisibility).nullish(),
});

export const inviteRules = z.object({
  organizationIds: z.array(uuid).min(1).max(L.inviteMax, { message: 'field.tooMany' }),
});

export const removeParticipantRules = z.object({ consultationId: z.string(), organizationId: uuid });

export const outcomeRules = z.object({ summary: markdown(L.outcomeMax) });

export const consultationFilterRules = z.object({
  filter: z.object({
    status: z.enum(ConsultationStatus).nullish(),
    electionId: uuid.nullish(),
    countryCode: countryCodeRule.nullish(),
    standing: z.enum(ConsultationStanding).nullish(),
  }),
});

const answersRule = z
  .array(z.object({ questionId: z.string().max(64), text: markdown(L.answerMax) }))
  .max(L.questionsMax, { message: 'field.tooMany' });
const topicsRule = z
  .array(z.enum(BriefTopic))
  .min(1, { message: 'consultations.field.topics' })
  .transform((topics) => [...new Set(topics)]);
const regionsRule = z.array(text(L.regionMax)).max(L.regionsMax, { message: 'field.tooMany' });
const languagesRule = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { message: 'error.badInput' })
      .max(L.languageMax),
  )
  .max(L.languagesMax, { message: 'field.tooMany' });

export const createBriefRules = z.object({
  consultationId: z.string(),
  organizationId: z.string(),
  title: text(L.briefTitleMax),
  summary: text(L.briefSummaryMax),
  body: markdown(L.briefBodyMax),
  topics: topicsRule,
  regions: regionsRule.nullish().transform((value) => value ?? []),
  languages: languagesRule.nullish().transform((value) => value ?? []),
  riskLevel: z.enum(RiskLevel),
  answers: answersRule.nullish().transform((value) => value ?? []),
});

export const updateBriefRules = z.object({
  id: z.string(),
  title: text(L.briefTitleMax).nullish(),
  summary: text(L.briefSummaryMax).nullish(),
  body: markdown(L.briefBodyMax).nullish(),
  topics: topicsRule.nullish(),
  regions: regionsRule.nullish(),
  languages: languagesRule.nullish(),
  riskLevel: z.enum(RiskLevel).nullish(),
  answers: answersRule.nullish(),
});

export const responseRules = z.object({ body: markdown(L.responseMax) });
export const commentRules = z.object({ body: markdown(L.commentMax) });

export const briefFilterRules = z.object({
  filter: z.object({
    status: z.enum(BriefStatus).nullish(),
    topic: z.enum(BriefTopic).nullish(),
    riskLevel: z.enum(RiskLevel).nullish(),
    region: z.string().trim().max(L.regionMax).nullish(),
    language: z.string().trim().max(L.languageMax).nullish(),
    search: z
      .string()
      .trim()
      .max(LIMITS.searchMax)
      .nullish()
      .transform((value) => value || null),
  }),
});
