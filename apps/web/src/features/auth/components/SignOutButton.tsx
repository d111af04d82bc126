import { useShellText } from '../../../i18n/useShellText';
import { ShellButton } from '../../../shell/ShellButton';
import { useSignOut } from '../hooks/useSignOut';

/** In the shell's header: a plain button in Mantine's look, without Mantine's JavaScript. */
export function SignOutButton() {
  const t = useShellText();
  const { signOut, loading } = useSignOut();
  return (
    <ShellButton variant="default" loading={loading} onClick={() => void signOut()}>
      {t('common.nav.signOut')}
    </ShellButton>
  );
}
