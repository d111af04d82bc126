import { allowed, refused, signedOut, type Matrix } from '../case.js';

const REAUTHENTICATE = `mutation ($input: ReauthenticateInput!) { reauthenticate(input: $input) }`;
const reauthenticate = (password: string) => ({ query: REAUTHENTICATE, variables: { input: { password } } });

/** Sudo mode: only the account's own browser session re-enters its password. */
export const sudoCases: Matrix = {
  'Mutation.reauthenticate': {
    allowed: [
      allowed(
        'stranger',
        'a browser session re-enters its password',
        (s) => reauthenticate(s.person('stranger').password),
        (v) => expect(v).toBe(true),
      ),
    ],
    refused: [
      signedOut(reauthenticate('x'.repeat(12))),
      refused('apiToken', 'a token has no session to open sudo mode in', 'FORBIDDEN', (s) =>
        reauthenticate(s.person('member').password),
      ),
    ],
  },
};
