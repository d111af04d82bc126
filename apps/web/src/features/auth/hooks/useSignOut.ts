import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { settleMutation } from '../../../errors/settle-mutation';
import { useSessionReset } from '../../../viewer/hooks/useSessionReset';
import { signOutMutation } from '../graphql/sign-out.mutation';

export function useSignOut(): { signOut: () => Promise<void>; loading: boolean } {
  const [mutate, { loading }] = useMutation(signOutMutation);
  const resetSession = useSessionReset();
  const navigate = useNavigate();

  const signOut = async () => {
    await settleMutation(mutate());
    // Leave the signed-in screen before the cache is emptied, so it does not refetch
    // its data as an anonymous visitor on the way out.
    await navigate('/', { replace: true });
    await resetSession();
  };

  return { signOut, loading };
}
