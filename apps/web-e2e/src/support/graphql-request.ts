import { type APIRequestContext } from 'playwright-core';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * A GraphQL call made with a browser context's own cookie jar (Playwright's `context.request`), so a
 * test can prepare data through the API as the person the browser is signed in as.
 */
export async function graphqlAs<T>(
  request: APIRequestContext,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post(new URL('/graphql', baseUrl).toString(), {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (answer.errors || !answer.data) {
    throw new Error(`the API refused a setup step: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}
