/** Who is asking: resolved once per HTTP request or WebSocket connection from a session or API token. */
export interface Viewer {
  userId: string;
  /** Set when the credential is a browser session cookie. */
  sessionId: string | null;
  /** Set when the credential is an API token. */
  apiTokenId: string | null;
  /** A read-only API token: queries and subscriptions only. */
  readOnly: boolean;
  isPlatformAdmin: boolean;
  locale: string;
  timeZone: string;
}

export type CredentialKind = 'session' | 'apiToken';

export interface Credential {
  kind: CredentialKind;
  secret: string;
}

/**
 * Implemented by the accounts feature: turns a credential into a viewer, and re-checks a viewer
 * (a revoked session or token stops working at once, even on an open socket).
 */
export interface ViewerResolver {
  resolve(credential: Credential, meta: { userAgent: string | null; ip: string }): Promise<Viewer | null>;
  isStillValid(viewer: Viewer): Promise<boolean>;
  /** `isStillValid` of many viewers at once, in order: a statement per kind of credential, not per viewer. */
  stillValid(viewers: readonly Viewer[]): Promise<boolean[]>;
  /** The viewer behind the same credential as of now (role changes included), or null once it no longer works. */
  refresh(viewer: Viewer): Promise<Viewer | null>;
}

export const VIEWER_RESOLVER = Symbol('VIEWER_RESOLVER');
