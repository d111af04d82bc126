import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { Repository } from 'typeorm';
import { hashSecret, newSecret, secretsEqual } from '../../core/auth/credential-secret.js';
import { AppConfig } from '../../core/config/app-config.js';
import { LOGGER } from '../../core/core.module.js';
import { isLoopbackAddress } from '../../core/http/loopback.js';
import { UserEntity } from '../user.entity.js';

/**
 * Who may become the first platform admin. "The first sign-up" would hand a freshly exposed server
 * to whoever finds it first; instead, while no platform admin exists, a sign-up becomes one only
 * from the machine itself (the resolved client address is loopback) or with the one-time setup link
 * this instance prints in its log at start. `npm run admin -- grant` is the third way.
 */
@Injectable()
export class PlatformSetup implements OnApplicationBootstrap {
  /** Keyed hash of this instance's setup secret; null once used or when an admin exists. */
  private setupHash: string | null = null;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.users.existsBy({ isPlatformAdmin: true })) return;
    const secret = newSecret('platformSetup');
    this.setupHash = hashSecret(this.config.sessionSecret, secret);
    const link = this.config.publicLink(`/sign-up#setup=${encodeURIComponent(secret)}`);
    this.logger.warn(
      { setupLink: link },
      'no platform administrator yet: sign up from this machine (http://localhost), or open this one-time link, or run `npm run admin -- grant <email>`',
    );
  }

  /** Whether this sign-up may become the first platform admin; uses the setup secret up if it was given. */
  mayBecomeFirstAdmin(clientAddress: string, setupSecret: string | null | undefined): boolean {
    if (
      setupSecret &&
      this.setupHash &&
      secretsEqual(hashSecret(this.config.sessionSecret, setupSecret), this.setupHash)
    ) {
      this.setupHash = null;
      return true;
    }
    return isLoopbackAddress(clientAddress);
  }
}
