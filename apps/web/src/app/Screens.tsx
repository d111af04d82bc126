import { SudoProvider } from '../sudo/SudoProvider';
import { ComponentRoot } from './ComponentRoot';
import { AppRoutes } from './router';

/** Everything below the shell's header: loaded as one lazy chunk with Mantine and i18next. */
export function Screens() {
  return (
    <ComponentRoot>
      <SudoProvider>
        <AppRoutes />
      </SudoProvider>
    </ComponentRoot>
  );
}
