import { CreateReviewReports1764500000000 } from './1764500000000-create-review-reports.js';

/** The reviews feature's migrations, oldest first; never edit a landed one. */
export const REVIEW_MIGRATIONS = [CreateReviewReports1764500000000];
