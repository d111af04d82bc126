import { Secret, TOTP } from 'otpauth';

/**
 * What a phone's authenticator app does, for tests: codes from the secret the API returned.
 * Tests use the current step and the next one only (a code for step+1 is valid now thanks to the
 * drift window), so they pass whatever the clock does during a run.
 */
export class Authenticator {
  private readonly totp: TOTP;

  constructor(secret: string) {
    this.totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  }

  /** The current 30-second step. */
  step(): number {
    return this.totp.counter();
  }

  codeAt(step: number): string {
    return this.totp.generate({ timestamp: step * 30_000 + 1 });
  }

  /** A six-digit code that is not valid at any step near now. */
  wrongCode(): string {
    const valid = new Set([-1, 0, 1].map((offset) => this.codeAt(this.step() + offset)));
    for (let n = 0; ; n++) {
      const candidate = String(n).padStart(6, '0');
      if (!valid.has(candidate)) return candidate;
    }
  }
}
