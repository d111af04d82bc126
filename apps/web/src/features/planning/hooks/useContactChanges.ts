import { useSubscription } from '@apollo/client/react';
import { contactPointChangedSubscription } from '../graphql/contact-point-changed.subscription';
import { addToRegistry, forgetContact } from '../model/registry-cache';

/**
 * Keeps a registry on screen live from the events themselves: each carries the whole contact (written
 * to the cache as it arrives) or, when removed, its id. Reading the registry again per event made
 * every open page re-read it, and every read is audited for both organisations. Events lost while the
 * socket was down are made up for by the app's refetch of every query on screen after a reconnect.
 */
export function useContactChanges(relationshipId: string): void {
  useSubscription(contactPointChangedSubscription, {
    variables: { relationshipId },
    onData: ({ client, data }) => {
      const event = data.data?.contactPointChanged;
      if (!event) return;
      if (event.kind === 'REMOVED') forgetContact(client.cache, event.contactPointId);
      else if (event.contactPoint) addToRegistry(client.cache, relationshipId, event.contactPoint.id);
    },
  });
}
