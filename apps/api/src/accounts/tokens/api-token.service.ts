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
import { SessionService } from '../sessions/session.service.js';

/** lastUsedAt is refreshed at most this often, so a busy script does not write on every request. */
export const TOKEN_TOUCH_INTERVAL_MS = 60_000;

const apiTokenNameRules = z.object({ name: apiTokenNameRule });

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
  async create(viewer: Viewer, name: string): Promise<{ token: ApiTokenEntity; secret: string }> {
    await this.sessions.requireRecentPassword(viewer);
    const { name: tokenName } = parseInput(apiTokenNameRules, { name });
    const secret = newSecret('apiToken');
    const token = await this.tokens.save(
      this.tokens.create({ userId: viewer.userId, name: tokenName, tokenHash: hashSecret(this.config.sessionSecret, secret) }),
    );
    await this.audit.record({ action: 'api_token.created', actorId: viewer.userId, targetType: 'api_token', targetId: token.id });
    return { token, secret };
  }

  /** The viewer's unrevoked tokens, newest first. */
  listOwn(viewer: Viewer): Promise<ApiTokenEntity[]> {
    return this.tokens.find({ where: { userId: viewer.userId, revokedAt: IsNull() }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Revokes one of the viewer's own tokens at once (HTTP and open sockets); anyone else's is NOT_FOUND. */
  async revokeOwn(viewer: Viewer, tokenId: string): Promise<true> {
    if (!isRowId(tokenId)) throw notFound();
    const revoked = await this.tokens.update({ id: tokenId, userId: viewer.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!revoked.affected) throw notFound();
    await this.audit.record({ action: 'api_token.revoked', actorId: viewer.userId, targetType: 'api_token', targetId: tokenId });
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
    return this.tokens.findOneBy({ tokenHash: hashSecret(this.config.sessionSecret, secret), revokedAt: IsNull() });
  }

  async isLiveById(tokenId: string): Promise<boolean> {
    return (await this.tokens.countBy({ id: tokenId, revokedAt: IsNull() })) > 0;
  }

  async touch(token: ApiTokenEntity): Promise<void> {
    if (token.lastUsedAt && Date.now() - token.lastUsedAt.getTime() < TOKEN_TOUCH_INTERVAL_MS) return;
    await this.tokens.update({ id: token.id }, { lastUsedAt: new Date() });
  }
}
