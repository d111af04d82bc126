/* global window */
// Baseline for the web bundle row: the least an app on this stack ships. React renders one query
// result and one subscription; Apollo Client sends queries over HTTP and subscriptions over
// graphql-ws, split the way apps/web splits them. Nothing else.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { ApolloProvider, useQuery, useSubscription } from '@apollo/client/react';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

const socket = createClient({
  url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
  lazy: true,
});

const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(socket),
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  ),
});

const ME = gql`
  query Me {
    me {
      user {
        id
        displayName
      }
    }
  }
`;

const NOTIFICATION_ADDED = gql`
  subscription NotificationAdded {
    notificationAdded {
      id
      message
    }
  }
`;

function Home() {
  const { data, loading } = useQuery(ME);
  const { data: live } = useSubscription(NOTIFICATION_ADDED);
  if (loading) return <p>Loading…</p>;
  return (
    <main>
      <h1>{data?.me?.user.displayName ?? 'Signed out'}</h1>
      {live && <p role="status">{live.notificationAdded.message}</p>}
    </main>
  );
}

createRoot(window.document.getElementById('root')).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <Home />
    </ApolloProvider>
  </StrictMode>,
);
