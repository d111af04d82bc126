import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { AppConfig } from '../../core/config/app-config.js';
import { hashSecret, newSecret } from '../../core/auth/credential-secret.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/errors/domain.exception.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { AccessRevocations } from '../sessions/access-revocation.js';
import { apiTokenNameRule, isRowId } from '../account.rules.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { requireSession } from '../sessions/session-required.js';
import { SessionService } from '../sessions/session.service.js';
import { listPage, type ListPageArgs } from '../../core/pagination/list-page.js';

/** lastUsedAt is refreshed at most this often, so a busy script does not write on every request. */
export const TOKEN_TOUCH_INTERVAL_MS = 60_000;

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

const createApiTokenRules = z.object({
  name: apiTokenNameRule,
  expiresAt: z
    .date()
    .refine((at) => at.getTime() > Date.now() && at.getTime() <= Date.now() + YEAR_MS, {
      message: 'accounts.tokenExpiry',
    })
    .nullish(),
  readOnly: z.boolean().nullish(),
});

export interface NewApiToken {
  name: string;
  expiresAt?: Date | null;
  readOnly?: boolean | null;
}

@Injectable()
export class ApiTokenService {
  constructor(
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
    private readonly config: AppConfig,
    private readonly audit: AuditLogService,
    private readonly revocations: AccessRevocations,
    private readonly sessions: SessionService,
  ) {}

  /** A new token for the viewer; the secret is returned this once, only its keyed hash is kept. */
  async create(viewer: Viewer, input: NewApiToken): Promise<{ token: ApiTokenEntity; secret: string }> {
    await this.sessions.requireRecentPassword(viewer);
    const fields = parseInput(createApiTokenRules, input);
    const secret = newSecret('apiToken');
    const token = await this.tokens.save(
      this.tokens.create({
        userId: viewer.userId,
        name: fields.name,
        tokenHash: hashSecret(this.config.sessionSecret, secret),
        expiresAt: fields.expiresAt ?? null,
        readOnly: fields.readOnly ?? false,
      }),
    );
    await this.audit.record({
      action: 'api_token.created',
      actorId: viewer.userId,
      targetType: 'api_token',
      targetId: token.id,
      metadata: { readOnly: token.readOnly, expires: token.expiresAt !== null },
    });
    return { token, secret };
  }

  /** The viewer's unrevoked tokens, newest first. */
  listOwn(viewer: Viewer, page: ListPageArgs): Promise<ApiTokenEntity[]> {
    const unrevoked = this.tokens
      .createQueryBuilder('t')
      .where('t.user_id = :userId AND t.revoked_at IS NULL', { userId: viewer.userId });
    const order = { column: 'created_at', direction: 'DESC' } as const;
    return listPage(
      unrevoked,
      't',
      'api_tokens',
      order,
      { column: 'user_id', id: viewer.userId },
      page,
    ).getMany();
  }

  /** Revokes one of the viewer's own tokens at once (HTTP and open sockets); anyone else's is NOT_FOUND. */
  async revokeOwn(viewer: Viewer, tokenId: string): Promise<true> {
    // Tokens never manage tokens: a leaked one must not revoke its owner's other scripts.
    requireSession(viewer);
    if (!isRowId(tokenId)) throw notFound();
    const revoked = await this.tokens.update(
      { id: tokenId, userId: viewer.userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (!revoked.affected) throw notFound();
    await this.audit.record({
      action: 'api_token.revoked',
      actorId: viewer.userId,
      targetType: 'api_token',
      targetId: tokenId,
    });
    await this.revocations.announce([{ userId: viewer.userId, apiTokenId: tokenId }]);
    return true;
  }

  /** Revokes every live token of the account (its password changed); returns their ids, to announce after commit. */
  async revokeAllOf(userId: string, manager: EntityManager): Promise<string[]> {
    const revoked = await manager
      .getRepository(ApiTokenEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .returning('id')
      .execute();
    return (revoked.raw as { id: string }[]).map((row) => row.id);
  }

  /** The unrevoked token for a bearer secret, or null. */
  findLive(secret: string): Promise<ApiTokenEntity | null> {
    return this.tokens
      .createQueryBuilder('t')
      .where('t.tokenHash = :tokenHash AND t.revokedAt IS NULL', {
        tokenHash: hashSecret(this.config.sessionSecret, secret),
      })
      .andWhere('(t.expiresAt IS NULL OR t.expiresAt > now())')
      .getOne();
  }

  /** The unrevoked, unexpired token with this id, or null. */
  findLiveById(tokenId: string): Promise<ApiTokenEntity | null> {
    return this.tokens
      .createQueryBuilder('t')
      .where('t.id = :tokenId AND t.revokedAt IS NULL', { tokenId })
      .andWhere('(t.expiresAt IS NULL OR t.expiresAt > now())')
      .getOne();
  }

  /** Unrevoked and unexpired: an expired token stops working on open sockets too. */
  isLiveById(tokenId: string): Promise<boolean> {
    return this.tokens
      .createQueryBuilder('t')
      .where('t.id = :tokenId AND t.revokedAt IS NULL', { tokenId })
      .andWhere('(t.expiresAt IS NULL OR t.expiresAt > now())')
      .getExists();
  }

  /** Which of these tokens are still live, in one statement (the periodic re-check of open sockets). */
  async liveIds(tokenIds: readonly string[]): Promise<Set<string>> {
    if (tokenIds.length === 0) return new Set();
    const live = await this.tokens
      .createQueryBuilder('t')
      .select('t.id', 'id')
      .where('t.id IN (:...tokenIds) AND t.revokedAt IS NULL', { tokenIds: [...new Set(tokenIds)] })
      .andWhere('(t.expiresAt IS NULL OR t.expiresAt > now())')
      .getRawMany<{ id: string }>();
    return new Set(live.map((token) => token.id));
  }

  async touch(token: ApiTokenEntity): Promise<void> {
    if (token.lastUsedAt && Date.now() - token.lastUsedAt.getTime() < TOKEN_TOUCH_INTERVAL_MS) return;
    await this.tokens.update({ id: token.id }, { lastUsedAt: new Date() });
  }
}
