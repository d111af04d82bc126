import { chmod, readFile, stat } from 'node:fs/promises';

/**
 * Reads a secret kept in DATA_DIR (the session secret, the embedded PostgreSQL's password). A file
 * that others may read (mode wider than 0600: a copied folder, a careless umask) is fixed to 0600
 * and reported through `warn`, so the secret stays usable and the operator hears about it.
 * Null when the file does not exist.
 */
export async function readPrivateFile(file: string, warn: (message: string) => void): Promise<string | null> {
  let mode: number;
  try {
    mode = (await stat(file)).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if ((mode & 0o077) !== 0) {
    await chmod(file, 0o600);
    warn(
      `${file} was readable by others (mode ${mode.toString(8)}): its mode is now 600. Consider replacing the secret in it.`,
    );
  }
  return (await readFile(file, 'utf8')).trim();
}
