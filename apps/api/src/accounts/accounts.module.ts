import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VIEWER_RESOLVER } from '../core/auth/viewer.js';
import { PROFILE_SOURCE } from '../core/users/user-directory.js';
import { AccessRevocations } from './access-revocation.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { ApiTokenResolver } from './api-token.resolver.js';
import { ApiTokenService } from './api-token.service.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { PasswordResetResolver } from './password-reset.resolver.js';
import { PasswordResetService } from './password-reset.service.js';
import { PasswordService } from './password.service.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import { SecondFactorResolver } from './second-factor.resolver.js';
import { SecondFactorService } from './second-factor.service.js';
import { SessionEntity } from './session.entity.js';
import { SessionResolver } from './session.resolver.js';
import { SessionService } from './session.service.js';
import { SocketAccessListener } from './socket-access.listener.js';
import { UserEntity } from './user.entity.js';
import { CredentialViewerResolver } from './viewer-resolver.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, ApiTokenEntity, RecoveryCodeEntity, PasswordResetEntity])],
  providers: [
    AccountService,
    SessionService,
    ApiTokenService,
    SecondFactorService,
    PasswordService,
    PasswordResetService,
    AccessRevocations,
    SocketAccessListener,
    AccountResolver,
    SessionResolver,
    ApiTokenResolver,
    SecondFactorResolver,
    PasswordResetResolver,
    CredentialViewerResolver,
    { provide: VIEWER_RESOLVER, useExisting: CredentialViewerResolver },
    { provide: PROFILE_SOURCE, useExisting: AccountService },
  ],
  exports: [AccountService, VIEWER_RESOLVER, PROFILE_SOURCE],
})
export class AccountsModule {}
