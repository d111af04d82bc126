import { connect, createServer, type Server, type Socket } from 'node:net';

/** Untyped startup-phase requests after which the client sends another untyped message. */
const SSL_REQUEST = 80877103;
const GSS_ENCRYPTION_REQUEST = 80877104;

/**
 * A TCP proxy between the API and PostgreSQL that counts the statements the API sends, read off
 * the wire protocol itself: every simple-protocol Query ('Q') and every extended-protocol Execute
 * ('E') message is one statement executed by the server. Nothing in the API is wrapped or mocked,
 * so whatever issues SQL (TypeORM, pg, a DataLoader) is counted, from every pooled connection.
 */
export class StatementCounter {
  private statements = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  /** Starts the proxy in front of the server of `databaseUrl`; `url` is the same database through it. */
  static async start(databaseUrl: string): Promise<{ counter: StatementCounter; url: string }> {
    const target = new URL(databaseUrl);
    const server = createServer();
    const counter = new StatementCounter(server);
    server.on('connection', (client) => counter.relay(client, target.hostname, Number(target.port || 5432)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('the statement counter has no port');
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(address.port);
    return { counter, url: url.toString() };
  }

  /** Statements sent since the last reset. */
  get count(): number {
    return this.statements;
  }

  reset(): void {
    this.statements = 0;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: Socket, host: string, port: number): void {
    const server = connect(port, host);
    for (const socket of [client, server]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        server.destroy();
      });
    }
    const reader = new FrontendMessages((type) => {
      if (type === 'Q' || type === 'E') this.statements += 1;
    });
    client.on('data', (chunk: Buffer) => reader.push(chunk));
    client.pipe(server);
    server.pipe(client);
  }
}

/** Splits the client-to-server byte stream into protocol messages, reporting each message's type. */
class FrontendMessages {
  private buffered = Buffer.alloc(0);
  private startupPhase = true;

  constructor(private readonly onMessage: (type: string) => void) {}

  push(chunk: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    for (;;) {
      const length = this.startupPhase ? this.untypedLength() : this.typedLength();
      if (length === null || this.buffered.length < length) return;
      if (this.startupPhase) {
        const code = this.buffered.readInt32BE(4);
        this.startupPhase = code === SSL_REQUEST || code === GSS_ENCRYPTION_REQUEST;
      } else {
        this.onMessage(String.fromCharCode(this.buffered.readUInt8(0)));
      }
      this.buffered = this.buffered.subarray(length);
    }
  }

  /** Startup messages: Int32 length (itself included), no type byte. */
  private untypedLength(): number | null {
    return this.buffered.length >= 8 ? this.buffered.readInt32BE(0) : null;
  }

  /** Every later message: a type byte, then Int32 length (itself included). */
  private typedLength(): number | null {
    return this.buffered.length >= 5 ? 1 + this.buffered.readInt32BE(1) : null;
  }
}
