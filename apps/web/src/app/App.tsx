import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { apolloClient } from '../apollo/apollo-client';
import { useShellLanguage } from '../i18n/useShellText';
import { ShellLoader } from '../shell/ShellLoader';
import { AppLayout } from './layout/AppLayout';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

export function App() {
  // Until the first catalogue arrives there are no words to show, only a spinner.
  if (!useShellLanguage()) return <ShellLoader fill="window" />;
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <ScreenErrorBoundary>
          <AppLayout />
        </ScreenErrorBoundary>
      </BrowserRouter>
    </ApolloProvider>
  );
}
