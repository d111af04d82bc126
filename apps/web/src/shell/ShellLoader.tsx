import type { CSSProperties } from 'react';

interface ShellLoaderProps {
  /** Its accessible name ("Loading…"); none before the first catalogue has arrived. */
  label?: string;
  /** The whole window (before anything else shows) or a block in the page. */
  fill?: 'window' | 'block';
}

/** Mantine's `<Center><Loader /></Center>` as plain markup, for the shell (see look.ts). */
export function ShellLoader({ label, fill = 'block' }: ShellLoaderProps) {
  const style: CSSProperties =
    fill === 'window' ? { height: '100vh' } : { paddingBlock: 'var(--mantine-spacing-xl)' };
  return (
    <div
      style={style}
      className="m_4451eb3a mantine-Center-root"
      role={label ? 'status' : undefined}
      aria-label={label}
    >
      <span className="m_b34414df m_5ae2e3c mantine-Loader-root" />
    </div>
  );
}
