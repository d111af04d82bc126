import { startApiProcess } from '../lib/api-process.mjs';
import { ask, consultationFixture, PAGE_QUERY } from '../lib/consultation-fixture.mjs';

const COUNTED_REQUESTS = 3;

/**
 * SQL statements PostgreSQL executes for the consultation page (a participant of a CHATHAM_HOUSE
 * consultation: briefs with answers, comment counts, redacted participants) with 10 and with 100
 * briefs: equal counts mean no per-brief queries. A warm-up request first, then the fewest of three.
 */
export default {
  id: 'consultation-sql-statements',
  name: 'SQL statements per consultation page with 10 vs 100 briefs (answers, comment counts, redacted)',
  unit: 'statements',
  baseline: 'the same page with 10 briefs',
  labels: { product: '100 briefs', baseline: '10 briefs' },
  target: { text: 'equal', meets: (_ratio, value, baselineValue) => value === baselineValue },
  async measure(ctx) {
    const counter = await ctx.statementCounter();
    const fixture = await consultationFixture(ctx);
    let url = fixture.api.url;
    if (counter.apiUrl(fixture.database.url) !== fixture.database.url) {
      // Counting on the wire needs the API to connect through the counting relay: an API of its own.
      const api = await startApiProcess({
        databaseUrl: counter.apiUrl(fixture.database.url),
        sessionSecret: ctx.sessionSecret,
        name: 'API (consultation statement count)',
      });
      ctx.onCleanup(() => api.stop());
      url = api.url;
    }
    const counts = {};
    const statements = {};
    for (const size of [10, 100]) {
      const variables = { id: fixture.seed.pages[size] };
      const warm = await ask(url, fixture.cookie, PAGE_QUERY, variables);
      if (warm.data.consultation.briefs.totalCount !== size) {
        throw new Error(`expected ${size} briefs, got ${warm.data.consultation.briefs.totalCount}`);
      }
      const samples = [];
      for (let i = 0; i < COUNTED_REQUESTS; i += 1) {
        samples.push(
          await counter.count(fixture.database.name, () => ask(url, fixture.cookie, PAGE_QUERY, variables)),
        );
      }
      counts[size] = samples.map((s) => s.statements);
      statements[size] = samples.reduce((a, b) => (b.statements < a.statements ? b : a)).queries;
    }
    return {
      value: Math.min(...counts[100]),
      baselineValue: Math.min(...counts[10]),
      details: { method: counter.method, countsPerRequest: counts, statementsFor100: statements[100] },
    };
  },
};
