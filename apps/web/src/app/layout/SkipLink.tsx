import type { MouseEvent } from 'react';
import { useShellText } from '../../i18n/useShellText';

export const MAIN_CONTENT_ID = 'main-content';

/** The first stop for the keyboard: jumps past the header to the screen's content. */
export function SkipLink() {
  const t = useShellText();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus main directly instead of changing the URL hash, which the router would treat
    // as a navigation.
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      {t('common.skipToContent')}
    </a>
  );
}
