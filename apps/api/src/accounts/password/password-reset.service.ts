import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource, MoreThan, IsNull, Repository } from 'typeorm';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { hashSecret, newSecret } from '../../core/auth/credential-secret.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { AppConfig } from '../../core/config/app-config.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { LOGGER } from '../../core/core.module.js';
import { invalidInput, notFound } from '../../core/errors/domain.exception.js';
import { translate } from '../../core/i18n/translate.js';
import { Mailer } from '../../core/mail/mailer.js';
import { RateLimits } from '../../core/rate-limit/rate-limits.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { NotificationService } from '../../notifications/notification.service.js';
import { AccessRevocations } from '../sessions/access-revocation.js';
import { AccountError, AccountErrorReason } from '../account.errors.js';
import {
  createPasswordResetLinkRules,
  requestPasswordResetRules,
  resetPasswordRules,
} from '../account.rules.js';
import { type CreatePasswordResetLinkInput } from './dtos/create-password-reset-link.input.js';
import { type RequestPasswordResetInput } from './dtos/request-password-reset.input.js';
import { type ResetPasswordInput } from './dtos/reset-password.input.js';
import { hashPassword, passwordProblem } from './password-policy.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { PasswordService } from './password.service.js';
import { requireSession } from '../sessions/session-required.js';
import { UserEntity } from '../user.entity.js';

const RESET_LINK_TTL_MS = 60 * 60 * 1000;
const RESET_PASSWORD_PATH = '/reset-password';

/**
 * Password reset by a one-hour, single-use link: e-mailed when mail is configured, otherwise created
 * by a platform admin to hand over. A reset sets the password and ends every session; it does not
 * touch the second factor, so an account with TOTP still needs its code to sign in afterwards.
 */
