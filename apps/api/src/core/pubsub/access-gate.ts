import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Logger } from 'pino';
import { VIEWER_RESOLVER, type Viewer, type ViewerResolver } from '../auth/viewer.js';
import { LOGGER } from '../logging/logger-token.js';
import { unauthenticated, notFound } from '../errors/domain.exception.js';
import { type AccessResource } from '../policy/access-changed.js';
import { authorizedIterator, sharedCachedCheck } from './authorized-iterator.js';
import { EventBus } from './event-bus.js';
import { EVERY_SCOPE } from './topics.js';

/** How long an answer is trusted: a revoked credential, or access lost without an event, stops deliveries within this. */
const RECHECK_AFTER_MS = 2_000;
/** Pause before listening again after the bus failed, so a broken connection does not spin. */
const RETRY_DELAY_MS = 1_000;

export interface AuthorizedSubscriptionArgs<T> {
  viewer: Viewer;
  /** The bus stream, e.g. `bus.subscribe('organization:members', organizationId)`. */
  stream: AsyncIterableIterator<T>;
  /** What each event concerns (fixed, or read from the event); absent when only the credential matters. */
  resource?: AccessResource | ((event: T) => AccessResource);
  /** The policy for that resource, e.g. `(r) => access.allows(viewer, 'members.read', r)`. */
  check?: (resource: AccessResource) => Promise<boolean>;
  /**
   * Names what `check` asks (e.g. 'members.read'). When set, its answers are shared by every
   * subscription of the same credential asking it: a thousand tabs of one session cost one check per
   * resource per 2 s instead of a thousand.
   */
  checkName?: string;
}

interface SharedAnswer {
  until: number;
  answer: Promise<boolean>;
}

/**
 * Subscriptions that follow access. Before each delivery: the credential is still valid (shared
 * per credential, ≤ 2 s old) AND the policy still allows the event's resource (per subscription and
 * resource, ≤ 2 s old, all forgotten at once when `access:changed` names that user). When either
 * fails, the stream ends. The first check runs on subscribe: NOT_FOUND when the resource is not
 * allowed (it may not even exist, for this viewer), UNAUTHENTICATED when the credential is gone.
 */
@Injectable()
export class AccessGate implements OnApplicationBootstrap, OnModuleDestroy {
  /** Per user: the caches of their open subscriptions, to forget an answer when their access changes. */
  private readonly caches = new Map<string, Set<Map<string, Promise<boolean>>>>();
  /** Per user: answers shared by subscriptions (`credential|checkName|kind:id`), see `checkName`. */
  private readonly shared = new Map<string, Map<string, SharedAnswer>>();
  private lastSweep = 0;
  private events: AsyncIterableIterator<unknown> | null = null;
  private listening: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly bus: EventBus,
    private readonly modules: ModuleRef,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async authorizedSubscription<T>(args: AuthorizedSubscriptionArgs<T>): Promise<AsyncIterableIterator<T>> {
    const { viewer, stream, resource, check, checkName } = args;
    const viewers = this.modules.get<ViewerResolver>(VIEWER_RESOLVER, { strict: false });
    const credential = viewer.sessionId ? `session:${viewer.sessionId}` : `token:${viewer.apiTokenId ?? ''}`;
    const stillSignedIn = sharedCachedCheck(credential, () => viewers.isStillValid(viewer), RECHECK_AFTER_MS);
    // Only a check of its own needs a cache of its own (and to be told about access changes).
    const answers = check && checkName === undefined ? new Map<string, Promise<boolean>>() : null;
    const allowed = (target: AccessResource): Promise<boolean> => {
      if (!check) return Promise.resolve(true);
      if (!answers) return this.sharedAnswer(viewer.userId, `${credential}|${checkName}`, target, check);
      const key = `${target.kind}:${target.id}`;
      const cached = answers.get(key);
      if (cached) return cached;
      const answer = check(target).catch(() => false);
      answers.set(key, answer);
      setTimeout(() => answers.get(key) === answer && answers.delete(key), RECHECK_AFTER_MS).unref();
      return answer;
    };
    const resourceOf = (event: T) => (typeof resource === 'function' ? resource(event) : resource);
    try {
      if (!(await stillSignedIn())) throw unauthenticated();
      if (resource && typeof resource !== 'function' && !(await allowed(resource))) throw notFound();
    } catch (error) {
      await stream.return?.();
      throw error;
    }
    if (!resource) return authorizedIterator(stream, stillSignedIn);
    if (answers) this.watch(viewer.userId, answers);
    return authorizedIterator(
      stream,
      (event) => {
        const signedIn = stillSignedIn();
        const target = resourceOf(event);
        if (!target) return signedIn;
        // Asked together, both must hold: when both answers are due (every 2 s) the event waits for
        // one round trip to PostgreSQL instead of two in a row. The policy's answer for a credential
        // that turns out to be gone is not used. Promise.all, so that a failure of either answer is
        // handled (a policy failure while the credential is gone must not go unhandled).
        return Promise.all([signedIn, allowed(target)]).then(([ok, permitted]) => ok && permitted);
      },
      answers ? () => this.unwatch(viewer.userId, answers) : undefined,
    );
  }

  onApplicationBootstrap(): void {
    this.listening = this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.events?.return?.();
    await this.listening;
  }

  private sharedAnswer(
    userId: string,
    asker: string,
    target: AccessResource,
    check: (resource: AccessResource) => Promise<boolean>,
  ): Promise<boolean> {
    const now = Date.now();
    if (now - this.lastSweep >= RECHECK_AFTER_MS) this.sweepShared(now);
    const key = `${asker}|${target.kind}:${target.id}`;
    const own = this.shared.get(userId) ?? new Map<string, SharedAnswer>();
    this.shared.set(userId, own);
    const cached = own.get(key);
    if (cached && now < cached.until) return cached.answer;
    const answer = check(target).catch(() => false);
    own.set(key, { until: now + RECHECK_AFTER_MS, answer });
    return answer;
  }

  private sweepShared(now: number): void {
    this.lastSweep = now;
    for (const [userId, own] of this.shared) {
      for (const [key, entry] of own) if (now >= entry.until) own.delete(key);
      if (own.size === 0) this.shared.delete(userId);
    }
  }

  private watch(userId: string, answers: Map<string, Promise<boolean>>): void {
    const own = this.caches.get(userId) ?? new Set();
    own.add(answers);
    this.caches.set(userId, own);
  }

  private unwatch(userId: string, answers: Map<string, Promise<boolean>>): void {
    const own = this.caches.get(userId);
    own?.delete(answers);
    if (own?.size === 0) this.caches.delete(userId);
  }

  /**
   * On every instance: forgets all of that user's answers, not only the named resource's. Access to
   * one resource can follow from another (a relationship's from the memberships of its two
   * organisations), and access changes are rare enough that re-checking a user's few open
   * subscriptions once costs nothing worth saving.
   */
  private async listen(): Promise<void> {
    while (!this.stopped) {
      const events = this.bus.subscribe('access:changed', EVERY_SCOPE);
      this.events = events;
      try {
        for await (const { userId } of events) {
          for (const answers of this.caches.get(userId) ?? []) answers.clear();
          this.shared.get(userId)?.clear();
        }
      } catch (error) {
        this.logger.error({ err: error }, 'listening for access changes failed; listening again');
      }
      if (!this.stopped) await sleep(RETRY_DELAY_MS);
    }
  }
}
