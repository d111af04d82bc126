import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Response } from 'express';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { AppConfig } from '../core/config/app-config.js';
import { hashSecret, newSecret } from '../core/auth/credential-secret.js';
import { sessionCookieName } from '../core/auth/request-credential.js';
import { SessionEntity } from './session.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** lastSeenAt is refreshed at most this often, so reads do not turn into writes. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/** Server-side browser sessions: revocable rows, idle and absolute expiry, an httpOnly cookie. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
  ) {}

  async start(userId: string, userAgent: string | null, res: Response, manager?: EntityManager): Promise<SessionEntity> {
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

  /** The live session for a cookie secret, or null (unknown, revoked, idle too long or expired). */
  async findLive(secret: string): Promise<SessionEntity | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashSecret(this.config.sessionSecret, secret), revokedAt: IsNull() });
    return session && this.isLive(session) ? session : null;
  }

  isLive(session: SessionEntity, now = Date.now()): boolean {
    const idleLimit = session.lastSeenAt.getTime() + this.config.env.SESSION_IDLE_DAYS * DAY_MS;
    return session.revokedAt === null && session.expiresAt.getTime() > now && idleLimit > now;
  }

  async touch(session: SessionEntity): Promise<void> {
    if (Date.now() - session.lastSeenAt.getTime() < SESSION_TOUCH_INTERVAL_MS) return;
    await this.sessions.update({ id: session.id }, { lastSeenAt: new Date() });
  }

  async isLiveById(sessionId: string): Promise<boolean> {
    const session = await this.sessions.findOneBy({ id: sessionId });
    return session !== null && this.isLive(session);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
