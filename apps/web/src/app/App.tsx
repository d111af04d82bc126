import { ApolloProvider } from '@apollo/client/react';
import { Center, DirectionProvider, Loader, MantineProvider } from '@mantine/core';
import { Suspense } from 'react';
import { apolloClient } from '../apollo/apollo-client';
import { SudoProvider } from '../sudo/SudoProvider';
import { AppRoutes } from './router';
import { cssVariablesResolver, theme } from './theme';

function documentDirection(): 'ltr' | 'rtl' {
  return document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
}

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <DirectionProvider initialDirection={documentDirection()}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
          {/* Until the first catalogue arrives there are no words to show, only a spinner. */}
          <Suspense
            fallback={
              <Center h="100vh">
                <Loader />
              </Center>
            }
          >
            <SudoProvider>
              <AppRoutes />
            </SudoProvider>
          </Suspense>
        </MantineProvider>
      </DirectionProvider>
    </ApolloProvider>
  );
}
