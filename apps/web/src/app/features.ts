import { accountFeature } from '../features/account/account.feature';
import { authFeature } from '../features/auth/auth.feature';
import { consultationsFeature } from '../features/consultations/consultations.feature';
import { notificationsFeature } from '../features/notifications/notifications.feature';
import { organizationsFeature } from '../features/organizations/organizations.feature';
import { planningFeature } from '../features/planning/planning.feature';
import { reviewsFeature } from '../features/reviews/reviews.feature';
import { tokensFeature } from '../features/tokens/tokens.feature';

/**
 * The one list of the web app's features. The router, the i18n namespaces and their typing,
 * the catalogue loader and the Apollo cache all read it: a new feature adds one line here
 * and nothing else outside its own folder.
 */
export const FEATURES = [
  authFeature,
  accountFeature,
  tokensFeature,
  organizationsFeature,
  notificationsFeature,
  consultationsFeature,
  planningFeature,
  reviewsFeature,
] as const;

type Feature = (typeof FEATURES)[number];

/** Each feature's English catalogue under its namespace: the source of truth for `t()` keys. */
export type FeatureResources = {
  [F in Feature as F['namespace']]: F extends { catalogues: { en: () => Promise<{ default: infer C }> } }
    ? C
    : never;
};