@Injectable()
export class PasswordResetService implements BeforeApplicationShutdown {
  /** E-mails being sent after the request was answered; awaited on shutdown. */
  private readonly deliveries = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(PasswordResetEntity) private readonly resets: Repository<PasswordResetEntity>,
    private readonly passwords: PasswordService,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly audit: AuditLogService,
    private readonly limits: RateLimits,
    private readonly revocations: AccessRevocations,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly moduleRef: ModuleRef,
  ) {}

  /**
   * Always answers true, at the same speed, whether or not the address has an account: the look-up
   * and the e-mail happen after the answer. Budgets are per address typed and per client address,
   * so they say nothing about whether an account exists.
   */
  async request(input: RequestPasswordResetInput, ctx: RequestContext): Promise<true> {
    const { email } = parseInput(requestPasswordResetRules, input);
    await this.limits.consume('passwordResetByAddress', ctx.ip);
    await this.limits.consume('passwordResetByAccount', email.toLowerCase());
    const delivery = this.mailResetLink(email).catch((error: unknown) =>
      this.logger.error({ err: error }, 'password reset e-mail failed'),
    );
    this.deliveries.add(delivery);
    void delivery.finally(() => this.deliveries.delete(delivery));
    return true;
  }

  /** For a platform admin to hand over when no mail is configured; the admin sees the link, once. */
  async createLink(
    viewer: Viewer,
    input: CreatePasswordResetLinkInput,
    ctx: RequestContext,
  ): Promise<string> {
    requireSession(viewer);
    const { email } = parseInput(createPasswordResetLinkRules, input);
    const user = await this.findAccount(email);
    if (!user) throw notFound();
    const secret = await this.issue(user.id);
    await this.audit.record({
      action: 'account.password_reset_requested',
      actorId: viewer.userId,
      targetType: 'user',
      targetId: user.id,
      metadata: { by: 'platform_admin' },
    });
    await this.tellOwnerOfIssuedLink(user);
    return this.config.publicLink(resetPath(secret), ctx.origin ?? undefined);
  }

  /**
   * The owner hears that an admin made a reset link for them, in the app and by e-mail (no link in
   * it): a rogue or tricked admin cannot take an account quietly. The reset never lifts the second
   * factor, so an account with TOTP still needs its code afterwards.
   */
  private async tellOwnerOfIssuedLink(user: UserEntity): Promise<void> {
    // Looked up at run time: NotificationsModule imports this module (for the viewer resolver).
    await this.moduleRef
      .get(NotificationService, { strict: false })
      .notify({ userId: user.id, kind: 'passwordResetLinkIssued', params: {}, link: '/account' });
    if (!this.mailer.configured) return;
    await this.mailer
      .send({
        to: user.email,
        subject: translate(user.locale, 'accounts.mail.passwordResetLinkIssuedSubject'),
        text: translate(user.locale, 'accounts.mail.passwordResetLinkIssuedBody'),
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'reset-link notice e-mail not sent'));
  }

  async reset(input: ResetPasswordInput): Promise<true> {
    const fields = parseInput(resetPasswordRules, input);
    const weak = await passwordProblem('newPassword', fields.newPassword);
    if (weak) throw invalidInput([weak]);
    const tokenHash = hashSecret(this.config.sessionSecret, fields.token);
    // Checked before hashing the new password, so made-up tokens cost no argon2 work.
    const live = await this.resets.existsBy({ tokenHash, usedAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (!live) throw invalidToken();
    const passwordHash = await hashPassword(fields.newPassword, this.config.env.PASSWORD_HASH_COST);
    const revoked = await this.dataSource.transaction(async (manager) => {
      // Used up atomically: of two requests with the same link, one wins.
      const used = await manager
        .getRepository(PasswordResetEntity)
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where('token_hash = :tokenHash AND used_at IS NULL AND expires_at > now()', { tokenHash })
        .returning('user_id')
        .execute();
      const owner = (used.raw as { user_id: string }[])[0]?.user_id;
      if (!owner) throw invalidToken();
      const ended = await this.passwords.setPassword(owner, passwordHash, manager, null);
      await this.audit.record(
        {
          action: 'account.password_reset',
          actorId: owner,
          targetType: 'user',
          targetId: owner,
          metadata: { sessionsEnded: ended.length - ended.tokens, apiTokensRevoked: ended.tokens },
        },
        manager,
      );
      return ended;
    });
    await this.revocations.announce(revoked);
    return true;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.deliveries);
  }

  /**
   * E-mailed links point at PUBLIC_URL only, never at the request's Origin or Host: those are chosen
   * by whoever sends the request, and a link to their host would hand them the victim's token.
   */
  private async mailResetLink(email: string): Promise<void> {
    if (!this.mailer.configured) return;
    if (!this.config.publicOrigin) {
      this.logger.warn(
        'password reset e-mail not sent: set PUBLIC_URL so that e-mailed links point at this deployment',
      );
      return;
    }
    const user = await this.findAccount(email);
    if (!user) return;
    const secret = await this.issue(user.id);
    await this.audit.record({
      action: 'account.password_reset_requested',
      actorId: null,
      targetType: 'user',
      targetId: user.id,
      metadata: { by: 'e-mail' },
    });
    const link = this.config.publicLink(resetPath(secret));
    await this.mailer.send({
      to: user.email,
      subject: translate(user.locale, 'mail.passwordResetSubject'),
      text: translate(user.locale, 'mail.passwordResetBody', { link }),
    });
  }

  private async issue(userId: string): Promise<string> {
    const secret = newSecret('passwordReset');
    await this.resets.insert({
      userId,
      tokenHash: hashSecret(this.config.sessionSecret, secret),
      expiresAt: new Date(Date.now() + RESET_LINK_TTL_MS),
    });
    return secret;
  }

  private findAccount(email: string): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }
}

function resetPath(secret: string): string {
  // In the fragment: browsers never send it to a server, so it stays out of logs and Referer headers.
  return `${RESET_PASSWORD_PATH}#token=${encodeURIComponent(secret)}`;
}

function invalidToken() {
  return AccountError(AccountErrorReason.TOKEN_INVALID, {
    messageKey: 'field.tokenInvalid',
    fieldErrors: [{ field: 'token', message: 'field.tokenInvalid' }],
  });
}
