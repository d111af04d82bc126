import { type TestClient } from '../../../support/test-client.js';

/** The account operations the tests call, written once. */
export const ME = `{ me { email isPlatformAdmin mfaEnabled locale timeZone user { id displayName } } }`;
export const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email mfaEnabled } } }`;
export const SIGN_OUT = `mutation { signOut }`;
export const START_TOTP = `mutation { startTotpEnrollment { secret otpauthUri } }`;
export const CONFIRM_TOTP = `mutation ($input: ConfirmTotpInput!) { confirmTotpEnrollment(input: $input) { codes } }`;
export const DISABLE_TOTP = `mutation ($input: DisableTotpInput!) { disableTotp(input: $input) { mfaEnabled } }`;
export const CREATE_TOKEN = `mutation ($name: String!) { createApiToken(name: $name) { secret apiToken { id name createdAt lastUsedAt } } }`;
export const API_TOKENS = `{ apiTokens { id name createdAt lastUsedAt } }`;
export const REVOKE_TOKEN = `mutation ($id: ID!) { revokeApiToken(id: $id) }`;
export const SESSIONS = `{ sessions { id createdAt lastSeenAt expiresAt userAgent current } }`;
export const REVOKE_SESSION = `mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) }`;
export const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
export const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { email locale timeZone user { displayName } } }`;
export const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
export const RESET_PASSWORD = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
export const CREATE_RESET_LINK = `mutation ($input: CreatePasswordResetLinkInput!) { createPasswordResetLink(input: $input) }`;

export interface SignInFields {
  email: string;
  password: string;
  totpCode?: string;
  recoveryCode?: string;
}

/** Signs the client in (it keeps the cookie); fails the test on any error. */
export async function signIn(client: TestClient, fields: SignInFields): Promise<void> {
  await client.ok(SIGN_IN, { input: fields });
}

/** A new API token of the client's account. */
export async function createToken(
  client: TestClient,
  name = 'script',
): Promise<{ id: string; secret: string }> {
  const data = await client.ok<{ createApiToken: { secret: string; apiToken: { id: string } } }>(
    CREATE_TOKEN,
    { name },
  );
  return { id: data.createApiToken.apiToken.id, secret: data.createApiToken.secret };
}

/** Starts and confirms TOTP with the code `codeAt` computes from the new secret; returns it and the recovery codes. */
export async function enableTotp(
  client: TestClient,
  codeAt: (secret: string) => string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await client.ok<{ startTotpEnrollment: { secret: string } }>(START_TOTP);
  const { secret } = started.startTotpEnrollment;
  const confirmed = await client.ok<{ confirmTotpEnrollment: { codes: string[] } }>(CONFIRM_TOTP, {
    input: { code: codeAt(secret) },
  });
  return { secret, recoveryCodes: confirmed.confirmTotpEnrollment.codes };
}

export function fieldsOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  const fieldErrors = (errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[];
  return fieldErrors.map((e) => e.field);
}
