import {
  Alert,
  Anchor,
  Button,
  Center,
  Container,
  Group,
  Loader,
  MantineProvider,
  NativeSelect,
  Stack,
  Title,
} from '@mantine/core';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Link, MemoryRouter } from 'react-router';
import { theme } from '../app/theme';
import { anchorLook, containerLook, groupLook, stackLook, titleLook } from './look';
import { ShellAlert } from './ShellAlert';
import { ShellButton } from './ShellButton';
import { ShellLoader } from './ShellLoader';
import { ShellSelect } from './ShellSelect';

/** Each tag's attributes in name order: React writes them in the order they were given. */
function sortAttributes(html: string): string {
  return html.replace(
    /<(\w+)((?:\s[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>/g,
    (_tag, name: string, attributes: string, slash: string) => {
      const sorted = (attributes.match(/[\w:-]+(?:="[^"]*")?/g) ?? []).sort();
      return `<${[name, ...sorted].join(' ')}${slash}>`;
    },
  );
}

/** The markup without Mantine's style tags, with generated ids made comparable. */
function markup(ui: ReactElement): string {
  const html = renderToStaticMarkup(
    <MantineProvider theme={theme}>
      <MemoryRouter>{ui}</MemoryRouter>
    </MantineProvider>,
  );
  return sortAttributes(
    html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/(mantine-)?_R_\w+_/g, 'ID'),
  );
}

const noop = () => undefined;
const OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'ar', label: 'العربية' },
];

// The shell draws these with Mantine's classes (look.ts): they must stay what Mantine renders,
// or the header would change when the first screen's Mantine arrives.
describe('the shell looks like Mantine', () => {
  it.each<[string, ReactElement, ReactElement]>([
    [
      'Group',
      <Group gap="sm" justify="space-between" wrap="wrap">
        x
      </Group>,
      <div {...groupLook('sm', 'space-between')}>x</div>,
    ],
    ['Stack', <Stack p="lg">x</Stack>, <div {...stackLook('lg')}>x</div>],
    [
      'Container',
      <Container size="lg" py="sm">
        x
      </Container>,
      <div {...containerLook('sm')}>x</div>,
    ],
    [
      'brand Anchor',
      <Anchor href="/" fw={700} size="lg" c="var(--mantine-color-text)" underline="never">
        x
      </Anchor>,
      <a href="/" {...anchorLook('brand')}>
        x
      </a>,
    ],
    [
      'Anchor',
      <Anchor href="/" fw={500}>
        x
      </Anchor>,
      <a href="/" {...anchorLook({ fontWeight: 500 })}>
        x
      </a>,
    ],
    ['Title', <Title order={1}>x</Title>, <h1 {...titleLook()}>x</h1>],
    [
      'default link Button',
      <Button component={Link} to="/x" variant="default">
        x
      </Button>,
      <ShellButton to="/x" variant="default">
        x
      </ShellButton>,
    ],
    [
      'filled link Button',
      <Button component={Link} to="/x">
        x
      </Button>,
      <ShellButton to="/x">x</ShellButton>,
    ],
    [
      'Button with width',
      <Button onClick={noop} w="fit-content">
        x
      </Button>,
      <ShellButton onClick={noop} style={{ width: 'fit-content' }}>
        x
      </ShellButton>,
    ],
    [
      'loading Button',
      <Button variant="default" loading onClick={noop}>
        x
      </Button>,
      <ShellButton variant="default" loading onClick={noop}>
        x
      </ShellButton>,
    ],
    [
      'NativeSelect',
      <NativeSelect aria-label="Language" data={OPTIONS} value="ar" onChange={noop} size="sm" />,
      <ShellSelect label="Language" options={OPTIONS} value="ar" onChange={noop} />,
    ],
    [
      'Loader',
      <Center py="xl" role="status" aria-label="Loading">
        <Loader />
      </Center>,
      <ShellLoader label="Loading" />,
    ],
    [
      'window Loader',
      <Center h="100vh">
        <Loader />
      </Center>,
      <ShellLoader fill="window" />,
    ],
    [
      'Alert',
      <Alert color="red" variant="light" role="alert">
        x
      </Alert>,
      <ShellAlert>x</ShellAlert>,
    ],
  ])('%s', (_name, mantine, shell) => {
    expect(markup(shell)).toBe(markup(mantine));
  });
});
