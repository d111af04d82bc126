import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config.js';
import { translate } from '../../core/i18n/translate.js';
import { Mailer } from '../../core/mail/mailer.js';
import { RateLimits } from '../../core/rate-limit/rate-limits.js';
import { type UserEntity } from '../user.entity.js';
import { EmailConfirmationService } from './email-confirmation.service.js';

type Recipient = Pick<UserEntity, 'id' | 'email' | 'locale'>;

/**
 * The mail a sign-up sends when mail is configured: the new account's confirmation link, or a notice
 * to the owner of an address that already has an account. Both answers look the same to whoever
 * signed up, so sign-up does not reveal which addresses have an account (see ADR 0008).
 */
@Injectable()
export class SignUpMail {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly limits: RateLimits,
    private readonly confirmations: EmailConfirmationService,
  ) {}

  /** With SMTP_URL set, sign-up waits for the address to be confirmed instead of signing in. */
  get confirmsFirst(): boolean {
    return this.mailer.configured;
  }

  /** The new account's confirmation link. */
  async welcome(user: Recipient): Promise<void> {
    await this.limits.consume('emailConfirmationByAccount', user.id);
    await this.confirmations.mailLink(user);
  }

  /**
   * A fresh link for an account that tried to sign in before confirming (the right password proved
   * it is the owner). Quietly skipped once the account's budget is spent: the refusal says the same.
   */
  async remind(user: Recipient): Promise<void> {
    if (await this.limits.tryConsume('emailConfirmationByAccount', user.id)) {
      await this.confirmations.mailLink(user);
    }
  }

  /**
   * Tells the owner someone tried to sign up with their address, and how to get in. Skipped (never
   * refused: a refusal would reveal the account) once the owner's budget is spent, so sign-up cannot
   * flood their inbox.
   */
  async warnOwner(owner: Recipient): Promise<void> {
    if (!(await this.limits.tryConsume('signUpNoticesByAccount', owner.id))) return;
    await this.mailer.send({
      to: owner.email,
      subject: translate(owner.locale, 'accounts.mail.signUpAttemptSubject'),
      text: translate(owner.locale, 'accounts.mail.signUpAttemptBody', {
        signInLink: this.config.publicLink('/sign-in'),
        resetLink: this.config.publicLink('/forgot-password'),
      }),
    });
  }
}
