import { type Client, CloseCode, createClient } from 'graphql-ws';
import { graphqlSocketUrl } from './socket-url';

interface SocketHandlers {
  /** The socket is back after a drop: whatever was published meanwhile is lost. */
  onReconnected: () => void;
  /** The server ended this session's sockets (signed out elsewhere, session revoked, password changed). */
  onAccessRevoked: () => void;
}

const MAX_RETRY_DELAY_MS = 30_000;

function wait(retries: number): Promise<void> {
  // Exponential backoff with jitter, capped, so that after a long outage the app
  // reconnects within half a minute, and thousands of clients do not return in step.
  const delay = Math.min(1_000 * 2 ** retries, MAX_RETRY_DELAY_MS) + Math.random() * 1_000;
  return new Promise((resolve) => setTimeout(resolve, delay));
}

function isAccessRevoked(event: unknown): boolean {
  return (
    typeof event === 'object' && event !== null && 'code' in event && event.code === CloseCode.Unauthorized
  );
}

/** The graphql-ws client for subscriptions, on /graphql of the page's own origin. */
export function createGraphqlSocket({ onReconnected, onAccessRevoked }: SocketHandlers): Client {
  let hasConnectedBefore = false;
  return createClient({
    url: graphqlSocketUrl(window.location),
    // Opened by the first subscription and closed after the last, so a signed-out page
    // holds no socket and a new sign-in opens one carrying the new session cookie.
    lazy: true,
    retryAttempts: Infinity,
    retryWait: wait,
    // graphql-ws still gives up on fatal codes (such as 4401) before asking this.
    shouldRetry: () => true,
    on: {
      connected: () => {
        if (hasConnectedBefore) onReconnected();
        hasConnectedBefore = true;
      },
      closed: (event) => {
        if (isAccessRevoked(event)) onAccessRevoked();
      },
    },
  });
}
