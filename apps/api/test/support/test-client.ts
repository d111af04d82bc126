import { type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';

export interface GqlResult<T = Record<string, unknown>> extends FormattedExecutionResult<T> {
  status: number;
}

/**
 * A GraphQL client over real HTTP that keeps the session cookie like a browser would
 * (same origin), or sends a bearer token like a script.
 */
export class TestClient {
  /** The app's cookies this browser keeps (session, device), by name. */
  private readonly cookies = new Map<string, string>();

  /**
   * `from`: the client address this browser appears to come from, sent as X-Forwarded-For (the
   * API must run with TRUST_PROXY for it to count).
   */
  constructor(
    readonly baseUrl: string,
    private readonly bearer: string | null = null,
    private readonly from: string | null = null,
  ) {}

  withToken(secret: string): TestClient {
    return new TestClient(this.baseUrl, secret, this.from);
  }

  get sessionCookie(): string | null {
    return [...this.cookies.entries()].find(([name]) => name.endsWith('ecw_session'))?.[1] ?? null;
  }

  private get cookieHeader(): string | null {
    return this.cookies.size > 0 ? [...this.cookies.values()].join('; ') : null;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: this.baseUrl,
        ...(this.cookieHeader ? { cookie: this.cookieHeader } : {}),
        ...(this.from ? { 'x-forwarded-for': this.from } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    this.keepCookie(response.headers.getSetCookie());
    const body = (await response.json()) as FormattedExecutionResult<T>;
    return { ...body, status: response.status };
  }

  /** Like gql, but fails the test when the result has errors. */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  private keepCookie(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair] = header.split(';');
      const name = pair?.split('=')[0]?.trim();
      if (!pair || !name?.includes('ecw_')) continue;
      const expired = /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(header);
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair);
    }
  }
}

export function errorCodes(errors: readonly GraphQLFormattedError[] | undefined): unknown[] {
  return (errors ?? []).map((e) => e.extensions?.['code']);
}
