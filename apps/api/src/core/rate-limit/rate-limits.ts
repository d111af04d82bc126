import { Injectable } from '@nestjs/common';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { type Redis } from 'ioredis';
import { rateLimited } from '../errors/domain.exception.js';

interface Budget {
  points: number;
  durationSeconds: number;
}

/**
 * Budgets per purpose. Failed sign-ins are counted per account + client address and per address (an
 * attacker elsewhere cannot lock the owner out), per trusted browser (a device cookie, so the owner
 * keeps signing in even from an attacked address), and per account over a longer window, which only
 * slows answers down (SIGN_IN_SLOWDOWN), never refuses. The per-address budgets for normal use are
 * generous because a whole office may share one address.
 */
export const BUDGETS = {
  signInFailuresByAccountAndAddress: { points: 10, durationSeconds: 15 * 60 },
  signInFailuresByAddress: { points: 30, durationSeconds: 15 * 60 },
  signInFailuresByDevice: { points: 10, durationSeconds: 15 * 60 },
  /** Never refuses (far more points than anyone can spend): its count sets the sign-in slowdown. */
  signInFailuresByAccount: { points: 1_000_000, durationSeconds: 60 * 60 },
  signUpByAddress: { points: 100, durationSeconds: 60 * 60 },
  tokenUseByAddress: { points: 6000, durationSeconds: 60 },
  passwordResetByAccount: { points: 5, durationSeconds: 60 * 60 },
  passwordResetByAddress: { points: 50, durationSeconds: 60 * 60 },
  secondFactorFailuresByAccount: { points: 10, durationSeconds: 15 * 60 },
  invitationLookupByAddress: { points: 300, durationSeconds: 60 * 60 },
  emailConfirmationByAccount: { points: 5, durationSeconds: 60 * 60 },
  /** "Someone tried to sign up with your address" mails: sign-up must not become a way to flood an inbox. */
  signUpNoticesByAccount: { points: 3, durationSeconds: 60 * 60 },
  /** Invitations send e-mail to any address: a spammer's budget must be small, an unverified organisation's smaller. */
  invitationsByInviter: { points: 300, durationSeconds: 60 * 60 },
  invitationsByVerifiedOrganization: { points: 200, durationSeconds: 24 * 60 * 60 },
  invitationsByUnverifiedOrganization: { points: 20, durationSeconds: 24 * 60 * 60 },
} satisfies Record<string, Budget>;

/** Failed sign-ins of an account (any address) beyond which each answer is delayed, up to a cap. */
export const SIGN_IN_SLOWDOWN = { freeFailures: 10, delayPerFailureMs: 250, maxDelayMs: 5_000 };

export type RateLimitName = keyof typeof BUDGETS;

/**
 * Rate limits backed by Redis when REDIS_URL is set (so they hold across instances), else memory.
 * During a Redis outage they fall back to per-instance memory limiters (degraded, not failing).
 */
@Injectable()
export class RateLimits {
  private readonly limiters: Record<RateLimitName, RateLimiterAbstract>;

  constructor(redis: Redis | null) {
    this.limiters = Object.fromEntries(
      Object.entries(BUDGETS).map(([name, budget]) => {
        const options = { keyPrefix: `rl:${name}`, points: budget.points, duration: budget.durationSeconds };
        if (!redis) return [name, new RateLimiterMemory(options)];
        // While Redis is down, each instance counts on its own instead of failing the operation.
        const insuranceLimiter = new RateLimiterMemory(options);
        return [
          name,
          new RateLimiterRedis({
            ...options,
            storeClient: redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter,
          }),
        ];
      }),
    ) as unknown as Record<RateLimitName, RateLimiterAbstract>;
  }

  /** Throws RATE_LIMITED when the budget is already spent, without spending from it. */
  async assertAvailable(name: RateLimitName, key: string): Promise<void> {
    const state = await this.limiters[name].get(key);
    if (state && state.consumedPoints >= BUDGETS[name].points) throw rateLimited(secondsUntil(state));
  }

  /** Spends one point; throws RATE_LIMITED when that goes over the budget. */
  async consume(name: RateLimitName, key: string): Promise<void> {
    try {
      await this.limiters[name].consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(secondsUntil(error));
      throw error;
    }
  }

  /** Spends one point; false (nothing thrown) when that goes over the budget. */
  async tryConsume(name: RateLimitName, key: string): Promise<boolean> {
    try {
      await this.limiters[name].consume(key);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  }

  /** Gives back one point spent by `consume` (the attempt it guarded turned out to be legitimate). */
  async refund(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].reward(key, 1);
  }

  /** Points spent in the current window. */
  async spent(name: RateLimitName, key: string): Promise<number> {
    return (await this.limiters[name].get(key))?.consumedPoints ?? 0;
  }

  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }
}

function secondsUntil(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}
