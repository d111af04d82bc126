import { useMutation } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useViewer } from '../viewer/hooks/useViewer';
import { reauthenticateMutation } from './graphql/reauthenticate.mutation';
import { SudoGate } from './SudoGate';

/** Wires the sudo dialog to the API's `reauthenticate` and the viewer's two-factor state. */
export function SudoProvider({ children }: { children: ReactNode }) {
  const { viewer } = useViewer();
  const [reauthenticate] = useMutation(reauthenticateMutation);
  return (
    <SudoGate
      mfaEnabled={viewer?.mfaEnabled ?? false}
      reauthenticate={(input) => reauthenticate({ variables: { input } })}
    >
      {children}
    </SudoGate>
  );
}
