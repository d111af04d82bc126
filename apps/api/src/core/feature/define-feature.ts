import { type Type } from '@nestjs/common';
import { type MigrationInterface } from 'typeorm';
import { type MessageCatalogues } from './define-messages.js';

/** How a stored notification of one kind is shown: the message rendered with its parameters. */
export interface NotificationRendering<K extends string> {
  message: K;
}

/**
 * Everything a feature contributes to the shared registries. `apps/api/src/features.ts` lists the
 * features; the app module, the message catalogue, `AuditAction`, `NotificationKind` and the
 * migrations are all read from that one list (see docs/ARCHITECTURE.md, "Adding a feature").
 */
export interface FeatureDefinition<
  K extends string = string,
  A extends string = string,
  N extends string = string,
> {
  /** The feature's folder name. */
  name: string;
  /** Its Nest module; it exports only its services. */
  module: Type<unknown>;
  /** `<feature>/<feature>.messages.ts` (`defineMessages`); absent when the feature shows no server text. */
  messages?: MessageCatalogues<K>;
  /** `<thing>.<what happened>`, past tense; the `AuditAction` union is derived from these arrays. */
  auditActions?: readonly A[];
  /** Each kind the feature stores, and which of its own messages renders it. */
  notificationKinds?: Record<N, NotificationRendering<NoInfer<K>>>;
  /** `<feature>/migrations/index.ts`, oldest first. */
  migrations?: readonly (new () => MigrationInterface)[];
}

/** Declares a feature; the type parameters are inferred so the registries see its literal keys. */
export function defineFeature<
  K extends string = never,
  const A extends string = never,
  N extends string = never,
>(feature: FeatureDefinition<K, A, N>): FeatureDefinition<K, A, N> {
  return feature;
}
