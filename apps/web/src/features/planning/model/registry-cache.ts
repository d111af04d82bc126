import type { ApolloCache, Reference } from '@apollo/client';

/** The registry's own order (the API's): strongest tier first, then by name. */
const TIER_RANK: Record<string, number> = { CRITICAL: 0, URGENT: 1, ROUTINE: 2 };

/**
 * Puts a contact the cache already holds (from a mutation's answer or a live event) into its
 * relationship's registry, where the API would list it; a contact already there stays as it is.
 */
export function addToRegistry(cache: ApolloCache, relationshipId: string, contactId: string): void {
  cache.modify({
    id: cache.identify({ __typename: 'Relationship', id: relationshipId }),
    fields: {
      contacts(existing: readonly Reference[], { readField, toReference }) {
        const added = toReference({ __typename: 'ContactPoint', id: contactId });
        if (!added || existing.some((contact) => readField('id', contact) === contactId)) return existing;
        const rank = (contact: Reference) =>
          TIER_RANK[readField<string>('escalationTier', contact) ?? ''] ?? 0;
        const name = (contact: Reference) => readField<string>('name', contact) ?? '';
        const before = (contact: Reference) =>
          rank(added) < rank(contact) ||
          (rank(added) === rank(contact) && name(added).localeCompare(name(contact)) < 0);
        const at = existing.findIndex(before);
        return at === -1 ? [...existing, added] : [...existing.slice(0, at), added, ...existing.slice(at)];
      },
    },
  });
}

/** Drops a removed contact from the cache; the registry's list skips the reference left behind. */
export function forgetContact(cache: ApolloCache, contactId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'ContactPoint', id: contactId }) });
  cache.gc();
}
