import * as Y from 'yjs';
import { createSession } from './accounts.mjs';

/** Characters of one page of a report (a 200-page report is then about 500,000 characters). */
export const CHARACTERS_PER_PAGE = 2_500;
const PARAGRAPHS_PER_PAGE = 5;
/** Co-authors writing the long report, page by page in turn (their items do not merge). */
const AUTHORS = 5;
const SENTENCE =
  'Observers at the tallying centre recorded that the results forms were posted before the party agents signed them. ';

/**
 * The data the review rows need, in SQL after the API's migrations: `editors` users, each a MEMBER
 * of one co-author organisation (so each may edit), signed in with a session; a report with one
 * section for co-editing, and a report with `pages` sections for opening.
 */
export async function seedReviews(client, { editors, pages, sessionSecret }) {
  const one = async (sql, params = []) => (await client.query(sql, params)).rows[0].id;
  const organizationId = await one(
    `INSERT INTO organizations (name, kind, country_codes, verified_at)
     VALUES ('Bench Observer Mission', 'CIVIL_SOCIETY', '{KE}', now()) RETURNING id`,
  );
  const cookies = [];
  for (let index = 0; index < editors; index += 1) {
    const userId = await one(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, '!bench: no password') RETURNING id`,
      [`editor-${index}@bench.example`, `Bench Editor ${index}`],
    );
    await client.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
      organizationId,
      userId,
    ]);
    cookies.push(await createSession(client, userId, sessionSecret));
  }
  const report = async (title, sectionCount) => {
    const reportId = await one(
      `INSERT INTO review_reports (title, owner_organization_id) VALUES ($1, $2) RETURNING id`,
      [title, organizationId],
    );
    await client.query(
      `INSERT INTO review_co_authors (report_id, organization_id, position) VALUES ($1, $2, 0)`,
      [reportId, organizationId],
    );
    const { rows } = await client.query(
      `INSERT INTO review_sections (report_id, title, position)
       SELECT $1, 'Page ' || (n + 1), n FROM generate_series(0, $2 - 1) AS n RETURNING id, position`,
      [reportId, sectionCount],
    );
    return { reportId, sectionIds: rows.sort((a, b) => a.position - b.position).map((row) => row.id) };
  };
  const coEdited = await report('Co-edited debrief', 1);
  const long = await report('Long debrief', pages);
  return { cookies, coEdited, long };
}

/** Stores a document as the API's compaction leaves it: one snapshot row, no log. */
export async function storeDocument(client, reportId, state) {
  await client.query(`INSERT INTO review_document_snapshots (report_id, state) VALUES ($1, $2)`, [
    reportId,
    Buffer.from(state),
  ]);
}

/** A Tiptap paragraph holding `text`, as the web editor writes one. */
function paragraph(text) {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** The co-edited section: one paragraph per editor, each typing into its own. */
export function coEditedState(sectionId, editors) {
  const doc = new Y.Doc();
  doc.getXmlFragment(sectionId).insert(
    0,
    Array.from({ length: editors }, (_, index) => paragraph(`Editor ${index}: `)),
  );
  return Y.encodeStateAsUpdate(doc);
}

/**
 * A long report: one section (fragment) per page of `CHARACTERS_PER_PAGE` characters in paragraphs,
 * written by `AUTHORS` co-authors page by page in turn, so the state holds items of several clients.
 */
export function longReportState(sectionIds) {
  const authors = Array.from({ length: AUTHORS }, () => new Y.Doc());
  const shared = authors[0];
  const paragraphLength = CHARACTERS_PER_PAGE / PARAGRAPHS_PER_PAGE;
  const text = SENTENCE.repeat(Math.ceil(paragraphLength / SENTENCE.length)).slice(0, paragraphLength);
  for (const [page, sectionId] of sectionIds.entries()) {
    const author = authors[page % AUTHORS];
    Y.applyUpdate(author, Y.encodeStateAsUpdate(shared, Y.encodeStateVector(author)));
    author.getXmlFragment(sectionId).insert(
      0,
      Array.from({ length: PARAGRAPHS_PER_PAGE }, () => paragraph(text)),
    );
    Y.applyUpdate(shared, Y.encodeStateAsUpdate(author, Y.encodeStateVector(shared)));
  }
  const state = Y.encodeStateAsUpdate(shared);
  for (const author of authors) author.destroy();
  return state;
}
