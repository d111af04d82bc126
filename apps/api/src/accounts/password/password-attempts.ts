import { Injectable } from '@nestjs/common';
import { type RequestContext } from '../../core/context/request-context.js';
import { AppConfig } from '../../core/config/app-config.js';
import { RateLimits, SIGN_IN_SLOWDOWN, type RateLimitName } from '../../core/rate-limit/rate-limits.js';
import { trustedDeviceOf } from '../sessions/device-cookie.js';

/** One admitted guess at a password: say how it ended so the budgets keep only failures. */
export interface PasswordAttempt {
  /** The password was right: the points this attempt spent are given back. */
  passed(): Promise<void>;
  /** The password was wrong: the points stay spent, and the account's slowdown grows. */
  failed(): Promise<void>;
}

/**
 * The budgets every password check spends from (sign-in, changing the password, turning two-factor
 * off). Points are spent BEFORE the password is verified, atomically (in Redis when set), so
 * concurrent guesses cannot slip past a budget; a passed attempt gets its points back. A browser
 * with this account's device cookie spends from its own budget instead of the client address's, so
 * an attacker cannot lock the owner out; the account-wide count only slows answers down.
 */
@Injectable()
export class PasswordAttempts {
  constructor(
    private readonly limits: RateLimits,
    private readonly config: AppConfig,
  ) {}

  async admit(email: string, ctx: Pick<RequestContext, 'ip' | 'res'>): Promise<PasswordAttempt> {
    const accountKey = email.trim().toLowerCase();
    const device = trustedDeviceOf(
      ctx.res?.req.headers.cookie,
      this.config.secureCookies,
      this.config.sessionSecret,
      accountKey,
    );
    const budgets: [RateLimitName, string][] = device
      ? [['signInFailuresByDevice', device]]
      : [
          ['signInFailuresByAccountAndAddress', `${accountKey}|${ctx.ip}`],
          ['signInFailuresByAddress', ctx.ip],
        ];
    for (const [name, key] of budgets) await this.limits.consume(name, key);
    await this.slowDown(accountKey);
    return {
      passed: async () => {
        await Promise.all(budgets.map(([name, key]) => this.limits.refund(name, key)));
      },
      failed: () => this.limits.consume('signInFailuresByAccount', accountKey),
    };
  }

  /** An account under attack from many addresses answers more slowly, for everyone, but never refuses. */
  private async slowDown(accountKey: string): Promise<void> {
    const failures = await this.limits.spent('signInFailuresByAccount', accountKey);
    const excess = failures - SIGN_IN_SLOWDOWN.freeFailures;
    if (excess <= 0) return;
    const delay = Math.min(SIGN_IN_SLOWDOWN.maxDelayMs, excess * SIGN_IN_SLOWDOWN.delayPerFailureMs);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
