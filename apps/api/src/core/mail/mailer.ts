import { type Transporter } from 'nodemailer';
import { type AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Outgoing e-mail through SMTP_URL (smtp:// upgrades with STARTTLS when the server offers it,
 * smtps:// is TLS from the start), from MAIL_FROM. Without SMTP_URL nothing is sent and `configured`
 * is false: features then offer one-time links for an administrator to hand over instead.
 * nodemailer (smtp-transport.ts) is only loaded when SMTP_URL is set: ~0.65 MB of code to compile.
 */
export class Mailer {
  private readonly transport: Promise<Transporter> | null;

  constructor(config: AppConfig) {
    const url = config.env.SMTP_URL;
    this.transport = url
      ? import('./smtp-transport.js').then(({ smtpTransport }) => smtpTransport(url, config.env.MAIL_FROM))
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** Sends one message; false when mail is not configured. Rejects when the SMTP server refuses it. */
  async send(mail: OutgoingMail): Promise<boolean> {
    if (!this.transport) return false;
    await (await this.transport).sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
    return true;
  }
}
