import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  /** The raw RFC 5322 message. */
  raw: string;
  /** The text body, with quoted-printable undone. */
  text: string;
}

/**
 * A real SMTP server on a random local port that keeps what it receives. Plain SMTP without
 * STARTTLS or AUTH, as a local relay would be: `smtp://127.0.0.1:<port>`.
 */
export class MailCatcher {
  private readonly mails: CaughtMail[] = [];
  private readonly waiters: ((mail: CaughtMail) => void)[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        this.deliver({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, text: textBody(raw) });
        callback();
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
    const waiting = this.mails.shift();
    if (waiting) return Promise.resolve(waiting);
    return new Promise((resolve, reject) => {
      const waiter = (mail: CaughtMail) => {
        clearTimeout(timer);
        resolve(mail);
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
    const waiter = this.waiters.shift();
    if (waiter) waiter(mail);
    else this.mails.push(mail);
  }
}

/** The body after the headers, decoded when quoted-printable (what nodemailer uses for long or non-ASCII lines). */
function textBody(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  if (!/^content-transfer-encoding:\s*quoted-printable/im.test(headers)) return body;
  const bytes: number[] = [];
  const unfolded = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < unfolded.length; i++) {
    const char = unfolded.charAt(i);
    const hex = char === '=' ? /^[0-9A-F]{2}$/i.exec(unfolded.slice(i + 1, i + 3))?.[0] : undefined;
    if (hex) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
