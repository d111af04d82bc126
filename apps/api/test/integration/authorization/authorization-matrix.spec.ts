import { startTestApi } from '../../support/test-api.js';
import { expectAllowed, expectRefused, liveRootFields } from './attempt.js';
import { MATRIX } from './matrix.js';
import { Stage } from './stage.js';

/**
 * DESIGN: "a test walks every root field of the emitted schema and fails when a field has no
 * authorization test (allowed and refused)". The live schema decides which tests exist, so the API
 * starts while this file is collected (top-level await) rather than in beforeAll: a case whose field
 * the API does not serve (yet) shows as skipped, and a served field without cases fails.
 */
const t = await startTestApi();
const live = await liveRootFields(t);
let stage: Stage;

beforeAll(async () => {
  stage = await Stage.set(t);
});
afterAll(() => t.close());

describe('authorization matrix', () => {
  it('has at least one allowed and one refused case for every root field the API serves', () => {
    const uncovered = live.filter(
      (field) => !MATRIX[field]?.allowed.length || !MATRIX[field]?.refused.length,
    );
    expect(uncovered).toEqual([]);
  });

  for (const [field, cases] of Object.entries(MATRIX)) {
    const served = live.includes(field);
    const test = served ? it : it.skip;
    describe(served ? field : `${field} (not in the live schema yet)`, () => {
      for (const allowed of cases.allowed)
        test(`allowed: ${allowed.as}, ${allowed.name}`, () => expectAllowed(stage, field, allowed));
      for (const refused of cases.refused)
        test(`refused: ${refused.as}, ${refused.name}`, () => expectRefused(stage, field, refused));
    });
  }
});
