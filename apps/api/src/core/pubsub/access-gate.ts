import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Logger } from 'pino';
import { VIEWER_RESOLVER, type Viewer, type ViewerResolver } from '../auth/viewer.js';
import { LOGGER } from '../logging/logger-token.js';
import { unauthenticated, notFound } from '../errors/domain.exception.js';
import { type AccessResource } from '../policy/access-changed.js';
import { authorizedIterator, type EventAccess } from './authorized-iterator.js';
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

/**
 * An answer being asked or known, trusted until `until`. `value` is set once it settles, so a
 * delivery can use a fresh answer without waiting a microtask for it (one event to a thousand
 * subscribers: a thousand promise chains fewer). It never rejects: a failed check is `false`.
 */
interface Answer {
  until: number;
  answer: Promise<boolean>;
  value?: boolean;
  /** This answer AND another, per other answer: every subscriber waiting on the same two shares one promise. */
  joined?: WeakMap<Answer, Promise<boolean>>;
}

/** Both answers, once both are in: shared by whoever waits on the same two. */
function bothOf(first: Answer, second: Answer): Promise<boolean> {
  first.joined ??= new WeakMap();
  let both = first.joined.get(second);
  if (!both) {
    both = Promise.all([first.answer, second.answer]).then(([one, other]) => one && other);
    first.joined.set(second, both);
  }
  return both;
}

