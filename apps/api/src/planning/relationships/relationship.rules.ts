import { z } from 'zod';
import { PLANNING_LIMITS } from '@ecw/domain';

export const proposeRelationshipRules = z
  .object({
    fromOrganizationId: z.string().max(64),
    toOrganizationId: z.string().max(64),
    electionId: z
      .string()
      .max(64)
      .nullish()
      .transform((value) => value ?? null),
    note: z
      .string()
      .trim()
      .max(PLANNING_LIMITS.relationshipNoteMax)
      .nullish()
      .transform((value) => value ?? ''),
  })
  .superRefine((value, ctx) => {
    if (value.fromOrganizationId === value.toOrganizationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['toOrganizationId'],
        message: 'planning.field.sameOrganization',
      });
    }
  });
