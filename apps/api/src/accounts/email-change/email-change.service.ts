import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { hashSecret, newSecret } from '../../core/auth/credential-secret.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { AppConfig } from '../../core/config/app-config.js';
import { translate } from '../../core/i18n/translate.js';
import { Mailer } from '../../core/mail/mailer.js';
import { RateLimits } from '../../core/rate-limit/rate-limits.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { AccountError, AccountErrorReason } from '../account.errors.js';
import { emailRule, issuedSecretRule } from '../account.rules.js';
import { AccessRevocations, type AccessRevoked } from '../sessions/access-revocation.js';
import { requireSession } from '../sessions/session-required.js';
import { SessionService } from '../sessions/session.service.js';
import { UserEntity } from '../user.entity.js';
import { type ChangeEmailInput } from './dtos/change-email.input.js';
import { type ConfirmEmailChangeInput } from './dtos/confirm-email-change.input.js';
import { EmailChangeEntity } from './email-change.entity.js';

const LINK_TTL_MS = 24 * 60 * 60 * 1000;
const CONFIRM_PATH = '/confirm-email-change';

const changeEmailRules = z.object({ newEmail: emailRule });
const confirmRules = z.object({ token: issuedSecretRule });

type Recipient = Pick<UserEntity, 'id' | 'email' | 'locale'>;

/**
 * Changing an account's address: a sudo action that only takes effect once the new mailbox opens a
 * one-time link, so a stolen session cannot move the account to an address its owner never reads.
 * Needs mail (without SMTP_URL there is no way to prove the new address: a clear error).
 */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(EmailChangeEntity) private readonly changes: Repository<EmailChangeEntity>,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly audit: AuditLogService,
    private readonly limits: RateLimits,
    private readonly sessions: SessionService,
    private readonly revocations: AccessRevocations,
  ) {}

  /**
   * Mails the link to the new address and a notice to the current one. An address that already has an
   * account gets the same answer (its owner is told instead), so this does not reveal who has one.
   */
  async request(viewer: Viewer, input: ChangeEmailInput): Promise<true> {
    const { newEmail } = parseInput(changeEmailRules, input);
    const sessionId = requireSession(viewer);
    await this.sessions.requireRecentPassword(viewer);
    const user = await this.users.findOneBy({ id: viewer.userId });
    if (!user) throw AccountError(AccountErrorReason.NOT_FOUND);
    // The address the account already has: nothing to prove or change.
    if (user.email.toLowerCase() === newEmail.toLowerCase()) return true;
    if (!this.mailer.configured || !this.config.publicOrigin) {
      throw AccountError(AccountErrorReason.EMAIL_CONFIRMATION_UNAVAILABLE, {
        messageKey: 'accounts.emailChangeUnavailable',
      });
    }
    await this.limits.consume('emailConfirmationByAccount', user.id);
    const owner = await this.owner(newEmail);
    if (owner) {
      await this.warnOwner(owner);
      return true;
    }
    const secret = newSecret('emailConfirmation');
    await this.changes.insert({
      userId: user.id,
      sessionId,
      newEmail,
      tokenHash: hashSecret(this.config.sessionSecret, secret),
      expiresAt: new Date(Date.now() + LINK_TTL_MS),
    });
    await this.audit.record({
      action: 'account.email_change_requested',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
    // The token travels in the fragment, which browsers never send to a server or put in a Referer.
    const link = this.config.publicLink(`${CONFIRM_PATH}#token=${encodeURIComponent(secret)}`);
    await this.mailer.send({
      to: newEmail,
      subject: translate(user.locale, 'accounts.mail.emailChangeSubject'),
      text: translate(user.locale, 'accounts.mail.emailChangeBody', { link }),
    });
    await this.mailer.send({
      to: user.email,
      subject: translate(user.locale, 'accounts.mail.emailChangeNoticeSubject'),
      text: translate(user.locale, 'accounts.mail.emailChangeNoticeBody', { newEmail }),
    });
    return true;
  }

  /**
   * Opening the link switches the address (now confirmed) and revokes the account's other sessions,
   * keeping the one that asked. It works once, within a day, while the address is still free.
   */
  async confirm(input: ConfirmEmailChangeInput): Promise<true> {
    const { token } = parseInput(confirmRules, input);
    const tokenHash = hashSecret(this.config.sessionSecret, token);
    const revoked = await this.dataSource.transaction(async (manager) => {
      const used = await manager
        .getRepository(EmailChangeEntity)
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where('token_hash = :tokenHash AND used_at IS NULL AND expires_at > now()', { tokenHash })
        .returning('user_id, session_id, new_email')
        .execute();
      const link = (used.raw as { user_id: string; session_id: string; new_email: string }[])[0];
      if (!link || (await this.takenByOther(link.new_email, link.user_id, manager))) {
        throw AccountError(AccountErrorReason.TOKEN_INVALID, {
          messageKey: 'field.tokenInvalid',
          fieldErrors: [{ field: 'token', message: 'field.tokenInvalid' }],
        });
      }
      return this.switchAddress(link.user_id, link.new_email, link.session_id, manager);
    });
    await this.revocations.announce(revoked);
    return true;
  }

  private async switchAddress(
    userId: string,
    newEmail: string,
    keep: string,
    manager: EntityManager,
  ): Promise<AccessRevoked[]> {
    await manager
      .getRepository(UserEntity)
      .update({ id: userId }, { email: newEmail, emailConfirmedAt: new Date() });
    // Other pending changes were asked for before this one: void them.
    await manager
      .getRepository(EmailChangeEntity)
      .update({ userId, usedAt: IsNull() }, { usedAt: new Date() });
    const sessions = await this.sessions.revokeAllOf(userId, manager, keep);
    await this.audit.record(
      {
        action: 'account.email_changed',
        actorId: userId,
        targetType: 'user',
        targetId: userId,
        metadata: { sessionsEnded: sessions.length },
      },
      manager,
    );
    return sessions.map((sessionId) => ({ userId, sessionId }));
  }

  private owner(email: string): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  private takenByOther(email: string, userId: string, manager: EntityManager): Promise<boolean> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email) AND u.id <> :userId', { email, userId })
      .getExists();
  }

  /** Tells the address's owner someone tried to move an account to it; skipped (never refused) beyond 3 an hour. */
  private async warnOwner(owner: Recipient): Promise<void> {
    if (!(await this.limits.tryConsume('signUpNoticesByAccount', owner.id))) return;
    await this.mailer.send({
      to: owner.email,
      subject: translate(owner.locale, 'accounts.mail.emailChangeAttemptSubject'),
      text: translate(owner.locale, 'accounts.mail.emailChangeAttemptBody'),
    });
  }
}
