import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  /** The raw RFC 5322 message. */
  raw: string;
  /** The text body, decoded (mailparser). */
  text: string;
}

/**
 * A real SMTP server on a random local port that keeps what it receives. Plain SMTP without
 * STARTTLS or AUTH, as a local relay would be: `smtp://127.0.0.1:<port>`.
 */
export class MailCatcher {
  private readonly mails: CaughtMail[] = [];
  private readonly waiters: { wants: (mail: CaughtMail) => boolean; take: (mail: CaughtMail) => void }[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        simpleParser(raw).then(
          (parsed) => {
            this.deliver({ to, raw: raw.toString('utf8'), text: parsed.text ?? '' });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  static async start(): Promise<MailCatcher> {
    const catcher = new MailCatcher();
    await new Promise<void>((resolve) => catcher.server.listen(0, '127.0.0.1', resolve));
    return catcher;
  }

  get url(): string {
    const address = this.server.server.address();
    if (typeof address !== 'object' || !address) throw new Error('SMTP server not listening');
    return `smtp://127.0.0.1:${address.port}`;
  }

  /** The next message received, failing after `timeoutMs`. */
  next(timeoutMs = 5000): Promise<CaughtMail> {
    return this.nextWhere(() => true, timeoutMs);
  }

  /** The next message to `address` (any case), leaving the others queued for `next`. */
  nextTo(address: string, timeoutMs = 5000): Promise<CaughtMail> {
    const wanted = address.toLowerCase();
    return this.nextWhere((mail) => mail.to.some((to) => to.toLowerCase() === wanted), timeoutMs);
  }

  private nextWhere(wants: (mail: CaughtMail) => boolean, timeoutMs: number): Promise<CaughtMail> {
    const index = this.mails.findIndex(wants);
    if (index >= 0) return Promise.resolve(this.mails.splice(index, 1)[0] as CaughtMail);
    return new Promise((resolve, reject) => {
      const waiter = {
        wants,
        take: (mail: CaughtMail) => {
          clearTimeout(timer);
          resolve(mail);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no e-mail within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Fails if a message arrives within `ms`. */
  async nothingWithin(ms: number): Promise<void> {
    const mail = await this.next(ms).catch(() => null);
    if (mail) throw new Error(`expected no e-mail, got one to ${mail.to.join(', ')}`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private deliver(mail: CaughtMail): void {
    const index = this.waiters.findIndex((waiter) => waiter.wants(mail));
    if (index >= 0) this.waiters.splice(index, 1)[0]?.take(mail);
    else this.mails.push(mail);
  }
}
