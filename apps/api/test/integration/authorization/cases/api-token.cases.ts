import { randomUUID } from 'node:crypto';
import { allowed, refused, signedOut, type Matrix } from '../case.js';

const API_TOKENS = `{ apiTokens { id } }`;
const CREATE = `mutation ($name: String!) { createApiToken(name: $name) { apiToken { name } secret } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiToken(id: $id) }`;

const create = { query: CREATE, variables: { name: 'ci' } };

/** API tokens: made and revoked by their owner's browser session, never by another token. */
export const apiTokenCases: Matrix = {
  'Query.apiTokens': {
    allowed: [
      allowed('stranger', 'an account lists its own', { query: API_TOKENS }, (v) =>
        expect(Array.isArray(v)).toBe(true),
      ),
    ],
    refused: [signedOut({ query: API_TOKENS })],
  },
  'Mutation.createApiToken': {
    allowed: [
      allowed('stranger', 'a browser session creates one, shown once', create, (v) =>
        expect(v).toEqual({ apiToken: { name: 'ci' }, secret: expect.stringMatching(/^ecwt_/) }),
      ),
    ],
    refused: [signedOut(create), refused('apiToken', 'a token cannot mint more tokens', 'FORBIDDEN', create)],
  },
  'Mutation.revokeApiToken': {
    allowed: [
      {
        as: 'stranger',
        name: 'an account revokes its own, which stops working',
        arrange: async (s) => {
          const token = await s.apiTokenOf(s.person('stranger'));
          return {
            query: REVOKE,
            variables: { id: token.id },
            expect: async (revoked) => {
              expect(revoked).toBe(true);
              expect(
                (await s.t.client().withToken(token.secret).gql(`{ me { email } }`)).data?.['me'],
              ).toBeNull();
            },
          };
        },
      },
    ],
    refused: [
      refused('stranger', 'another account’s token is not found', 'NOT_FOUND', async (s) => ({
        query: REVOKE,
        variables: { id: (await s.apiTokenOf(s.person('owner'))).id },
      })),
      signedOut({ query: REVOKE, variables: { id: randomUUID() } }),
      refused('apiToken', 'a token never manages tokens', 'FORBIDDEN', async (s) => ({
        query: REVOKE,
        variables: { id: (await s.apiTokenOf(s.person('member'))).id },
      })),
    ],
  },
};
