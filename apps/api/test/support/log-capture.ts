import { Writable } from 'node:stream';

/** One JSON log line as pino writes it. */
export type LogRecord = Record<string, unknown>;

/**
 * A log destination that keeps what the API writes, for tests that assert on logs
 * (`startTestApi({ LOG_LEVEL: 'info' }, { logStream: new LogCapture() })`).
 */
export class LogCapture extends Writable {
  private readonly chunks: string[] = [];

  override _write(
    chunk: Buffer | string,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void,
  ): void {
    this.chunks.push(chunk.toString());
    done();
  }

  /** Everything written so far, verbatim. */
  get text(): string {
    return this.chunks.join('');
  }

  /** The lines written so far, parsed. */
  records(): LogRecord[] {
    return this.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LogRecord);
  }

  /** Forgets what was written, so a test sees only its own lines. */
  clear(): void {
    this.chunks.length = 0;
  }
}
