import { ErrorCode, ReviewErrorReason } from '@ecw/domain';
import { defineErrors } from '../core/errors/domain.exception.js';

export const ReviewError = defineErrors(ReviewErrorReason, {
  [ReviewErrorReason.ALREADY_CO_AUTHOR]: ErrorCode.CONFLICT,
  [ReviewErrorReason.PUBLISHED]: ErrorCode.CONFLICT,
});

export const alreadyCoAuthor = () =>
  ReviewError(ReviewErrorReason.ALREADY_CO_AUTHOR, {
    messageKey: 'reviews.error.alreadyCoAuthor',
    fieldErrors: [{ field: 'organizationId', message: 'reviews.error.alreadyCoAuthor' }],
  });
