import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VIEWER_RESOLVER } from '../core/auth/viewer.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { ApiTokenService } from './api-token.service.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import { SecondFactorService } from './second-factor.service.js';
import { SessionEntity } from './session.entity.js';
import { SessionService } from './session.service.js';
import { UserEntity } from './user.entity.js';
import { CredentialViewerResolver } from './viewer-resolver.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, ApiTokenEntity, RecoveryCodeEntity, PasswordResetEntity])],
  providers: [
    AccountService,
    SessionService,
    ApiTokenService,
    SecondFactorService,
    AccountResolver,
    CredentialViewerResolver,
    { provide: VIEWER_RESOLVER, useExisting: CredentialViewerResolver },
  ],
  exports: [AccountService, VIEWER_RESOLVER],
})
export class AccountsModule {}
