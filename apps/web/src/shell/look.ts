import type { CSSProperties } from 'react';

/**
 * The classes, CSS variables and data attributes Mantine's layout and text components render,
 * for the shell's plain elements: Mantine's stylesheet (loaded up front, it is CSS) styles them
 * exactly as it styles the components, without Mantine's JavaScript in the first chunk.
 * mantine-look.spec.tsx renders both and fails when a Mantine upgrade changes the markup.
 */
type Spacing = 'xs' | 'sm' | 'md' | 'lg' | 'xl';
type Look = { className: string; style: CSSProperties } & Record<`data-${string}`, string>;

const spacing = (size: Spacing) => `var(--mantine-spacing-${size})`;

/** `<Group gap justify wrap="wrap">` */
export function groupLook(gap: Spacing, justify: 'flex-start' | 'space-between' = 'flex-start'): Look {
  return {
    className: 'm_4081bf90 mantine-Group-root',
    style: {
      '--group-gap': spacing(gap),
      '--group-align': 'center',
      '--group-justify': justify,
      '--group-wrap': 'wrap',
    } as CSSProperties,
  };
}

/** `<Stack p>` */
export function stackLook(padding: Spacing): Look {
  return {
    className: 'm_6d731127 mantine-Stack-root',
    style: {
      '--stack-gap': spacing('md'),
      '--stack-align': 'stretch',
      '--stack-justify': 'flex-start',
      padding: spacing(padding),
    } as CSSProperties,
  };
}

/** `<Container size="lg" py>` */
export function containerLook(paddingBlock: Spacing): Look {
  return {
    className: 'm_7485cace mantine-Container-root',
    style: {
      '--container-size': 'var(--container-size-lg)',
      paddingBlock: spacing(paddingBlock),
    } as CSSProperties,
    'data-size': 'lg',
    'data-strategy': 'block',
  };
}

/** `<Anchor>`: the header's brand (`size="lg" fw={700}`, text colour, never underlined) or a link (`fw`). */
export function anchorLook(kind: 'brand' | { fontWeight: number }): Look {
  const className = 'mantine-focus-auto m_849cf0da m_b6d8b162 mantine-Text-root mantine-Anchor-root';
  if (kind === 'brand') {
    return {
      className,
      style: {
        '--text-fz': 'var(--mantine-font-size-lg)',
        '--text-lh': 'var(--mantine-line-height-lg)',
        color: 'var(--mantine-color-text)',
        fontWeight: 700,
      } as CSSProperties,
      'data-size': 'lg',
      'data-underline': 'never',
    };
  }
  return { className, style: { fontWeight: kind.fontWeight }, 'data-underline': 'hover' };
}

/** `<Title order={1}>` */
export function titleLook(): Look {
  return {
    className: 'm_8a5d1357 mantine-Title-root',
    style: {
      '--title-fw': 'var(--mantine-h1-font-weight)',
      '--title-lh': 'var(--mantine-h1-line-height)',
      '--title-fz': 'var(--mantine-h1-font-size)',
    } as CSSProperties,
    'data-order': '1',
  };
}
