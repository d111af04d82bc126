/**
 * The post-election review story, in real browsers against the built product:
 *
 *   0. (API) Ada's tech company and Bruno's election commission, both verified; Vera is a VIEWER of
 *      Ada's company; Amira, who reads Arabic, a MEMBER of Bruno's commission.
 *   1. Ada creates a review on screen, naming the commission as co-author: the standard debrief
 *      sections appear, each with its lead-organisation badge.
 *   2. Ada and Bruno, in two browser contexts, type in the same section: each sees the other's
 *      text, caret label and avatar, and the indicator says "Saved" once the server has stored it.
 *   3. Vera reads the text but cannot edit it.
 *   4. Amira edits in Arabic: the editor follows the page's right-to-left direction and her text
 *      reads back as she typed it.
 *   5. Ada freezes two versions and sees what changed between them, each with its content hash (in
 *      between she removes a section and restores it from the versions panel); she requests
 *      sign-off and signs (her Sign button goes); publishing is refused, naming the
 *      commission, until Bruno signs. Bruno's open editor then turns read-only and says the report
 *      was published. After publication Ada adds a recommendation: it appears live
 *      on Bruno's page, he moves it to In progress, and Ada's page shows that live.
 *   6. axe-core finds no serious violation on the list, create and report screens, English and Arabic;
 *      screenshots of each go to apps/web-e2e/screenshots/ for a person to look at.
 *
 * The tests run in order and build on each other.
 */
import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/accessibility.js';
import { ApiClient, newPerson, type Person } from './support/api-client.js';
import {
  chooseOption,
  expectVisible,
  openStage,
  openWindow,
  screenshot,
  type Stage,
  withWindows,
} from './support/browser.js';
import { graphqlAs } from './support/graphql-request.js';
import { grantPlatformAdmin } from './support/operator.js';

const TECH = 'Ballot Tech Review Desk';
const COMMISSION = 'Lakeside Electoral Commission';
const TITLE = 'Debrief of the general election';
const ARABIC_SENTENCE = 'سارت عملية الفرز بسلاسة في معظم المراكز.';

let stage: Stage;
let ada: ApiClient;
let bruno: ApiClient;
let vera: ApiClient;
let amira: ApiClient;
const people: Record<'ada' | 'bruno' | 'vera' | 'amira', Person> = {
  ada: newPerson('Ada Mwangi'),
  bruno: newPerson('Bruno Otieno'),
  vera: newPerson('Vera Viewer'),
  amira: newPerson('Amira Haddad'),
};
let reportId = '';

/** The editor of one section, found by its accessible name (the section title). */
function sectionText(page: Page, section: string): Locator {
  return page.getByRole('textbox', { name: section });
}

/**
 * Each element's text and the side of its box the text sits against: 'right' for a line laid out
 * right to left in a wide box, 'left' for one laid out left to right. Elements without text are
 * left out.
 */
async function sidesOfText(elements: Locator): Promise<[string, 'left' | 'right'][]> {
  const sides = await elements.evaluateAll((found) =>
    found.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      const side = Math.abs(box.right - text.right) < Math.abs(text.left - box.left) ? 'right' : 'left';
      return [element.textContent?.trim() ?? '', side] as const;
    }),
  );
  return sides.filter(([text]) => text !== '').map(([text, side]) => [text, side]);
}

async function expectSaved(page: Page): Promise<void> {
  await expectVisible(
    page.locator('[data-save-state="saved"]'),
    'the save indicator to say the edits are stored',
  );
}

beforeAll(async () => {
  stage = await openStage();
  [ada, bruno, vera, amira] = await Promise.all([
    ApiClient.signUp(stage.server.url, people.ada),
    ApiClient.signUp(stage.server.url, people.bruno),
    ApiClient.signUp(stage.server.url, people.vera),
    ApiClient.signUp(stage.server.url, people.amira, 'ar'),
  ]);
  const techId = await ada.createOrganization({ name: TECH, kind: 'TECH_COMPANY', countryCodes: ['KE'] });
  const commissionId = await bruno.createOrganization({
    name: COMMISSION,
    kind: 'ELECTION_AUTHORITY',
    countryCodes: ['KE'],
  });
  await vera.acceptInvitation(await ada.invite(techId, people.vera.email, 'VIEWER'));
  await amira.acceptInvitation(await bruno.invite(commissionId, people.amira.email, 'MEMBER'));
  // The directory lists verified organisations to others: a platform administrator verifies both.
  await grantPlatformAdmin(stage.server.databaseUrl, people.ada.email);
  const admin = await openWindow(stage);
  await graphqlAs(
    admin.context.request,
    stage.url('/'),
    `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`,
    { input: { email: people.ada.email, password: people.ada.password } },
  );
  for (const id of [techId, commissionId]) {
    await graphqlAs(
      admin.context.request,
      stage.url('/'),
      `mutation ($id: ID!) { verifyOrganization(id: $id) { id } }`,
      {
        id,
      },
    );
  }
  await admin.context.close();
});

