import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The ~49,000 most common breached passwords (zxcvbn-ts list), lower-cased. Imported on the first
 * password check (password-policy.ts), not at start: the list is ~0.4 MB of code to compile.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  (dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()),
);
