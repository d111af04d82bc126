import { randomUUID } from 'node:crypto';
import { hashSecret, newSecret } from '../../../../src/core/auth/credential-secret.js';
import { AppConfig } from '../../../../src/core/config/app-config.js';
import { type Person } from '../../../factories/organization.factory.js';
import { allowed, refused, signedOut, type Matrix } from '../case.js';
import { type Stage } from '../stage.js';

const SEND = `mutation { sendEmailConfirmation }`;
const CONFIRM = `mutation ($input: ConfirmEmailInput!) { confirmEmail(input: $input) }`;
const BY_ADMIN = `mutation ($input: ConfirmAccountEmailInput!) { confirmAccountEmail(input: $input) }`;
const RECEIVED = `{ receivedInvitations { id organizationName role } }`;
const ACCEPT_RECEIVED = `mutation ($input: AcceptReceivedInvitationInput!) { acceptReceivedInvitation(input: $input) { role } }`;

const isTrue = (value: unknown) => expect(value).toBe(true);
const byAdmin = (email: string) => ({ query: BY_ADMIN, variables: { input: { email } } });

/** A live confirmation link for the person, as the e-mail would carry it (this API sends no mail). */
async function confirmationTokenFor(s: Stage, person: Person): Promise<string> {
  const secret = newSecret('emailConfirmation');
  await s.t.db.query(
    `INSERT INTO email_confirmations (user_id, email, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`,
    [person.userId, person.email, hashSecret(s.t.api.app.get(AppConfig).sessionSecret, secret)],
  );
  return secret;
}

async function confirmedPerson(s: Stage): Promise<Person> {
  const person = await s.newPerson();
  await s.person('platformAdmin').client.ok(BY_ADMIN, byAdmin(person.email).variables);
  return person;
}

/** E-mail ownership: proved by a link, an invitation link or a platform admin; trusted by received invitations. */
export const emailConfirmationCases: Matrix = {
  'Mutation.sendEmailConfirmation': {
    allowed: [
      allowed(
        'stranger',
        'an account whose address is already confirmed is told so',
        async (s) => {
          const person = await confirmedPerson(s);
          return { query: SEND, by: s.sessionOf(person) };
        },
        isTrue,
      ),
    ],
    refused: [
      signedOut({ query: SEND }),
      refused(
        'stranger',
        'without mail configured, an unconfirmed address cannot get a link',
        'CONFLICT',
        async (s) => ({
          query: SEND,
          by: s.sessionOf(await s.newPerson()),
        }),
      ),
    ],
  },
  'Mutation.confirmEmail': {
    allowed: [
      allowed(
        'anonymous',
        'whoever holds the e-mailed link',
        async (s) => {
          const token = await confirmationTokenFor(s, await s.newPerson());
          return { query: CONFIRM, variables: { input: { token } } };
        },
        isTrue,
      ),
    ],
    refused: [
      refused('anonymous', 'a made-up link', 'BAD_USER_INPUT', {
        query: CONFIRM,
        variables: { input: { token: 'ecwe_made-up' } },
      }),
    ],
  },
  'Mutation.confirmAccountEmail': {
    allowed: [
      allowed(
        'platformAdmin',
        'a platform admin vouches for an address',
        async (s) => byAdmin((await s.newPerson()).email),
        isTrue,
      ),
    ],
    refused: [
      refused('owner', 'anyone else may not', 'FORBIDDEN', (s) => byAdmin(s.person('stranger').email)),
      refused('platformAdmin', 'an unknown address', 'NOT_FOUND', () =>
        byAdmin(`nobody-${randomUUID()}@example.org`),
      ),
      signedOut(byAdmin('someone@example.org')),
    ],
  },
  'Query.receivedInvitations': {
    allowed: [
      allowed(
        'stranger',
        'an account lists the invitations sent to its address',
        async (s) => {
          const person = await s.newPerson();
          const organization = await s.organization();
          await s.invite(organization.id, person.email, 'VIEWER');
          return { query: RECEIVED, by: s.sessionOf(person) };
        },
        (v) => expect(v).toEqual([expect.objectContaining({ role: 'VIEWER' })]),
      ),
    ],
    refused: [
      signedOut({ query: RECEIVED }),
      refused(
        'stranger',
        'others’ invitations are not listed',
        { quietly: (v) => expect(v).toEqual([]) },
        async (s) => {
          await s.invite((await s.organization()).id, `someone-${randomUUID()}@example.org`);
          return { query: RECEIVED };
        },
      ),
    ],
  },
  'Mutation.acceptReceivedInvitation': {
    allowed: [
      allowed(
        'stranger',
        'an account with a confirmed address accepts one sent to it',
        async (s) => {
          const person = await confirmedPerson(s);
          const invitation = await s.invite((await s.organization()).id, person.email, 'VIEWER');
          return {
            query: ACCEPT_RECEIVED,
            variables: { input: { id: invitation.id } },
            by: s.sessionOf(person),
          };
        },
        (v) => expect(v).toEqual({ role: 'VIEWER' }),
      ),
    ],
    refused: [
      refused('stranger', 'an unconfirmed address may not', 'FORBIDDEN', async (s) => {
        const person = await s.newPerson();
        const invitation = await s.invite((await s.organization()).id, person.email);
        return {
          query: ACCEPT_RECEIVED,
          variables: { input: { id: invitation.id } },
          by: s.sessionOf(person),
        };
      }),
      refused('stranger', 'an invitation for another address does not exist', 'NOT_FOUND', async (s) => {
        const person = await confirmedPerson(s);
        const invitation = await s.invite((await s.organization()).id, `someone-${randomUUID()}@example.org`);
        return {
          query: ACCEPT_RECEIVED,
          variables: { input: { id: invitation.id } },
          by: s.sessionOf(person),
        };
      }),
      signedOut({ query: ACCEPT_RECEIVED, variables: { input: { id: randomUUID() } } }),
    ],
  },
};
