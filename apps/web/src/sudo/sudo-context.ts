import { createContext, useContext } from 'react';

/**
 * Runs a mutation that may need sudo mode: when the server answers ACCOUNT_SUDO_REQUIRED, the
 * password dialog opens, and once the password is entered again the mutation is retried once.
 * Cancelling rejects with the server's original refusal, so nothing has changed.
 */
export type WithSudo = <T>(attempt: () => Promise<T>) => Promise<T>;

/** Outside a SudoGate (tests of unrelated components) the attempt simply runs. */
export const SudoContext = createContext<WithSudo>((attempt) => attempt());

export function useSudo(): WithSudo {
  return useContext(SudoContext);
}
