/**
 * Where `npm start` writes its log: readable lines when a person watches a terminal, JSON lines
 * (pino's default destination, stdout) everywhere else: pipes, files, containers, log collectors.
 * pino-pretty is only loaded for a terminal: elsewhere a start would compile it for nothing.
 */
export async function logDestination(stdout: NodeJS.WriteStream): Promise<NodeJS.WritableStream | undefined> {
  if (!stdout.isTTY) return undefined;
  const { PinoPretty } = await import('pino-pretty');
  return PinoPretty({
    destination: stdout,
    colorize: stdout.hasColors?.() ?? false,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service',
    // Synchronous, as pino's own stdout is: the last lines before an exit are not lost.
    sync: true,
  });
}
