import { Anchor, Box, Button, Container, Group } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SignOutButton } from '../../features/auth/components/SignOutButton';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import type { Viewer } from '../../viewer/hooks/useViewer';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';

export function AppHeader({ viewer }: { viewer: Viewer | null }) {
  const { t } = useTranslation();
  return (
    <Box component="header" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="lg" py="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="xl" wrap="wrap">
            <Anchor
              component={Link}
              to="/"
              fw={700}
              size="lg"
              c="var(--mantine-color-text)"
              underline="never"
            >
              {t('common.appName')}
            </Anchor>
            {viewer && <MainNav />}
          </Group>
          <Group gap="sm" wrap="wrap">
            <LanguageSwitcher />
            {viewer ? (
              <>
                {/* The bell's catalogue loads on its own; the rest of the header does not wait. */}
                <Suspense fallback={null}>
                  <NotificationBell />
                </Suspense>
                <SignOutButton />
              </>
            ) : (
              <>
                <Button component={Link} to="/sign-in" variant="default">
                  {t('common.nav.signIn')}
                </Button>
                <Button component={Link} to="/sign-up">
                  {t('common.nav.signUp')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
