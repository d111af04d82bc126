import { FEATURES } from '../app/features';

/** `common` holds the shell and shared pieces; every feature brings one namespace of its own. */
export const NAMESPACES = ['common', ...FEATURES.map((feature) => feature.namespace)] as const;
