/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { renderHook } from '@testing-library/react';
import { useLeaveWarning } from './useLeaveWarning';

function leave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('useLeaveWarning', () => {
  it('asks before the tab goes only while edits are unsaved', () => {
    const { rerender, unmount } = renderHook(({ unsaved }) => useLeaveWarning(unsaved), {
      initialProps: { unsaved: true },
    });
    expect(leave()).toBe(true);
    rerender({ unsaved: false });
    expect(leave()).toBe(false);
    rerender({ unsaved: true });
    unmount();
    expect(leave()).toBe(false);
  });
});
