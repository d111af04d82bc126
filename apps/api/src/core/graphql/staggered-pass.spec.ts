import { StaggeredPass } from './staggered-pass.js';

const PHASES = 4;
/** One turn every 25 ms: the test reads the order of the visits, never their timing. */
const INTERVAL_MS = PHASES * 25;

/** Starts a pass over `members` and resolves with the members of its first `count` visits. */
function visits(
  members: string[],
  count: number,
  meanwhile: (pass: StaggeredPass<string>, seen: string[][]) => void = () => undefined,
): Promise<string[][]> {
  return new Promise((resolve) => {
    const seen: string[][] = [];
    const pass = new StaggeredPass<string>(INTERVAL_MS, PHASES, (due) => {
      seen.push([...due].sort());
      meanwhile(pass, seen);
      if (seen.length < count) return;
      pass.stop();
      resolve(seen);
    });
    for (const member of members) pass.add(member);
    pass.start();
  });
}

describe('StaggeredPass', () => {
  it('visits every member once per interval, a slice of the same size each turn', async () => {
    const members = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const seen = await visits(members, 2 * PHASES);
    const firstInterval = seen.slice(0, PHASES);
    expect(firstInterval.map((slice) => slice.length)).toEqual([2, 2, 2, 2]);
    expect(firstInterval.flat().sort()).toEqual(members);
    // Each member keeps its phase: the next interval repeats the same slices in the same order.
    expect(seen.slice(PHASES)).toEqual(firstInterval);
  });

  it('stops visiting a member once it is deleted', async () => {
    const seen = await visits(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 2 * PHASES, (pass, soFar) => {
      if (soFar.length === 1) pass.delete('c');
    });
    expect(seen.slice(PHASES).flat().sort()).toEqual(['a', 'b', 'd', 'e', 'f', 'g', 'h']);
  });
});
