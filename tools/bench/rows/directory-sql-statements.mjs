import { startApiProcess } from '../lib/api-process.mjs';
import { directoryFixture, fetchDirectory, PAGE_SIZE } from '../lib/directory-fixture.mjs';

const PAGES = [10, PAGE_SIZE];
const COUNTED_REQUESTS = 3;

/**
 * SQL statements PostgreSQL executes for one directory request answering 10 and answering 50
 * organisations (first: 10 and first: 50 on the seeded data set, same viewer): equal counts mean no
 * per-organisation queries (no N+1) behind memberCount and viewerRole. Counted per database (see
 * createStatementCounter). A warm-up request runs first, then the fewest statements of three
 * requests counts, so a once-a-minute session refresh (last_seen_at) cannot tip it.
 */
export default {
  id: 'directory-sql-statements',
  name: 'SQL statements per directory request answering 10 vs 50 organisations',
  unit: 'statements',
  baseline: 'the same request answering 10 organisations',
  labels: { product: '50 organisations', baseline: '10 organisations' },
  target: { text: 'equal', meets: (_ratio, value, baselineValue) => value === baselineValue },
  async measure(ctx) {
    const counter = await ctx.statementCounter();
    const fixture = await directoryFixture(ctx);
    let url = fixture.api.url;
    if (counter.apiUrl(fixture.database.url) !== fixture.database.url) {
      // Counting on the wire needs the API to connect through the counting relay: an API of its own.
      const api = await startApiProcess({
        databaseUrl: counter.apiUrl(fixture.database.url),
        sessionSecret: ctx.sessionSecret,
        name: 'API (statement count)',
      });
      ctx.onCleanup(() => api.stop());
      url = api.url;
    }
    const counts = {};
    const statements = {};
    for (const first of PAGES) {
      const warm = await fetchDirectory(url, fixture.cookie, first);
      if (warm.data.organizations.edges.length !== first) {
        throw new Error(
          `expected ${first} organisations in the answer, got ${warm.data.organizations.edges.length}`,
        );
      }
      const samples = [];
      for (let i = 0; i < COUNTED_REQUESTS; i += 1) {
        samples.push(
          await counter.count(fixture.database.name, () => fetchDirectory(url, fixture.cookie, first)),
        );
      }
      counts[first] = samples.map((s) => s.statements);
      statements[first] = samples.reduce((a, b) => (b.statements < a.statements ? b : a)).queries;
    }
    return {
      value: Math.min(...counts[PAGE_SIZE]),
      baselineValue: Math.min(...counts[10]),
      details: { method: counter.method, countsPerRequest: counts, statementsFor50: statements[PAGE_SIZE] },
    };
  },
};
