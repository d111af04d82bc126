import type { TypePolicies } from '@apollo/client';
import type { SupportedLocale } from '@ecw/domain';
import type { ComponentType } from 'react';

/** Who may open a screen: anyone, or only a signed-in account (others are sent to sign in). */
export type RouteAccess = 'public' | 'signedIn';

/** One screen of a feature: its path, who may open it, and what it needs before it renders. */
export interface FeatureRoute {
  path: string;
  access: RouteAccess;
  /** The screen, as a lazy import: each screen is its own chunk. */
  screen: () => Promise<ComponentType>;
  /** i18next namespaces the screen reads; loaded with the chunk, so no untranslated flash. */
  namespaces: readonly string[];
}

/** A feature's catalogue in each language, loaded on demand (one chunk per language). */
type Catalogues<Catalogue> = Record<SupportedLocale, () => Promise<{ default: Catalogue }>>;

/** Everything the shell needs to know about one feature of the web app. */
interface WebFeature<Namespace extends string, Catalogue> {
  /** Also the feature's i18next namespace: keys start with it (`organizations.members.title`). */
  namespace: Namespace;
  catalogues: Catalogues<Catalogue>;
  routes: readonly FeatureRoute[];
  /**
   * Audit actions this feature records (`member.joined`); each is labelled in the reader's
   * language at `<namespace>.auditActions.<action>` in the feature's catalogues.
   */
  auditActions: readonly string[];
  /** Apollo cache policies for the types and root fields this feature owns. */
  typePolicies: TypePolicies;
}

/**
 * Declares a feature in `features/<f>/<f>.feature.ts`. The generic parameters keep the
 * namespace's literal name and the English catalogue's shape, from which `i18next.d.ts`
 * types every `t('…')` key.
 */
export function defineFeature<const Namespace extends string, Catalogue>(
  feature: WebFeature<Namespace, Catalogue>,
): WebFeature<Namespace, Catalogue> {
  return feature;
}
