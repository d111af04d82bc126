import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * After sign-in, sign-up or sign-out the cache holds another account's view of the
 * world: drop it all and read again what the screen shows, as the new session sees it.
 */
export function useSessionReset(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.resetStore().catch(() => {
      // A refetch is cancelled when its component goes away during the reset (signing out
      // unmounts the notification bell). Queries report their own failures on screen.
    });
  }, [client]);
}
