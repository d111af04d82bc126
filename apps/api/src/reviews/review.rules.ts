import { z } from 'zod';
import { LIMITS, RecommendationStatus, REVIEW_LIMITS } from '@ecw/domain';
import { isUuid } from '../core/validation/uuid.js';

const uuidRule = z.string().refine(isUuid, { message: 'error.badInput' });
const titleRule = z.string().trim().min(1).max(REVIEW_LIMITS.titleMax);

export const createReviewReportRules = z.object({
  title: titleRule,
  electionId: uuidRule.nullish(),
  ownerOrganizationId: uuidRule,
  coAuthorOrganizationIds: z
    .array(uuidRule)
    .max(REVIEW_LIMITS.coAuthorsMax, { message: 'reviews.field.coAuthorsCount' })
    .nullish(),
  sectionTitles: z
    .array(titleRule)
    .min(1, { message: 'reviews.field.sectionTitlesCount' })
    .max(REVIEW_LIMITS.sectionsMax, { message: 'reviews.field.sectionTitlesCount' })
    .nullish(),
});

export const addReviewSectionRules = z.object({
  reportId: z.string().max(LIMITS.stringMax),
  title: titleRule,
  position: z.number().int().min(0).max(REVIEW_LIMITS.sectionsMax).nullish(),
  leadOrganizationId: uuidRule.nullish(),
});

export const createReviewVersionRules = z.object({
  label: z.string().trim().min(1).max(REVIEW_LIMITS.versionLabelMax),
});

/** A calendar day as the LocalDate scalar gives it; checked here too for direct calls. */
const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'error.badInput' })
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), { message: 'error.badInput' });
const recommendationText = z.string().trim().min(1).max(REVIEW_LIMITS.recommendationMax);

export const addRecommendationRules = z.object({
  reportId: z.string().max(LIMITS.stringMax),
  text: recommendationText,
  ownerOrganizationId: uuidRule.nullish(),
  dueOn: calendarDay.nullish(),
});

export const updateRecommendationRules = z.object({
  id: z.string().max(LIMITS.stringMax),
  text: recommendationText.nullish(),
  ownerOrganizationId: uuidRule.nullish(),
  status: z.enum(RecommendationStatus).nullish(),
  dueOn: calendarDay.nullish(),
});

export const updateReviewSectionRules = z.object({
  id: z.string().max(LIMITS.stringMax),
  title: titleRule.nullish(),
  position: z.number().int().min(0).max(REVIEW_LIMITS.sectionsMax).nullish(),
  leadOrganizationId: uuidRule.nullish(),
});
