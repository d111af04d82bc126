import { ErrorCode, ReviewErrorReason } from '@ecw/domain';
import { defineErrors } from '../core/errors/domain.exception.js';

export const ReviewError = defineErrors(ReviewErrorReason, {
  [ReviewErrorReason.ALREADY_CO_AUTHOR]: ErrorCode.CONFLICT,
  [ReviewErrorReason.PUBLISHED]: ErrorCode.CONFLICT,
  [ReviewErrorReason.VERSION_NOT_LATEST]: ErrorCode.CONFLICT,
  [ReviewErrorReason.VERSION_OUTDATED]: ErrorCode.CONFLICT,
  [ReviewErrorReason.SIGNOFF_NOT_REQUESTED]: ErrorCode.CONFLICT,
  [ReviewErrorReason.ALREADY_SIGNED]: ErrorCode.CONFLICT,
  [ReviewErrorReason.SIGNOFF_MISSING]: ErrorCode.CONFLICT,
});

export const alreadyCoAuthor = () =>
  ReviewError(ReviewErrorReason.ALREADY_CO_AUTHOR, {
    messageKey: 'reviews.error.alreadyCoAuthor',
    fieldErrors: [{ field: 'organizationId', message: 'reviews.error.alreadyCoAuthor' }],
  });

export const publishedReport = () =>
  ReviewError(ReviewErrorReason.PUBLISHED, { messageKey: 'reviews.error.published' });

export const versionNotLatest = () =>
  ReviewError(ReviewErrorReason.VERSION_NOT_LATEST, { messageKey: 'reviews.error.versionNotLatest' });

export const versionOutdated = () =>
  ReviewError(ReviewErrorReason.VERSION_OUTDATED, { messageKey: 'reviews.error.versionOutdated' });

export const signOffNotRequested = () =>
  ReviewError(ReviewErrorReason.SIGNOFF_NOT_REQUESTED, { messageKey: 'reviews.error.signOffNotRequested' });

export const alreadySigned = () =>
  ReviewError(ReviewErrorReason.ALREADY_SIGNED, { messageKey: 'reviews.error.alreadySigned' });

/** Names the organisations still to sign (their names, comma-separated). */
export const signOffMissing = (organizations: string) =>
  ReviewError(ReviewErrorReason.SIGNOFF_MISSING, {
    messageKey: 'reviews.error.signOffMissing',
    params: { organizations },
  });
