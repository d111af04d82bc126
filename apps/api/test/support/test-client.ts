import { type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';

export interface GqlResult<T = Record<string, unknown>> extends FormattedExecutionResult<T> {
  status: number;
}

/**
 * A GraphQL client over real HTTP that keeps the session cookie like a browser would
 * (same origin), or sends a bearer token like a script.
 */
export class TestClient {
  private cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly bearer: string | null = null,
  ) {}

  withToken(secret: string): TestClient {
    return new TestClient(this.baseUrl, secret);
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: this.baseUrl,
        ...(this.cookie ? { cookie: this.cookie } : {}),
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
      if (!pair?.includes('ecw_session')) continue;
      const expired = /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(header);
      this.cookie = expired ? null : pair;
    }
  }
}

export function errorCodes(errors: readonly GraphQLFormattedError[] | undefined): unknown[] {
  return (errors ?? []).map((e) => e.extensions?.['code']);
}
