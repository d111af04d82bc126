import { registerEnumType } from '@nestjs/graphql';
import { RecommendationStatus, ReviewEventKind, ReviewStatus, ReviewVisibility } from '@ecw/domain';

// The contract's review enums, registered once for the whole schema.
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });
registerEnumType(ReviewVisibility, { name: 'ReviewVisibility' });
registerEnumType(RecommendationStatus, { name: 'RecommendationStatus' });
registerEnumType(ReviewEventKind, { name: 'ReviewEventKind' });

export { RecommendationStatus, ReviewEventKind, ReviewStatus, ReviewVisibility };
