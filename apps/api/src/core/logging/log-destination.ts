/**
 * Where `npm start` writes its log: readable lines when a person watches a terminal, JSON lines
 * (pino's default destination, stdout) everywhere else: pipes, files, containers, log collectors.
 * pino-pretty is only loaded for a terminal: elsewhere a start would compile it for nothing.
 */
export async function logDestination(stdout: NodeJS.WriteStream): Promise<NodeJS.WritableStream | undefined> {
  if (!stdout.isTTY) return undefined;
  const { prettyDestination } = await import('./pretty-destination.js');
  return prettyDestination(stdout);
}
