import { registerEnumType } from '@nestjs/graphql';
import { ReviewStatus, ReviewVisibility } from '../review-report.policy.js';

// The contract's review enums, registered once for the whole schema.
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });
registerEnumType(ReviewVisibility, { name: 'ReviewVisibility' });

export { ReviewStatus, ReviewVisibility };