afterAll(async () => {
  await stage?.close();
});

it('Ada creates a review with the commission as co-author, and gets the debrief sections', async () => {
  const a = await openWindow(stage, { signedInAs: ada });
  await withWindows('reviews-create', { a }, async () => {
    await a.page.goto(stage.url('/reviews/new'));
    await a.page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await chooseOption(a.page, 'Owner organisation', TECH);
    await chooseOption(a.page, 'Co-author organisations', COMMISSION, 'Lakeside');
    await a.page.keyboard.press('Escape');
    await screenshot(a.page, 'reviews-create-en', true);
    await expectNoSeriousViolations(a.page, 'The create review screen (en)');
    await a.page.getByRole('button', { name: 'Create review' }).click();
    await a.page.waitForURL(/\/reviews\/[0-9a-f-]{36}$/);
    reportId = new URL(a.page.url()).pathname.split('/').pop() ?? '';
    await expectVisible(a.page.getByRole('heading', { name: TITLE, level: 1 }), 'the review title');
    for (const section of [
      'Summary',
      'What worked',
      'What did not work',
      'Incidents and escalations',
      'Recommendations',
    ]) {
      await expectVisible(
        a.page.getByRole('heading', { name: section, level: 2 }),
        `the "${section}" section`,
      );
    }
    await expectVisible(a.page.getByText('No lead organisation'), 'the lead organisation badge');
    await expectVisible(a.page.getByText(COMMISSION), 'the commission among the co-authors');

    await a.page.getByRole('link', { name: 'Reviews', exact: true }).click();
    await expectVisible(a.page.getByRole('link', { name: TITLE }), 'the new review in the list');
    // On a narrow screen the table squeezes its columns; the status still shows its whole word (a
    // badge in a table cell otherwise shrinks with its column, down to an ellipsis).
    const wide = a.page.viewportSize();
    await a.page.setViewportSize({ width: 640, height: 900 });
    const status = a.page.getByRole('row', { name: new RegExp(TITLE) }).getByText('Drafting');
    expect(await status.evaluate((label) => label.scrollWidth <= label.clientWidth)).toBe(true);
    if (wide) await a.page.setViewportSize(wide);
    await screenshot(a.page, 'reviews-list-en', true);
    await expectNoSeriousViolations(a.page, 'The reviews list (en)');
    expect(a.errors).toEqual([]);
  });
});

