import { InMemoryCache, type TypePolicies } from '@apollo/client';
import { FEATURES } from '../app/features';

/**
 * Several features may declare fields of one type (`Query` above all): their field
 * policies are merged; two features claiming the same field is a mistake, said at start.
 */
export function mergeTypePolicies(all: readonly TypePolicies[]): TypePolicies {
  const merged: TypePolicies = {};
  for (const policies of all) {
    for (const [typename, policy] of Object.entries(policies)) {
      const existing = merged[typename];
      if (!existing) {
        merged[typename] = { ...policy };
        continue;
      }
      const { fields: existingFields = {}, ...existingRest } = existing;
      const { fields = {}, ...rest } = policy;
      for (const field of Object.keys(fields)) {
        if (field in existingFields)
          throw new Error(`Two features declare the cache policy of ${typename}.${field}`);
      }
      for (const key of Object.keys(rest)) {
        if (key in existingRest) throw new Error(`Two features declare ${key} of the cache type ${typename}`);
      }
      merged[typename] = { ...existingRest, ...rest, fields: { ...existingFields, ...fields } };
    }
  }
  return merged;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: mergeTypePolicies(FEATURES.map((feature) => feature.typePolicies)),
  });
}
