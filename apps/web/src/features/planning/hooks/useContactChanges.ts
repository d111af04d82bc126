import { useApolloClient, useSubscription } from '@apollo/client/react';
import { contactPointChangedSubscription } from '../graphql/contact-point-changed.subscription';
import { relationshipRegistryQuery } from '../graphql/relationship-registry.query';

/**
 * Keeps a registry on screen live: each change is a nudge to read the registry again, so the
 * server stays the source of truth even when an event is lost (pub/sub is at-most-once).
 */
export function useContactChanges(relationshipId: string): void {
  const client = useApolloClient();
  useSubscription(contactPointChangedSubscription, {
    variables: { relationshipId },
    onData: () => {
      client.refetchQueries({ include: [relationshipRegistryQuery] }).catch(() => undefined);
    },
  });
}
