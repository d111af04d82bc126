import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';

type Variant = 'default' | 'filled';

interface ShellButtonProps {
  variant?: Variant;
  children: ReactNode;
  /** Makes it a link (`<Button component={Link} to>`); otherwise it is a button. */
  to?: string;
  onClick?: () => void;
  /** Mantine's loading state: disabled, with a spinner over the label. */
  loading?: boolean;
  style?: CSSProperties;
}

const VARIANT_STYLE: Record<Variant, CSSProperties> = {
  default: {
    '--button-bg': 'var(--mantine-color-default)',
    '--button-hover': 'var(--mantine-color-default-hover)',
    '--button-color': 'var(--mantine-color-default-color)',
    '--button-bd': 'calc(0.0625rem * var(--mantine-scale)) solid var(--mantine-color-default-border)',
  } as CSSProperties,
  filled: { '--button-color': 'var(--mantine-color-white)' } as CSSProperties,
};

/** Mantine's `Button` (size sm) as plain markup, for the shell (see look.ts). */
export function ShellButton({
  variant = 'filled',
  children,
  to,
  onClick,
  loading = false,
  style,
}: ShellButtonProps) {
  const look = {
    style: { ...VARIANT_STYLE[variant], ...style },
    className: `mantine-focus-auto${loading ? '' : ' mantine-active'} m_77c9d27d mantine-Button-root m_87cf2631 mantine-UnstyledButton-root`,
    'data-variant': variant === 'default' ? 'default' : undefined,
    'data-loading': loading || undefined,
  };
  const content = (
    <>
      {loading && (
        <span className="m_a25b86ee mantine-Button-loader" aria-hidden="true" style={LOADER_STYLE}>
          <span
            className="m_b34414df m_5ae2e3c mantine-Loader-root"
            style={
              {
                '--loader-size': 'calc(var(--button-height) / 1.8)',
                '--loader-color': 'var(--button-color)',
              } as CSSProperties
            }
          />
        </span>
      )}
      <span className="m_80f1301b mantine-Button-inner">
        <span className="m_811560b9 mantine-Button-label" data-loading={loading || undefined}>
          {children}
        </span>
      </span>
    </>
  );
  if (to !== undefined) {
    return (
      <Link {...look} to={to} onClick={onClick}>
        {content}
      </Link>
    );
  }
  return (
    <button {...look} type="button" onClick={onClick} disabled={loading}>
      {content}
    </button>
  );
}

// Mantine's Transition at rest ("fade" in, centred over the label).
const LOADER_STYLE: CSSProperties = {
  transitionProperty: 'transform, opacity',
  WebkitBackfaceVisibility: 'hidden',
  transitionDuration: '150ms',
  transitionTimingFunction: 'ease',
  transformOrigin: 'center',
  opacity: 1,
  transform: 'translate(-50%, calc(-50% + calc(0.0625rem * var(--mantine-scale))))',
};
