import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AppConfig } from '../core/config/app-config.js';
import { hashSecret } from '../core/auth/credential-secret.js';
import { ApiTokenEntity } from './api-token.entity.js';

/** lastUsedAt is refreshed at most this often, so a busy script does not write on every request. */
export const TOKEN_TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class ApiTokenService {
  constructor(
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
    private readonly config: AppConfig,
  ) {}

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
