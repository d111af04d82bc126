import { PinoPretty } from 'pino-pretty';

/** Readable log lines for a person watching a terminal (see log-destination.ts). */
export function prettyDestination(stdout: NodeJS.WriteStream): NodeJS.WritableStream {
  return PinoPretty({
    destination: stdout,
    colorize: stdout.hasColors?.() ?? false,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service',
    // Synchronous, as pino's own stdout is: the last lines before an exit are not lost.
    sync: true,
  });
}
