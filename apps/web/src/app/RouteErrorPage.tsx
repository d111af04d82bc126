import { useEffect } from 'react';
import { useShellText } from '../i18n/useShellText';
import { groupLook, stackLook, titleLook } from '../shell/look';
import { ShellAlert } from '../shell/ShellAlert';
import { ShellButton } from '../shell/ShellButton';

const PAGE = stackLook('lg');
const HEADER = groupLook('sm', 'space-between');

/**
 * Shown when a screen fails to render or its chunk cannot be fetched (typically after a
 * new release replaced the files); reloading picks up the current version. Part of the shell,
 * so it needs neither Mantine's nor i18next's chunks, which may be the ones that failed.
 */
export function RouteErrorPage() {
  const t = useShellText();
  const title = t('common.crash.title');
  const appName = t('common.appName');
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);

  return (
    <div {...PAGE}>
      <div {...HEADER} style={{ ...HEADER.style, marginBottom: 'var(--mantine-spacing-lg)' }}>
        <h1 {...titleLook()}>{title}</h1>
      </div>
      <ShellAlert>{t('common.crash.body')}</ShellAlert>
      <ShellButton onClick={() => window.location.reload()} style={{ width: 'fit-content' }}>
        {t('common.crash.reload')}
      </ShellButton>
    </div>
  );
}
