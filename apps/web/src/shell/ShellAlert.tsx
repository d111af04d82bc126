import type { CSSProperties, ReactNode } from 'react';
import { useId } from 'react';

const ALERT_STYLE = {
  '--alert-bg': 'var(--mantine-color-red-light)',
  '--alert-color': 'var(--mantine-color-red-light-color)',
  '--alert-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
} as CSSProperties;

/** Mantine's `<Alert color="red" variant="light" role="alert">` as plain markup, for the shell (see look.ts). */
export function ShellAlert({ children }: { children: ReactNode }) {
  const id = useId();
  return (
    <div
      style={ALERT_STYLE}
      className="m_66836ed3 mantine-Alert-root"
      data-variant="light"
      id={id}
      role="alert"
      aria-describedby={`${id}-body`}
    >
      <div className="m_a5d60502 mantine-Alert-wrapper">
        <div className="m_667c2793 mantine-Alert-body">
          <div id={`${id}-body`} className="m_7fa78076 mantine-Alert-message" data-variant="light">
            {children}
          </div>
        </div>
      </div>
    </div>
  );
}
