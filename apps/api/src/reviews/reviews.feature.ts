import { REVIEW_AUDIT_ACTIONS } from '@ecw/domain';
import { defineFeature } from '../core/feature/define-feature.js';
import { REVIEW_MIGRATIONS } from './migrations/index.js';
import { REVIEW_MESSAGES } from './review.messages.js';
import { ReviewsModule } from './reviews.module.js';

/** Post-election reviews: reports co-written by organisations in real time at /collab. */
export const reviewsFeature = defineFeature({
  name: 'reviews',
  module: ReviewsModule,
  messages: REVIEW_MESSAGES,
  auditActions: REVIEW_AUDIT_ACTIONS,
  notificationKinds: {
    reviewCoAuthorAdded: { message: 'notification.reviewCoAuthorAdded' },
    reviewSignOffRequested: { message: 'notification.reviewSignOffRequested' },
    reviewPublished: { message: 'notification.reviewPublished' },
  },
  migrations: REVIEW_MIGRATIONS,
});