it('Ada and Bruno type in the same section and see each other’s text and caret', async () => {
  const a = await openWindow(stage, { signedInAs: ada });
  const b = await openWindow(stage, { signedInAs: bruno });
  await withWindows('reviews-coedit', { a, b }, async () => {
    await Promise.all([
      a.page.goto(stage.url(`/reviews/${reportId}`)),
      b.page.goto(stage.url(`/reviews/${reportId}`)),
    ]);
    await Promise.all([expectSaved(a.page), expectSaved(b.page)]);

    const summaryA = sectionText(a.page, 'Text of “Summary”');
    const summaryB = sectionText(b.page, 'Text of “Summary”');
    await summaryA.click();
    await a.page.keyboard.type('Turnout was high in every county.');
    await expectVisible(
      summaryB.getByText('Turnout was high in every county.'),
      'Ada’s words in Bruno’s editor',
    );

    await summaryB.click();
    await b.page.keyboard.press('End');
    await b.page.keyboard.type(' Queues were long after noon.');
    await expectVisible(
      summaryA.getByText('Turnout was high in every county. Queues were long after noon.'),
      'Bruno’s words after Ada’s in Ada’s editor',
    );

    // Each sees the other's caret, labelled with their name, in that section.
    await expectVisible(
      summaryA.locator('.collaboration-carets__label', { hasText: 'Bruno Otieno' }),
      'Bruno’s caret',
    );
    await summaryA.click();
    await a.page.keyboard.press('End');
    await expectVisible(
      summaryB.locator('.collaboration-carets__label', { hasText: 'Ada Mwangi' }),
      'Ada’s caret',
    );
    await expectVisible(
      a.page.getByLabel('Bruno Otieno — in “Summary”'),
      'Bruno’s avatar, in the Summary section',
    );
    // The toolbar formats with Tiptap's default marks, which every client of the document reads.
    await sectionText(a.page, 'Text of “What did not work”').click();
    await a.page
      .getByRole('toolbar', { name: 'Formatting for “What did not work”' })
      .getByRole('button', { name: 'Bold' })
      .click();
    await a.page.keyboard.type('Results arrived late.');
    await expectVisible(
      sectionText(b.page, 'Text of “What did not work”').locator('strong', {
        hasText: 'Results arrived late.',
      }),
      'Ada’s bold text in Bruno’s editor',
    );
    await Promise.all([expectSaved(a.page), expectSaved(b.page)]);
    await screenshot(a.page, 'reviews-report-en', true);
    await expectNoSeriousViolations(a.page, 'The review page with the editor (en)');

    // What "Saved" promised: a fresh page gets the text from the server.
    await b.page.reload();
    await expectVisible(
      sectionText(b.page, 'Text of “Summary”').getByText(
        'Turnout was high in every county. Queues were long after noon.',
      ),
      'the saved text after a reload',
    );
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});

it('Vera, a viewer, reads the review but cannot change it', async () => {
  const v = await openWindow(stage, { signedInAs: vera });
  await withWindows('reviews-viewer', { v }, async () => {
    await v.page.goto(stage.url(`/reviews/${reportId}`));
    await expectVisible(
      v.page.getByText('Read only: you can read this review but not edit it.'),
      'the read-only notice',
    );
    const summary = sectionText(v.page, 'Text of “Summary”');
    await expectVisible(summary.getByText('Turnout was high'), 'the text, for reading');
    expect(await summary.getAttribute('contenteditable')).toBe('false');
    expect(await v.page.getByRole('toolbar').count()).toBe(0);
    expect(v.errors).toEqual([]);
  });
});

it('Amira edits in Arabic, right to left, and the screens pass axe in Arabic', async () => {
  const m = await openWindow(stage, { signedInAs: amira, locale: 'ar' });
  await withWindows('reviews-arabic', { m }, async () => {
    await m.page.goto(stage.url(`/reviews/${reportId}`));
    await m.page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expectSaved(m.page);
    // Section titles are in the creator's language (English); the label around them is Arabic.
    const worked = sectionText(m.page, 'نص «What worked»');
    expect(await worked.getAttribute('dir')).toBe('rtl');
    await worked.click();
    const arabic = ARABIC_SENTENCE;
    await m.page.keyboard.type(arabic);
    await m.page.keyboard.press('Enter');
    await m.page.keyboard.type('Results were published on time.');
    await expectVisible(worked.getByText(arabic), 'the Arabic sentence as typed');
    // The Arabic paragraph runs right to left and the English one left to right, side by side.
    const sides = await sidesOfText(worked.locator('p'));
    expect(sides.map(([, side]) => side)).toEqual(['right', 'left']);
    await expectSaved(m.page);
    await screenshot(m.page, 'reviews-report-ar', true);
    await expectNoSeriousViolations(m.page, 'The review page with the editor (ar)');

    await m.page.goto(stage.url('/reviews'));
    await expectVisible(m.page.getByRole('link', { name: TITLE }), 'the review in the Arabic list');
    await screenshot(m.page, 'reviews-list-ar', true);
    await expectNoSeriousViolations(m.page, 'The reviews list (ar)');

    await m.page.goto(stage.url('/reviews/new'));
    await expectVisible(m.page.getByRole('button', { name: 'إنشاء المراجعة' }), 'the Arabic create form');
    await screenshot(m.page, 'reviews-create-ar', true);
    await expectNoSeriousViolations(m.page, 'The create review screen (ar)');
    expect(m.errors).toEqual([]);
  });
});

it('Ada freezes versions, compares them, and publishes once both organisations have signed', async () => {
  const a = await openWindow(stage, { signedInAs: ada });
  const b = await openWindow(stage, { signedInAs: bruno });
  await withWindows('reviews-signoff', { a, b }, async () => {
    await a.page.goto(stage.url(`/reviews/${reportId}`));
    await expectSaved(a.page);
    const freeze = async (label: string) => {
      await a.page.getByRole('textbox', { name: 'Version name' }).fill(label);
      await a.page.getByRole('button', { name: 'Freeze a version' }).click();
      await expectVisible(
        a.page.getByRole('cell', { name: label, exact: true }),
        `the version "${label}" in the list`,
      );
    };
    await freeze('First draft');
    // A removed section comes back from the versions panel, from the version that froze it.
    await a.page.getByRole('button', { name: 'Remove “Recommendations”' }).click();
    await a.page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
    const removed = a.page.getByTestId('review-removed-sections');
    await expectVisible(
      removed.getByText('“Recommendations”, as frozen in “First draft”'),
      'the removed section, restorable from First draft',
    );
    await removed.getByRole('button', { name: 'Restore “Recommendations”' }).click();
    await removed.waitFor({ state: 'detached' });
    await expectVisible(
      sectionText(a.page, 'Text of “Recommendations”'),
      'the restored section in the editor',
    );
    await sectionText(a.page, 'Text of “Recommendations”').click();
    await a.page.keyboard.type('Publish results per polling station.');
    await expectSaved(a.page);
    await freeze('Second draft');
    await expectVisible(
      a.page.getByTestId('version-diff').locator('ins', { hasText: 'Publish results per polling station.' }),
      'the added sentence in the diff between the two versions',
    );
    // Each line of the diff runs in its own direction: Amira's Arabic line from the right.
    const diffSides = new Map(await sidesOfText(a.page.getByTestId('version-diff').locator('[dir="auto"]')));
    expect(diffSides.get(ARABIC_SENTENCE)).toBe('right');
    expect(diffSides.get('Results were published on time.')).toBe('left');
    const hashes = await a.page.getByTestId('review-versions').locator('code').allTextContents();
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hashes[0]).not.toBe(hashes[1]);

    await a.page.getByRole('button', { name: 'Request sign-off of Second draft' }).click();
    await a.page.getByRole('button', { name: 'Sign Second draft for my organisation' }).click();
    const signOffs = a.page.getByTestId('sign-offs');
    await expectVisible(signOffs.getByText('Signed Second draft'), 'Ada’s organisation signed');
    expect(await a.page.getByRole('button', { name: 'Sign Second draft for my organisation' }).count()).toBe(
      0,
    );
    await a.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expectVisible(a.page.getByRole('alert').getByText(COMMISSION), 'the refusal naming the commission');
    await screenshot(a.page, 'reviews-signoff-en', true);
    await expectNoSeriousViolations(a.page, 'The review page with versions and sign-off (en)');

    await b.page.goto(stage.url(`/reviews/${reportId}`));
    await b.page.getByRole('button', { name: 'Sign Second draft for my organisation' }).click();
    await expectVisible(
      b.page.getByTestId('sign-offs').getByText('Signed Second draft').nth(1),
      'both organisations signed, on Bruno’s page',
    );
    await expectSaved(b.page);
    const brunoSummary = sectionText(b.page, 'Text of “Summary”');
    expect(await brunoSummary.getAttribute('contenteditable')).toBe('true');
    await a.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expectVisible(a.page.getByText('Published', { exact: true }), 'the published status');
    // Bruno's editor, open all along, follows: read-only, saying why, and not "Saving…" for ever.
    await expectVisible(
      b.page.getByText('This report was published; it can no longer be edited.'),
      'the publication notice in Bruno’s editor',
    );
    await expectSaved(b.page);
    // The re-opened connection is read-only: the editor stops taking text.
    await brunoSummary.and(b.page.locator('[contenteditable="false"]')).waitFor();
    // Said once: no second "read only" notice under the publication one.
    expect(await b.page.getByText('Read only: you can read this review but not edit it.').count()).toBe(0);
    expect(await b.page.getByText('This report was published; it can no longer be edited.').count()).toBe(1);
    expect(await b.page.getByRole('toolbar').count()).toBe(0);

    // Following up after publication: Ada adds a recommendation, Bruno's open page gets it live
    // (reviewEvents) and moves it on; Ada sees the new status without reloading.
    const recommendation = 'Train presiding officers on the results app.';
    await a.page.getByRole('textbox', { name: 'Recommendation', exact: true }).fill(recommendation);
    await a.page.getByRole('button', { name: 'Add recommendation' }).click();
    const brunoRecommendations = b.page.getByTestId('recommendations');
    await expectVisible(
      brunoRecommendations.getByText(recommendation),
      'the recommendation, live on Bruno’s page',
    );
    await b.page.getByRole('combobox', { name: `Status of “${recommendation}”` }).click();
    await b.page.getByRole('option', { name: 'In progress' }).click();
    await expectVisible(
      a.page.getByTestId('recommendations').locator('input[value="In progress"]'),
      'the new status, live on Ada’s page',
    );
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
