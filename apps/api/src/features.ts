import { accountsFeature } from './accounts/accounts.feature.js';
import { consultationsFeature } from './consultations/consultations.feature.js';
import { registerFeatures } from './core/feature/feature-registry.js';
import { notificationsFeature } from './notifications/notifications.feature.js';
import { organizationsFeature } from './organizations/organizations.feature.js';
import { planningFeature } from './planning/planning.feature.js';
import { reviewsFeature } from './reviews/reviews.feature.js';

/**
 * The ONE list of features. The app module's imports, the server message catalogue, the
 * `AuditAction` and `NotificationKind` unions and the migrations are all read from it: adding a
 * feature is adding its `<feature>.feature.ts` here (docs/ARCHITECTURE.md, "Adding a feature").
 */
export const FEATURES = [
  accountsFeature,
  notificationsFeature,
  organizationsFeature,
  planningFeature,
  consultationsFeature,
  reviewsFeature,
] as const;

declare module './core/feature/feature-registry.js' {
  interface FeatureRegister {
    features: typeof FEATURES;
  }
}

registerFeatures(FEATURES);
