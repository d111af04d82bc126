import { createTransport, type Transporter } from 'nodemailer';

/** Short enough that a stuck mail server cannot hold a shutdown for minutes (nodemailer waits up to 10 minutes). */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** nodemailer's SMTP transport; imported by the Mailer only when SMTP_URL is set. */
export function smtpTransport(url: string, from: string): Transporter {
  return createTransport({ url, ...SMTP_TIMEOUTS }, { from });
}
