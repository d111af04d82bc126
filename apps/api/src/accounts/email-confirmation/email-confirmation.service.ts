import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { LIMITS } from '@ecw/domain';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { hashSecret, newSecret } from '../../core/auth/credential-secret.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { AppConfig } from '../../core/config/app-config.js';
import { notFound } from '../../core/errors/domain.exception.js';
import { translate } from '../../core/i18n/translate.js';
import { Mailer } from '../../core/mail/mailer.js';
import { RateLimits } from '../../core/rate-limit/rate-limits.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { AccountError, AccountErrorReason } from '../account.errors.js';
import { issuedSecretRule } from '../account.rules.js';
import { UserEntity } from '../user.entity.js';
import { type ConfirmAccountEmailInput } from './dtos/confirm-account-email.input.js';
import { type ConfirmEmailInput } from './dtos/confirm-email.input.js';
import { EmailConfirmationEntity } from './email-confirmation.entity.js';

const LINK_TTL_MS = 24 * 60 * 60 * 1000;
const CONFIRM_EMAIL_PATH = '/confirm-email';

/** How an address was proved; kept in the audit log. */
export type EmailProof = 'link' | 'invitation' | 'platform_admin';

const confirmEmailRules = z.object({ token: issuedSecretRule });
const confirmAccountEmailRules = z.object({ email: z.string().trim().max(LIMITS.emailMax) });

/**
 * Proof that an account's owner receives mail at its address. Sign-up proves nothing (anyone can type
 * any address), so anything that trusts the address (accepting an invitation without its link) asks
 * for a confirmed one.
 */
@Injectable()
export class EmailConfirmationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(EmailConfirmationEntity) private readonly links: Repository<EmailConfirmationEntity>,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly audit: AuditLogService,
    private readonly limits: RateLimits,
  ) {}

  /** Mails a one-day, single-use link to the account's address; without mail, says who can confirm instead. */
  async send(viewer: Viewer): Promise<true> {
    const user = await this.account(viewer.userId);
    if (user.emailConfirmedAt) return true;
    if (!this.mailer.configured || !this.config.publicOrigin) {
      throw AccountError(AccountErrorReason.EMAIL_CONFIRMATION_UNAVAILABLE, {
        messageKey: 'accounts.emailConfirmationUnavailable',
      });
    }
    await this.limits.consume('emailConfirmationByAccount', user.id);
    await this.mailLink(user);
    return true;
  }

  /**
   * Whoever opens the link proves the mailbox; it works once, within a day, and only while the
   * account still has the address it was sent to.
   */
  async confirm(input: ConfirmEmailInput): Promise<true> {
    const { token } = parseInput(confirmEmailRules, input);
    const tokenHash = hashSecret(this.config.sessionSecret, token);
    await this.dataSource.transaction(async (manager) => {
      const used = await manager
        .getRepository(EmailConfirmationEntity)
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where('token_hash = :tokenHash AND used_at IS NULL AND expires_at > now()', { tokenHash })
        .returning('user_id, email')
        .execute();
      const link = (used.raw as { user_id: string; email: string }[])[0];
      if (!link || !(await this.markConfirmed(link.user_id, link.email, 'link', link.user_id, manager))) {
        throw AccountError(AccountErrorReason.TOKEN_INVALID, {
          messageKey: 'field.tokenInvalid',
          fieldErrors: [{ field: 'token', message: 'field.tokenInvalid' }],
        });
      }
    });
    return true;
  }

  /** A platform admin vouches for an account's address (after checking it another way). */
  async confirmByAdmin(viewer: Viewer, input: ConfirmAccountEmailInput): Promise<true> {
    const { email } = parseInput(confirmAccountEmailRules, input);
    const user = await this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    if (!user) throw notFound();
    await this.dataSource.transaction((manager) =>
      this.markConfirmed(user.id, user.email, 'platform_admin', viewer.userId, manager),
    );
    return true;
  }

  /**
   * Marks the address confirmed if the account still has it (any case); true when it is confirmed
   * afterwards. Runs in the caller's transaction (an accepted invitation confirms in the same one).
   */
  async markConfirmed(
    userId: string,
    email: string,
    proof: EmailProof,
    actorId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const updated = await manager
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({ emailConfirmedAt: () => 'now()' })
      .where('id = :userId AND lower(email) = lower(:email) AND email_confirmed_at IS NULL', {
        userId,
        email,
      })
      .execute();
    if (updated.affected) {
      await this.audit.record(
        {
          action: 'account.email_confirmed',
          actorId,
          targetType: 'user',
          targetId: userId,
          metadata: { proof },
        },
        manager,
      );
      return true;
    }
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = :userId AND lower(u.email) = lower(:email) AND u.email_confirmed_at IS NOT NULL', {
        userId,
        email,
      })
      .getExists();
  }

  /** Stores a new one-day link for the account's current address and mails it there. */
  async mailLink(user: Pick<UserEntity, 'id' | 'email' | 'locale'>): Promise<void> {
    const secret = newSecret('emailConfirmation');
    await this.links.insert({
      userId: user.id,
      email: user.email,
      tokenHash: hashSecret(this.config.sessionSecret, secret),
      expiresAt: new Date(Date.now() + LINK_TTL_MS),
    });
    await this.audit.record({
      action: 'account.email_confirmation_sent',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
    // The token travels in the fragment, which browsers never send to a server or put in a Referer.
    const link = this.config.publicLink(`${CONFIRM_EMAIL_PATH}#token=${encodeURIComponent(secret)}`);
    await this.mailer.send({
      to: user.email,
      subject: translate(user.locale, 'accounts.mail.emailConfirmationSubject'),
      text: translate(user.locale, 'accounts.mail.emailConfirmationBody', { link }),
    });
  }

  private async account(userId: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw AccountError(AccountErrorReason.NOT_FOUND);
    return user;
  }
}