/** Asks `check`, trusted for RECHECK_AFTER_MS from `now`, and remembers its value once it settles. */
function ask(check: () => Promise<boolean>, now: number): Answer {
  const entry: Answer = { until: now + RECHECK_AFTER_MS, answer: check().catch(() => false) };
  void entry.answer.then((value) => (entry.value = value));
  return entry;
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
  private readonly caches = new Map<string, Set<Map<string, Answer>>>();
  /** Per user: answers shared by subscriptions (`credential|checkName|kind:id`), see `checkName`. */
  private readonly shared = new Map<string, Map<string, Answer>>();
  private lastSweep = 0;
  /** Per session id, and per API token id: whether it still works, see `signedIn`. */
  private readonly sessionAnswers = new Map<string, Answer>();
  private readonly tokenAnswers = new Map<string, Answer>();
  private lastSignedInSweep = 0;
  private viewers: ViewerResolver | null = null;
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
    const access = resource
      ? new PolicyAccess<T>(this, viewer, resource, check, checkName)
      : new CredentialAccess<T>(this, viewer);
    try {
      await access.opening();
    } catch (error) {
      await stream.return?.();
      throw error;
    }
    return authorizedIterator(stream, access);
  }

  /**
   * Whether the viewer's credential still works: one answer per credential for the whole gate, so
   * the many sockets one session or token keeps open (a newsroom's tabs, a script's connections)
   * cost one check per RECHECK_AFTER_MS, not one each.
   */
  signedIn(viewer: Viewer): Answer {
    // Keyed by the viewer's own id string: no `session:<id>` text built and kept per subscription.
    const answers = viewer.sessionId ? this.sessionAnswers : this.tokenAnswers;
    const id = viewer.sessionId || (viewer.apiTokenId ?? '');
    const now = Date.now();
    const cached = answers.get(id);
    if (cached && now < cached.until) return cached;
    if (now - this.lastSignedInSweep >= RECHECK_AFTER_MS) {
      this.lastSignedInSweep = now;
      for (const own of [this.sessionAnswers, this.tokenAnswers])
        for (const [key, stale] of own) if (now >= stale.until) own.delete(key);
    }
    this.viewers ??= this.modules.get<ViewerResolver>(VIEWER_RESOLVER, { strict: false });
    const viewers = this.viewers;
    const answer = ask(() => viewers.isStillValid(viewer), now);
    answers.set(id, answer);
    return answer;
  }

  onApplicationBootstrap(): void {
    this.listening = this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.events?.return?.();
    await this.listening;
  }

  /** A policy answer shared by the subscriptions of one credential asking the same named check. */
  sharedAnswer(
    userId: string,
    asker: string,
    target: AccessResource,
    check: (resource: AccessResource) => Promise<boolean>,
  ): Answer {
    const now = Date.now();
    if (now - this.lastSweep >= RECHECK_AFTER_MS) this.sweepShared(now);
    const key = `${asker}|${target.kind}:${target.id}`;
    const own = this.shared.get(userId) ?? new Map<string, Answer>();
    this.shared.set(userId, own);
    const cached = own.get(key);
    if (cached && now < cached.until) return cached;
    const answer = ask(() => check(target), now);
    own.set(key, answer);
    return answer;
  }

  private sweepShared(now: number): void {
    this.lastSweep = now;
    for (const [userId, own] of this.shared) {
      for (const [key, entry] of own) if (now >= entry.until) own.delete(key);
      if (own.size === 0) this.shared.delete(userId);
    }
  }

  /** Subscriptions with answers of their own: forgotten when the user's access changes. */
  watch(userId: string, answers: Map<string, Answer>): void {
    const own = this.caches.get(userId) ?? new Set();
    own.add(answers);
    this.caches.set(userId, own);
  }

  unwatch(userId: string, answers: Map<string, Answer>): void {
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

/**
 * A subscription that follows its credential only (no resource): kept per open subscription, so
 * fields and prototype methods rather than closures.
 */
class CredentialAccess<T> implements EventAccess<T> {
  constructor(
    protected readonly gate: AccessGate,
    protected readonly viewer: Viewer,
  ) {}

  /** The check on subscribe: UNAUTHENTICATED when the credential is gone. */
  async opening(): Promise<void> {
    if (!(await this.signedIn().answer)) throw unauthenticated();
  }

  allows(_event: T): boolean | Promise<boolean> {
    const signedIn = this.signedIn();
    return signedIn.value ?? signedIn.answer;
  }

  /** Nothing of its own to forget: the credential's answer is the gate's, shared. */
  finished(): void {}

  protected signedIn(): Answer {
    return this.gate.signedIn(this.viewer);
  }
}

/** What a subscription without a policy check of its own is allowed: everything its credential is. */
const UNCHECKED: Answer = { until: Infinity, answer: Promise.resolve(true), value: true };

/** A subscription that follows its credential and the policy on the resource each event concerns. */
class PolicyAccess<T> extends CredentialAccess<T> {
  /** Only a check of its own needs a cache of its own (and to be told about access changes). */
  private readonly answers: Map<string, Answer> | null;

  constructor(
    gate: AccessGate,
    viewer: Viewer,
    private readonly resource: AccessResource | ((event: T) => AccessResource),
    private readonly check: ((resource: AccessResource) => Promise<boolean>) | undefined,
    private readonly checkName: string | undefined,
  ) {
    super(gate, viewer);
    this.answers = check && checkName === undefined ? new Map<string, Answer>() : null;
  }

  /** Also NOT_FOUND when a fixed resource is not allowed (it may not even exist, for this viewer). */
  override async opening(): Promise<void> {
    await super.opening();
    const { resource } = this;
    if (typeof resource !== 'function' && !(await this.allowed(resource).answer)) throw notFound();
    if (this.answers) this.gate.watch(this.viewer.userId, this.answers);
  }

  override allows(event: T): boolean | Promise<boolean> {
    const signedIn = this.signedIn();
    const target = typeof this.resource === 'function' ? this.resource(event) : this.resource;
    if (!target) return signedIn.value ?? signedIn.answer;
    // Asked together, both must hold: when both answers are due (every 2 s) the event waits for
    // one round trip to PostgreSQL instead of two in a row. The policy's answer for a credential
    // that turns out to be gone is not used. Both known (the rest of the time): no promise.
    const allowed = this.allowed(target);
    if (signedIn.value === false) return false;
    if (signedIn.value !== undefined && allowed.value !== undefined) return allowed.value;
    return bothOf(signedIn, allowed);
  }

  override finished(): void {
    if (this.answers) this.gate.unwatch(this.viewer.userId, this.answers);
  }

  private allowed(target: AccessResource): Answer {
    const { check, answers } = this;
    if (!check) return UNCHECKED;
    if (!answers)
      return this.gate.sharedAnswer(
        this.viewer.userId,
        `${credentialOf(this.viewer)}|${this.checkName}`,
        target,
        check,
      );
    const key = `${target.kind}:${target.id}`;
    const cached = answers.get(key);
    if (cached) return cached;
    const answer = ask(() => check(target), Date.now());
    answers.set(key, answer);
    setTimeout(() => answers.get(key) === answer && answers.delete(key), RECHECK_AFTER_MS).unref();
    return answer;
  }
}

function credentialOf(viewer: Viewer): string {
  return viewer.sessionId ? `session:${viewer.sessionId}` : `token:${viewer.apiTokenId ?? ''}`;
}
