import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { SignOutButton } from '../../features/auth/components/SignOutButton';
import { useShellText } from '../../i18n/useShellText';
import { anchorLook, containerLook, groupLook } from '../../shell/look';
import { ShellButton } from '../../shell/ShellButton';
import type { Viewer } from '../../viewer/hooks/useViewer';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';

// The bell is a Mantine component with a catalogue of its own: it loads on its own, after the
// rest of the header, which does not wait for it.
const HeaderBell = lazy(() => import('./HeaderBell').then((module) => ({ default: module.HeaderBell })));

const BAR = containerLook('sm');
const ROW = groupLook('sm', 'space-between');
const START = groupLook('xl');
const END = groupLook('sm');
const BRAND = anchorLook('brand');

export function AppHeader({ viewer }: { viewer: Viewer | null }) {
  const t = useShellText();
  return (
    <header style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <div {...BAR}>
        <div {...ROW}>
          <div {...START}>
            <Link to="/" {...BRAND}>
              {t('common.appName')}
            </Link>
            {viewer && <MainNav />}
          </div>
          <div {...END}>
            <LanguageSwitcher />
            {viewer ? (
              <>
                <Suspense fallback={null}>
                  <HeaderBell />
                </Suspense>
                <SignOutButton />
              </>
            ) : (
              <>
                <ShellButton to="/sign-in" variant="default">
                  {t('common.nav.signIn')}
                </ShellButton>
                <ShellButton to="/sign-up">{t('common.nav.signUp')}</ShellButton>
              </>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
