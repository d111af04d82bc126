import { type MigrationInterface } from 'typeorm';
import { type FeatureDefinition } from './define-feature.js';

/**
 * Filled in by `apps/api/src/features.ts` through declaration merging
 * (`interface FeatureRegister { features: typeof FEATURES }`), so core types (`MessageKey`,
 * `AuditAction`, `NotificationKind`) know every feature's literal names without core importing a
 * feature at run time.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- completed by declaration merging
export interface FeatureRegister {}

type RegisteredFeature = FeatureRegister extends { features: readonly (infer F)[] } ? F : never;
type MessageKeyOf<F> = F extends FeatureDefinition<infer K, string, string> ? K : never;
type AuditActionOf<F> = F extends FeatureDefinition<string, infer A, string> ? A : never;
type NotificationKindOf<F> = F extends FeatureDefinition<string, string, infer N> ? N : never;

export type FeatureMessageKey = MessageKeyOf<RegisteredFeature>;
export type FeatureAuditAction = AuditActionOf<RegisteredFeature>;
export type FeatureNotificationKind = NotificationKindOf<RegisteredFeature>;

const features: FeatureDefinition[] = [];
const listeners: ((feature: FeatureDefinition) => void)[] = [];

/**
 * Called once by `features.ts` when it is loaded. Names must be unique across features: a clash
 * (two features defining one message key or notification kind) fails at start-up, not at render.
 */
export function registerFeatures(list: readonly FeatureDefinition[]): void {
  for (const feature of list) {
    if (features.some((known) => known.name === feature.name))
      throw new Error(`feature ${feature.name} registered twice`);
    for (const listener of listeners) listener(feature);
    features.push(feature);
  }
}

/** Lets a core registry (messages, notification kinds) take in each feature, including those already registered. */
export function onFeatureRegistered(listener: (feature: FeatureDefinition) => void): void {
  listeners.push(listener);
  for (const feature of features) listener(feature);
}

export function registeredFeatures(): readonly FeatureDefinition[] {
  if (features.length === 0) throw new Error('no feature registered: import apps/api/src/features.ts first');
  return features;
}

/** Every feature's migrations (core's come first, from `core/database/migrations`). */
export function featureMigrations(): (new () => MigrationInterface)[] {
  return registeredFeatures().flatMap((feature) => [...(feature.migrations ?? [])]);
}

/** The message key that renders a stored notification kind; null for a kind no feature declares (any more). */
export function notificationMessage(kind: string): string | null {
  for (const feature of features) {
    const rendering = feature.notificationKinds?.[kind];
    if (rendering) return rendering.message;
  }
  return null;
}
