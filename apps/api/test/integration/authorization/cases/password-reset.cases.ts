import { randomUUID } from 'node:crypto';
import { BUDGETS } from '../../../../src/core/rate-limit/rate-limits.js';
import { allowed, refused, signedOut, type Matrix } from '../case.js';
import { present, type Stage } from '../stage.js';

const REQUEST = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const CREATE_LINK = `mutation ($input: CreatePasswordResetLinkInput!) { createPasswordResetLink(input: $input) }`;

const unknownAddress = () => `nobody-${randomUUID()}@example.org`;
const request = (email: string) => ({ query: REQUEST, variables: { input: { email } } });
const linkFor = (s: Stage) => ({
  query: CREATE_LINK,
  variables: { input: { email: s.person('stranger').email } },
});
const isTrue = (value: unknown) => expect(value).toBe(true);

/**
 * Password resets. Asking is public and answers the same whether or not the address has an
 * account (whether a link is e-mailed shows only with mail configured: the accounts tests cover it).
 */
export const passwordResetCases: Matrix = {
  'Mutation.requestPasswordReset': {
    allowed: [
      allowed(
        'anonymous',
        'anyone may ask for an existing account',
        (s) => request(s.person('stranger').email),
        isTrue,
      ),
      allowed(
        'anonymous',
        'an unknown address gets the same answer',
        () => request(unknownAddress()),
        isTrue,
      ),
    ],
    refused: [
      refused('anonymous', 'not endlessly for one address', 'RATE_LIMITED', async (s) => {
        const email = unknownAddress();
        for (let i = 0; i < BUDGETS.passwordResetByAccount.points; i++)
          await s.t.client().ok(REQUEST, request(email).variables);
        return request(email);
      }),
    ],
  },
  'Mutation.resetPassword': {
    allowed: [
      allowed(
        'anonymous',
        'the holder of a live reset link',
        async (s) => {
          const person = await s.newPerson();
          const token = await resetTokenFor(s, person.email);
          return {
            query: RESET,
            variables: { input: { token, newPassword: `a reset passphrase ${person.userId}` } },
          };
        },
        isTrue,
      ),
    ],
    refused: [
      refused('anonymous', 'a made-up token', 'BAD_USER_INPUT', {
        query: RESET,
        variables: { input: { token: 'ecwr_made-up', newPassword: 'a perfectly fine passphrase' } },
      }),
    ],
  },
  'Mutation.createPasswordResetLink': {
    allowed: [
      allowed('platformAdmin', 'a platform admin makes one to hand over', linkFor, (v) =>
        expect(v).toMatch(/#token=ecwr_/),
      ),
    ],
    refused: [
      refused('owner', 'an organisation OWNER is not a platform admin', 'FORBIDDEN', linkFor),
      signedOut(linkFor),
    ],
  },
};

async function resetTokenFor(s: Stage, email: string): Promise<string> {
  const admin = s.person('platformAdmin').client;
  const { createPasswordResetLink: link } = await admin.ok<{ createPasswordResetLink: string }>(CREATE_LINK, {
    input: { email },
  });
  const fragment = new URLSearchParams(new URL(link, s.t.url).hash.slice(1));
  return present(fragment.get('token'), 'a token in the reset link’s fragment');
}
