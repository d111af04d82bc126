import { useEffect } from 'react';

/**
 * While something typed is not stored yet (a brief not saved, a report's edits offline or waiting
 * for the server), closing or reloading the tab would lose it: the browser asks the person first.
 * Its own words, not ours: browsers no longer show a page's text in that dialog.
 */
export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
