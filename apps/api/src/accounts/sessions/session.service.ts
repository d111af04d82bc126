import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Response } from 'express';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { AppConfig } from '../../core/config/app-config.js';
import { hashSecret, newSecret } from '../../core/auth/credential-secret.js';
import { sessionCookieName } from '../../core/auth/request-credential.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/errors/domain.exception.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { preparedStatement } from '../../core/database/prepared-statement.js';
import { AccessRevocations } from './access-revocation.js';
import { isRowId, revokeSessionRules } from '../account.rules.js';
import { type RevokeSessionInput } from './dtos/revoke-session.input.js';
import { SessionEntity } from './session.entity.js';
import { AccountError, AccountErrorReason } from '../account.errors.js';
import { UserEntity } from '../user.entity.js';
import { requireSession } from './session-required.js';
import { listPage, type ListPageArgs } from '../../core/pagination/list-page.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long after entering the password a session may make sensitive changes (sudo mode). */
export const SUDO_WINDOW_MS = 10 * 60 * 1000;
/** What a viewer needs of the account behind a session. */
export type SessionAccount = Pick<UserEntity, 'isPlatformAdmin' | 'locale' | 'timeZone'>;

/** lastSeenAt is refreshed at most this often, so reads do not turn into writes. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/** Server-side browser sessions: revocable rows, idle and absolute expiry, an httpOnly cookie. */
interface LiveSessionRow {
  id: string;
  user_id: string;
  token_hash: string;
  user_agent: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  authenticated_at: Date;
  is_platform_admin: boolean;
  locale: string;
  time_zone: string;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
    private readonly audit: AuditLogService,
    private readonly revocations: AccessRevocations,
  ) {}

  async start(
    userId: string,
    userAgent: string | null,
    res: Response,
    manager?: EntityManager,
  ): Promise<SessionEntity> {
    const secret = newSecret('session');
    const repository = manager?.getRepository(SessionEntity) ?? this.sessions;
    const session = await repository.save(
      repository.create({
        userId,
        tokenHash: hashSecret(this.config.sessionSecret, secret),
        userAgent: userAgent?.slice(0, 500) ?? null,
        expiresAt: new Date(Date.now() + this.config.env.SESSION_ABSOLUTE_DAYS * DAY_MS),
      }),
    );
    res.cookie(sessionCookieName(this.config.secureCookies), secret, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: this.config.env.SESSION_ABSOLUTE_DAYS * DAY_MS,
    });
    return session;
  }

  clearCookie(res: Response): void {
    res.clearCookie(sessionCookieName(this.config.secureCookies), {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
    });
  }

  /**
   * The live session for a cookie secret together with what a viewer needs of its account, in one
   * statement: this runs on every request and every socket that carries a cookie.
   */
  findLiveWithAccount(secret: string): Promise<{ session: SessionEntity; account: SessionAccount } | null> {
    return this.liveWithAccountWhere('s.token_hash', hashSecret(this.config.sessionSecret, secret));
  }

  /** The same, by session id: an open socket re-reads its session and account this way. */
  findLiveWithAccountById(
    sessionId: string,
  ): Promise<{ session: SessionEntity; account: SessionAccount } | null> {
    return this.liveWithAccountWhere('s.id', sessionId);
  }

  /**
   * One hand-written statement, raw rows: every signed-in HTTP request runs this first, and
   * TypeORM's query building and hydration cost more CPU here than PostgreSQL spends on it.
   * Prepared once per connection (two texts, by token hash and by id).
   */
  private async liveWithAccountWhere(
    column: 's.token_hash' | 's.id',
    value: string,
  ): Promise<{ session: SessionEntity; account: SessionAccount } | null> {
    const rows = await preparedStatement<LiveSessionRow>(
      this.sessions.manager.connection,
      `SELECT s.id, s.user_id, s.token_hash, s.user_agent, s.created_at, s.last_seen_at, s.expires_at,
              s.revoked_at, s.authenticated_at, u.is_platform_admin, u.locale, u.time_zone
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE ${column} = $1 AND s.revoked_at IS NULL`,
      [value],
    );
    const [row] = rows;
    if (!row) return null;
    const session = Object.assign(new SessionEntity(), {
      id: row.id,
      userId: row.user_id,
      tokenHash: row.token_hash,
      userAgent: row.user_agent,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
      authenticatedAt: row.authenticated_at,
    });
    if (!this.isLive(session)) return null;
    return {
      session,
      account: { isPlatformAdmin: row.is_platform_admin, locale: row.locale, timeZone: row.time_zone },
    };
  }

  isLive(session: SessionEntity, now = Date.now()): boolean {
    const idleLimit = session.lastSeenAt.getTime() + this.config.env.SESSION_IDLE_DAYS * DAY_MS;
    return session.revokedAt === null && session.expiresAt.getTime() > now && idleLimit > now;
  }

  async touch(session: SessionEntity): Promise<void> {
    if (Date.now() - session.lastSeenAt.getTime() < SESSION_TOUCH_INTERVAL_MS) return;
    await this.sessions.update({ id: session.id }, { lastSeenAt: new Date() });
  }

  /**
   * Sudo mode: creating API tokens, enrolling two-factor and revoking other sessions need the password
   * (and second factor) entered in this browser session within the last 10 minutes, so a session left
   * open or stolen cannot entrench itself. API tokens never qualify.
   */
  async requireRecentPassword(viewer: Viewer): Promise<void> {
    const sessionId = requireSession(viewer);
    const recent = await this.sessions
      .createQueryBuilder('s')
      .where('s.id = :sessionId AND s.authenticated_at > :since', {
        sessionId,
        since: new Date(Date.now() - SUDO_WINDOW_MS),
      })
      .getExists();
    if (!recent)
      throw AccountError(AccountErrorReason.SUDO_REQUIRED, { messageKey: 'accounts.sudoRequired' });
  }

  /** The password (and second factor) were just entered again in this session. */
  async markPasswordEntered(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId }, { authenticatedAt: new Date() });
  }

  async isLiveById(sessionId: string): Promise<boolean> {
    const session = await this.sessions.findOneBy({ id: sessionId });
    return session !== null && this.isLive(session);
  }

  /** Which of these sessions are still live, in one statement (the periodic re-check of open sockets). */
  async liveIds(sessionIds: readonly string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const sessions = await this.sessions.findBy({ id: In([...new Set(sessionIds)]) });
    const now = Date.now();
    return new Set(sessions.filter((session) => this.isLive(session, now)).map((session) => session.id));
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The account's live sessions, most recently used first. */
  listLive(userId: string, page: ListPageArgs): Promise<SessionEntity[]> {
    const live = this.sessions
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', { userId })
      .andWhere('s.last_seen_at > now() - make_interval(days => :idleDays)', {
        idleDays: this.config.env.SESSION_IDLE_DAYS,
      });
    const order = { column: 'last_seen_at', direction: 'DESC' } as const;
    return listPage(live, 's', 'sessions', order, { column: 'user_id', id: userId }, page).getMany();
  }

  /** When the session ends if unused: the idle limit or the absolute limit, whichever comes first. */
  endsAt(session: SessionEntity): Date {
    const idleLimit = session.lastSeenAt.getTime() + this.config.env.SESSION_IDLE_DAYS * DAY_MS;
    return new Date(Math.min(idleLimit, session.expiresAt.getTime()));
  }

  /**
   * Ends one of the viewer's own sessions (signing out a lost laptop): its cookie stops working and
   * its open sockets close. Someone else's session, or one already ended, is NOT_FOUND.
   */
  async revokeOwn(viewer: Viewer, input: RevokeSessionInput, res: Response | null): Promise<true> {
    const { id } = parseInput(revokeSessionRules, input);
    if (!isRowId(id)) throw notFound();
    // Signing out here needs nothing more; ending another browser's session is a sudo action.
    if (id !== viewer.sessionId) await this.requireRecentPassword(viewer);
    const userId = viewer.userId;
    const revoked = await this.sessions.update(
      { id, userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (!revoked.affected) throw notFound();
    await this.audit.record({
      action: 'account.session_revoked',
      actorId: userId,
      targetType: 'session',
      targetId: id,
    });
    await this.revocations.announce([{ userId, sessionId: id }]);
    if (id === viewer.sessionId && res) this.clearCookie(res);
    return true;
  }

  /** Revokes every live session of the account except `keep`; returns the ids revoked. */
  async revokeAllOf(userId: string, manager: EntityManager, keep: string | null = null): Promise<string[]> {
    const revoked = await manager
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .andWhere(keep ? 'id <> :keep' : 'TRUE', { keep })
      .returning('id')
      .execute();
    return (revoked.raw as { id: string }[]).map((row) => row.id);
  }
}
