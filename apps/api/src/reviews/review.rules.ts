import { z } from 'zod';
import { LIMITS, REVIEW_LIMITS } from '@ecw/domain';
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
