import { lazy, Suspense, useRef } from 'react';
import { useProfileLocale } from '../../features/account/hooks/useProfileLocale';
import { useShellText } from '../../i18n/useShellText';
import { containerLook } from '../../shell/look';
import { ShellLoader } from '../../shell/ShellLoader';
import { useViewer } from '../../viewer/hooks/useViewer';
import { AppHeader } from './AppHeader';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useFocusMainOnNavigation } from './useFocusMainOnNavigation';

// The screens, with Mantine and i18next, are fetched while the shell around them renders.
const Screens = lazy(() => import('../Screens').then((module) => ({ default: module.Screens })));

const CONTENT = containerLook('lg');

/** The shell: plain elements in Mantine's look (shell/look.ts), around the lazily loaded screens. */
export function AppLayout() {
  const { viewer } = useViewer();
  const main = useRef<HTMLElement>(null);
  const t = useShellText();
  useProfileLocale(viewer);
  useFocusMainOnNavigation(main);

  return (
    <>
      <SkipLink />
      <AppHeader viewer={viewer} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} ref={main}>
        <div {...CONTENT}>
          <Suspense fallback={<ShellLoader label={t('common.loading')} />}>
            <Screens />
          </Suspense>
        </div>
      </main>
    </>
  );
}
