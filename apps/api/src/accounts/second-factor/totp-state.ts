import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** What the server keeps about an account's authenticator. */
export interface TotpState {
  /** base32 */
  secret: string;
  /** The last time step a code was accepted for; codes of that step or earlier are refused. */
  lastStep: number | null;
}

const FORMAT = 'v1';
const IV_BYTES = 12;

/**
 * Unlike passwords and tokens, a TOTP secret must be readable by the server, so it cannot be
 * hashed. It is sealed with AES-256-GCM under a key derived from SESSION_SECRET instead: a stolen
 * database alone gives away no second factor. The account id is authenticated data, so a sealed
 * state copied into another account's row does not open. The last accepted step is sealed with the
 * secret so that one conditional UPDATE on the sealed value makes "accept this code" atomic.
 */
export class TotpStateSeal {
  private readonly key: Buffer;

  constructor(sessionSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', sessionSecret, 'election-workspace', 'totp-state/v1', 32));
  }

  seal(userId: string, state: TotpState): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(userId));
    const body = Buffer.concat([cipher.update(JSON.stringify(state), 'utf8'), cipher.final()]);
    const parts = [iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url'));
    return [FORMAT, ...parts].join('.');
  }

  /** The state, or null when the value was not sealed for this account with this key. */
  open(userId: string, sealed: string): TotpState | null {
    const [format, iv, body, tag] = sealed.split('.');
    if (format !== FORMAT || !iv || !body || !tag) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(userId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const json = Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
      return toTotpState(JSON.parse(json));
    } catch {
      return null;
    }
  }
}

function toTotpState(value: unknown): TotpState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { secret, lastStep } = value as Record<string, unknown>;
  if (typeof secret !== 'string' || !(lastStep === null || Number.isInteger(lastStep))) return null;
  return { secret, lastStep: lastStep as number | null };
}
