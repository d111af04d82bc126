import { Box, Container } from '@mantine/core';
import { Suspense, useRef } from 'react';
import { Outlet } from 'react-router';
import { useProfileLocale } from '../../features/account/hooks/useProfileLocale';
import { PageLoader } from '../../ui/PageLoader';
import { useViewer } from '../../viewer/hooks/useViewer';
import { AppHeader } from './AppHeader';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useFocusMainOnNavigation } from './useFocusMainOnNavigation';

export function AppLayout() {
  const { viewer } = useViewer();
  const main = useRef<HTMLElement>(null);
  useProfileLocale(viewer);
  useFocusMainOnNavigation(main);

  return (
    <>
      <SkipLink />
      <AppHeader viewer={viewer} />
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} ref={main}>
        <Container size="lg" py="lg">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </Box>
    </>
  );
}
