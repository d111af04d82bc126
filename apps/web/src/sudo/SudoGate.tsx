import { AccountErrorReason } from '@ecw/domain';
import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { readGraphQLProblem, type GraphQLProblem } from '../errors/graphql-problem';
import { SudoContext, type WithSudo } from './sudo-context';
import type { SudoCredentials } from './SudoDialog';

// A modal with a form (Modal, FocusTrap, ScrollArea, @mantine/form): a sixth of the first screen's
// JavaScript, for a dialog few visits open. It is fetched the first time sudo mode is asked for.
const SudoDialog = lazy(() => import('./SudoDialog').then((module) => ({ default: module.SudoDialog })));

interface SudoGateProps {
  mfaEnabled: boolean;
  /** Opens sudo mode on the server; rejects with the server's refusal (wrong password, code). */
  reauthenticate: (credentials: SudoCredentials) => Promise<unknown>;
  children: ReactNode;
}

/** The one place that turns ACCOUNT_SUDO_REQUIRED into the password dialog and one retry. */
export function SudoGate({ mfaEnabled, reauthenticate, children }: SudoGateProps) {
  // The dialog's answer: true once the password was accepted, false when cancelled.
  const pending = useRef<((entered: boolean) => void) | null>(null);
  const [opened, setOpened] = useState(false);
  // Mounted from the first request on, so that closing still animates.
  const [asked, setAsked] = useState(false);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<GraphQLProblem | null>(null);

  const close = (entered: boolean) => {
    setOpened(false);
    setProblem(null);
    pending.current?.(entered);
    pending.current = null;
  };

  const withSudo = useCallback<WithSudo>(async (attempt) => {
    try {
      return await attempt();
    } catch (error) {
      if (readGraphQLProblem(error)?.reason !== AccountErrorReason.SUDO_REQUIRED) throw error;
      const entered = await new Promise<boolean>((resolve) => {
        pending.current = resolve;
        setAsked(true);
        setOpened(true);
      });
      if (!entered) throw error;
      return attempt();
    }
  }, []);

  const submit = async (credentials: SudoCredentials) => {
    setLoading(true);
    try {
      await reauthenticate(credentials);
      close(true);
    } catch (error) {
      setProblem(readGraphQLProblem(error));
    } finally {
      setLoading(false);
    }
  };

  return (
    <SudoContext.Provider value={withSudo}>
      {children}
      {asked && (
        <Suspense fallback={null}>
          <SudoDialog
            opened={opened}
            mfaEnabled={mfaEnabled}
            loading={loading}
            problem={problem}
            onSubmit={(credentials) => void submit(credentials)}
            onCancel={() => close(false)}
          />
        </Suspense>
      )}
    </SudoContext.Provider>
  );
}
