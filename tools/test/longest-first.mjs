import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import jestSequencer from '@jest/test-sequencer';

const TestSequencer = jestSequencer.default ?? jestSequencer;

/** Seconds per test file, from a full `npm test` (tools/test/record-durations.mjs writes it). */
const recorded = JSON.parse(readFileSync(new URL('./durations.json', import.meta.url), 'utf8'));

/**
 * Jest starts the files it has timed on this machine longest first, so that its workers end
 * together. Without timings (a fresh clone, CI) it starts the largest files first, and short files
 * that run long (the authorization matrix, the accessibility screens) start last and run alone
 * while the other worker idles. A file Jest has not timed here takes its recorded duration instead.
 */
export default class LongestFirst extends TestSequencer {
  time(test) {
    const seconds = recorded[relative(test.context.config.rootDir, test.path)];
    return super.time(test) ?? (seconds === undefined ? undefined : seconds * 1000);
  }
}
