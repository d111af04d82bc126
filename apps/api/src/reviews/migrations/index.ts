import { CreateReviewReports1764500000000 } from './1764500000000-create-review-reports.js';
import { AddReviewVersionSections1764730000000 } from './1764730000000-add-review-version-sections.js';

/** The reviews feature's migrations, oldest first; never edit a landed one. */
export const REVIEW_MIGRATIONS = [CreateReviewReports1764500000000, AddReviewVersionSections1764730000000];
