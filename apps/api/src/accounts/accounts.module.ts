import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VIEWER_RESOLVER } from '../core/auth/viewer.js';
import { PROFILE_SOURCE } from '../core/users/user-directory.js';
import { AccessRevocations } from './sessions/access-revocation.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { ApiTokenEntity } from './tokens/api-token.entity.js';
import { ApiTokenResolver } from './tokens/api-token.resolver.js';
import { ApiTokenService } from './tokens/api-token.service.js';
import { PasswordResetEntity } from './password/password-reset.entity.js';
import { PasswordResetResolver } from './password/password-reset.resolver.js';
import { PasswordResetService } from './password/password-reset.service.js';
import { PasswordAttempts } from './password/password-attempts.js';
import { PasswordService } from './password/password.service.js';
import { RecoveryCodeEntity } from './second-factor/recovery-code.entity.js';
import { SecondFactorResolver } from './second-factor/second-factor.resolver.js';
import { SecondFactorService } from './second-factor/second-factor.service.js';
import { SessionEntity } from './sessions/session.entity.js';
import { SessionResolver } from './sessions/session.resolver.js';
import { SessionService } from './sessions/session.service.js';
import { SudoService } from './sessions/sudo.service.js';
import { PlatformSetup } from './platform-admin/platform-setup.js';
import { SocketAccessListener } from './sessions/socket-access.listener.js';
import { UserEntity } from './user.entity.js';
import { EmailConfirmationEntity } from './email-confirmation/email-confirmation.entity.js';
import { EmailConfirmationResolver } from './email-confirmation/email-confirmation.resolver.js';
import { EmailConfirmationService } from './email-confirmation/email-confirmation.service.js';
import { SignUpMail } from './email-confirmation/sign-up-mail.js';
import { EmailChangeEntity } from './email-change/email-change.entity.js';
import { EmailChangeResolver } from './email-change/email-change.resolver.js';
import { EmailChangeService } from './email-change/email-change.service.js';
import { CredentialViewerResolver } from './sessions/viewer-resolver.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      SessionEntity,
      ApiTokenEntity,
      RecoveryCodeEntity,
      PasswordResetEntity,
      EmailConfirmationEntity,
      EmailChangeEntity,
    ]),
  ],
  providers: [
    AccountService,
    SessionService,
    SudoService,
    PlatformSetup,
    ApiTokenService,
    SecondFactorService,
    PasswordService,
    PasswordAttempts,
    PasswordResetService,
    EmailConfirmationService,
    SignUpMail,
    EmailConfirmationResolver,
    EmailChangeService,
    EmailChangeResolver,
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
  exports: [AccountService, EmailConfirmationService, VIEWER_RESOLVER, PROFILE_SOURCE],
})
export class AccountsModule {}
