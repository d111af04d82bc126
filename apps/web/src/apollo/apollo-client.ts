import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { readerLanguage } from '../i18n/reader-language';
import { shellLanguage } from '../i18n/shell-language';
import { createCache } from './cache';
import { createGraphqlSocket } from './graphql-socket';
import { createLanguageLink } from './language-link';

// The session is an httpOnly cookie: the browser attaches it to same-origin requests
// and to the WebSocket handshake, so no token is ever handled in script.
const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

/**
 * Reads again every query on screen. After a reconnect, events published while the socket
 * was down are gone (pub/sub is at-most-once) and the database is the truth; after the
 * server revoked the session, the queries come back signed out and the screens follow.
 * A failed refetch shows up in that query's own error state, so nothing is done with it here.
 */
function refetchActiveQueries(): void {
  apolloClient.refetchQueries({ include: 'active' }).catch(() => undefined);
}

const socket = createGraphqlSocket({
  onReconnected: refetchActiveQueries,
  onAccessRevoked: refetchActiveQueries,
});

const transport = ApolloLink.split(
  ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
  new GraphQLWsLink(socket),
  httpLink,
);

export const apolloClient: ApolloClient = new ApolloClient({
  cache: createCache(),
  link: ApolloLink.from([
    createLanguageLink(() => shellLanguage.get()?.language ?? readerLanguage()),
    transport,
  ]),
});
