/**
 * A consultation end to end in two browsers against the built product:
 *
 *   1. (set up through the API: accounts and two verified organisations)
 *   2. The convenor creates the consultation in the web app (two questions, reordered, under the
 *      Chatham House Rule), invites the participant's organisation from the directory and opens it.
 *   3. The participant writes a brief in the editor: the draft saves itself; it comes back to the draft
 *      from the consultation page, reloads the draft's own editor address and submits it from there.
 *   4. The convenor, already on the consultation page, sees it arrive without reloading, attributed
 *      to "A participating organisation" and never to the participant's name.
 *   5. The convenor comments and responds on the brief page; the participant, on the same brief,
 *      sees both arrive live, the comment signed "The convenor".
 *   6. The convenor reads the dashboard, downloads the CSV export (redacted as on screen) and
 *      publishes the outcome; the participant, already on the consultation page, sees it arrive live.
 *   7. Both look at their screens in Arabic (right to left), still without the participant's name.
 *   8. The participant withdraws its brief, after a confirmation, and sees it withdrawn; so does the
 *      convenor, live.
 *   9. (a second consultation seeded through the API with 21 submitted briefs) The convenor sees all
 *      21 counted, loads the page past the first 20, and a brief submitted then arrives live below
 *      both pages.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startAppServer, type AppServer } from './support/app-server.js';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium.js';

const SCREENSHOTS = new URL('../screenshots/', import.meta.url).pathname;
const WAIT_MS = 15_000;
const PARTICIPANT_ORGANISATION = 'Qorvexa Election Monitors';
const PARTICIPANT_NAME = 'Ilsabet Vantrook';
const TITLE = 'Kenya 2027: risks before the vote';

let server: AppServer;
let browser: Browser;
let convenorPage: Page;
let participantPage: Page;
let consultationId = '';
let convenor: ApiSession;
let participant: ApiSession;
let convenorOrganizationId = '';
let participantOrganizationId = '';
const pageErrors: string[] = [];

/** An account signed in over HTTP: its session cookie also signs a browser context in. */
interface ApiSession {
  cookie: string;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

async function signUp(displayName: string, email: string): Promise<ApiSession> {
  let cookie = '';
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const session = response.headers.getSetCookie().find((header) => header.startsWith('ecw_session='));
    if (session) cookie = session.split(';')[0] ?? '';
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await gql(`mutation ($input: SignUpInput!) { signUp(input: $input) { me { user { id } } } }`, {
    input: { email, displayName, password: `a long passphrase for ${displayName}` },
  });
  return {
    gql,
    get cookie() {
      return cookie;
    },
  };
}

async function organisation(
  owner: ApiSession,
  admin: ApiSession,
  name: string,
  kind: string,
): Promise<string> {
  const { createOrganization } = await owner.gql<{ createOrganization: { id: string } }>(
    `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { name, kind, countryCodes: ['KE'] } },
  );
  await admin.gql(`mutation ($id: ID!) { verifyOrganization(id: $id) { id } }`, {
    id: createOrganization.id,
  });
  return createOrganization.id;
}

async function signedInPage(session: ApiSession): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(WAIT_MS);
  const [name, value] = session.cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: server.url }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

async function expectVisible(locator: Locator, expectation: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: WAIT_MS });
  } catch (error) {
    throw new Error(`Expected ${expectation}, but it did not appear within ${WAIT_MS} ms.\n${String(error)}`);
  }
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('No Chromium found for the browser tests (/usr/bin/chromium or CHROMIUM_PATH).');
  await mkdir(SCREENSHOTS, { recursive: true });
  [server, browser] = await Promise.all([
    startAppServer(),
    chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }),
  ]);
  const admin = await signUp('Platform Admin', 'admin@consultation-story.example');
  convenor = await signUp('Dana Convenor', 'dana@platform.example');
  participant = await signUp(PARTICIPANT_NAME, 'ilsabet@qorvexa.example');
  convenorOrganizationId = await organisation(convenor, admin, 'Example Platform', 'TECH_COMPANY');
  participantOrganizationId = await organisation(
    participant,
    admin,
    PARTICIPANT_ORGANISATION,
    'CIVIL_SOCIETY',
  );
  convenorPage = await signedInPage(convenor);
  participantPage = await signedInPage(participant);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a consultation in two browsers', () => {
  test('the convenor creates the consultation, invites the participant and opens it', async () => {
    await convenorPage.goto(`${server.url}/consultations`);
    await convenorPage.getByRole('link', { name: 'New consultation' }).click();
    await expectVisible(
      convenorPage.getByRole('heading', { level: 1, name: 'New consultation' }),
      'the new-consultation form',
    );
    await convenorPage.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await convenorPage
      .getByRole('textbox', { name: 'Description (Markdown)' })
      .fill('Tell us what you see **before** election day.');
    await convenorPage
      .getByRole('textbox', { name: 'Question 1' })
      .fill('Which platforms carry the messages?');
    await convenorPage.getByRole('button', { name: 'Add a question' }).click();
    await convenorPage.getByRole('textbox', { name: 'Question 2' }).fill('Which regions worry you most?');
    await convenorPage.getByRole('button', { name: 'Move question 2 up' }).click();
    const countries = convenorPage
      .getByRole('textbox', { name: 'Countries' })
      .or(convenorPage.getByRole('combobox', { name: 'Countries' }))
      .first();
    await countries.fill('KE');
    await countries.press('Enter');
    expect(await convenorPage.getByRole('radio', { name: 'Chatham House Rule' }).isChecked()).toBe(true);
    await screenshot(convenorPage, 'consultation-01-create');
    await convenorPage.getByRole('button', { name: 'Create the draft' }).click();

    await expectVisible(
      convenorPage.getByRole('heading', { level: 1, name: TITLE }),
      'the new consultation, as a draft',
    );
    consultationId = new URL(convenorPage.url()).pathname.split('/').at(-1) ?? '';
    expect(await convenorPage.locator('main ol li').allTextContents()).toEqual([
      'Which regions worry you most?',
      'Which platforms carry the messages?',
    ]);

    const invite = convenorPage
      .getByRole('textbox', { name: 'Organisations' })
      .or(convenorPage.getByRole('combobox', { name: 'Organisations' }));
    await invite.first().click();
    await invite.first().fill('Qorvexa');
    await convenorPage.getByRole('option', { name: PARTICIPANT_ORGANISATION }).click();
    await convenorPage.keyboard.press('Escape');
    await convenorPage.getByRole('button', { name: 'Invite', exact: true }).click();
    await expectVisible(
      convenorPage.getByRole('heading', { name: '1 invited organisation' }),
      'the invited organisation counted',
    );

    await convenorPage.getByRole('button', { name: 'Open the consultation' }).click();
    await convenorPage.getByRole('dialog').getByRole('button', { name: 'Open', exact: true }).click();
    await expectVisible(
      convenorPage.getByRole('button', { name: 'Close the consultation' }),
      'the consultation opened',
    );
    await expectVisible(convenorPage.getByText('No briefs to show.'), 'an empty list of briefs');
    await screenshot(convenorPage, 'consultation-02-convenor-opened');
  });

  test('the participant drafts and submits; the convenor sees it arrive live, unattributed', async () => {
    await participantPage.goto(`${server.url}/consultations`);
    await participantPage.getByRole('link', { name: TITLE }).click();
    await expectVisible(
      participantPage.getByText(/your organisation's name will not be shown/i),
      'the attribution notice',
    );
    await participantPage.getByRole('link', { name: 'Write a brief' }).click();
    await participantPage
      .getByRole('textbox', { name: 'Title' })
      .fill('Coordinated harassment of poll workers');
    await participantPage
      .getByRole('textbox', { name: 'Summary' })
      .fill('Poll workers in the north receive threats.');
    await participantPage
      .getByRole('textbox', { name: 'Topics' })
      .or(participantPage.getByRole('combobox', { name: 'Topics' }))
      .first()
      .click({ force: true }); // Mantine's pills wrapper sits over the input
    await participantPage.getByRole('option', { name: 'Harassment of election officials' }).click();
    await participantPage.keyboard.press('Escape');
    await participantPage
      .getByRole('textbox', { name: 'Brief (Markdown)' })
      .fill('## Evidence\n\nMessages in **Swahili** <script>alert(1)</script>');
    await participantPage
      .getByRole('textbox', { name: 'Which regions worry you most?' })
      .fill('The northern counties');
    await participantPage
      .getByRole('textbox', { name: 'Which platforms carry the messages?' })
      .fill('Two messaging apps');
    await participantPage.getByText('Preview', { exact: true }).click();
    await expectVisible(participantPage.getByRole('heading', { name: 'Evidence' }), 'the Markdown preview');
    await expectVisible(participantPage.getByText(/Draft saved/), 'the draft to save itself');
    await screenshot(participantPage, 'consultation-03-brief-editor');

    // The draft is the group's to come back to: from the consultation page to its own editor
    // address, which a reload does not lose.
    await participantPage.goto(`${server.url}/consultations/${consultationId}`);
    await participantPage.getByRole('link', { name: 'Coordinated harassment of poll workers' }).click();
    await participantPage.waitForURL(/\/briefs\/[^/]+\/edit$/);
    await participantPage.reload();
    await expectVisible(
      participantPage.getByRole('heading', { level: 1, name: 'Edit the context brief' }),
      'the draft reopened in the editor',
    );
    expect(await participantPage.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(
      'Coordinated harassment of poll workers',
    );
    expect(
      await participantPage
        .getByRole('textbox', { name: 'Which platforms carry the messages?' })
        .inputValue(),
    ).toBe('Two messaging apps');
    await participantPage.getByRole('button', { name: 'Submit the brief' }).click();
    await expectVisible(
      participantPage.getByRole('heading', { level: 1, name: 'Coordinated harassment of poll workers' }),
      'the submitted brief',
    );

    // Live arrival at the convenor, redacted.
    await expectVisible(
      convenorPage.getByRole('link', { name: 'Coordinated harassment of poll workers' }),
      'the brief to arrive live at the convenor',
    );
    await expectVisible(convenorPage.getByText('A participating organisation'), 'the neutral attribution');
    // The convenor knows whom it invited (the participants list), never who wrote which brief.
    const card = convenorPage.locator('.mantine-Card-root', {
      has: convenorPage.getByRole('link', { name: 'Coordinated harassment of poll workers' }),
    });
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('A participating organisation');
    expect(cardText).not.toContain(PARTICIPANT_ORGANISATION);
    expect(await convenorPage.content()).not.toContain(PARTICIPANT_NAME);
    await screenshot(convenorPage, 'consultation-04-convenor-page');
  });

  test('the convenor comments and responds; the participant sees both arrive live', async () => {
    await convenorPage.getByRole('link', { name: 'Coordinated harassment of poll workers' }).click();
    await expectVisible(convenorPage.getByRole('heading', { name: 'Evidence' }), 'the rendered brief');
    expect(await convenorPage.locator('main script').count()).toBe(0);
    await convenorPage
      .getByRole('textbox', { name: 'Your comment (Markdown)' })
      .fill('Which platforms carry these messages?');
    await convenorPage.getByRole('button', { name: 'Comment', exact: true }).click();
    await expectVisible(
      participantPage.getByText('Which platforms carry these messages?'),
      'the comment to arrive live',
    );
    await expectVisible(participantPage.getByText(/^The convenor ·/), 'the comment signed "The convenor"');
    expect(await participantPage.content()).not.toContain('Dana Convenor');

    await convenorPage
      .getByRole('textbox', { name: 'Your response (Markdown)' })
      .fill('We are adding Swahili reviewers.');
    await convenorPage.getByRole('button', { name: 'Send the response' }).click();
    await expectVisible(
      participantPage.getByText('We are adding Swahili reviewers.'),
      'the response to arrive live',
    );
    await screenshot(participantPage, 'consultation-05-brief-answered');
  });

  test('the convenor reads the dashboard, exports the briefs and publishes the outcome', async () => {
    // The participant waits on the consultation page: the outcome must arrive there without a reload.
    await participantPage.goto(`${server.url}/consultations/${consultationId}`);
    await expectVisible(participantPage.getByRole('heading', { name: 'Questions' }), 'the consultation page');
    await convenorPage.goto(`${server.url}/consultations/${consultationId}`);
    await convenorPage.getByRole('link', { name: 'Dashboard' }).click();
    await expectVisible(
      convenorPage.getByRole('heading', { level: 1, name: 'Convenor dashboard' }),
      'the convenor dashboard',
    );
    await expectVisible(
      convenorPage.getByRole('region', { name: 'By status' }).getByRole('rowheader', { name: 'Responded' }),
      'the answered brief counted by status',
    );
    await expectVisible(
      convenorPage.getByText('Every submitted brief has a response.'),
      'nothing unanswered',
    );
    await screenshot(convenorPage, 'consultation-06-dashboard');

    await convenorPage.getByRole('link', { name: TITLE }).click();
    const [download] = await Promise.all([
      convenorPage.waitForEvent('download'),
      convenorPage.getByRole('button', { name: 'Download the briefs (CSV)' }).click(),
    ]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('Coordinated harassment of poll workers');
    expect(csv).toContain('A participating organisation');
    expect(csv).not.toContain(PARTICIPANT_ORGANISATION);
    expect(csv).not.toContain(PARTICIPANT_NAME);

    await convenorPage
      .getByRole('textbox', { name: 'What we heard and what we will do (Markdown)' })
      .fill('We heard about harassment of poll workers; we are adding reviewers.');
    await convenorPage.getByRole('button', { name: 'Publish the outcome' }).click();
    await expectVisible(
      convenorPage.getByRole('button', { name: 'Publish the new version' }),
      'the outcome published',
    );
    await expectVisible(
      participantPage.getByRole('heading', { name: 'What we heard and what we will do' }),
      'the outcome to arrive live',
    );
    await expectVisible(participantPage.getByText(/we are adding reviewers/), 'the outcome text');
    // A participant has no convenor's panel.
    expect(await participantPage.getByRole('button', { name: 'Close the consultation' }).count()).toBe(0);
  });

  test('both read their screens in Arabic, right to left, with the same redaction', async () => {
    for (const session of [convenor, participant]) {
      await session.gql(
        `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { locale } }`,
        {
          input: { locale: 'ar' },
        },
      );
    }
    for (const [page, name] of [
      [convenorPage, 'convenor'],
      [participantPage, 'participant'],
    ] as const) {
      await page.goto(`${server.url}/consultations/${consultationId}`);
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await expectVisible(
        page.getByRole('heading', { level: 1, name: TITLE }),
        `the ${name}'s page in Arabic`,
      );
      await expectVisible(
        page.getByRole('heading', { name: 'ما سمعناه وما سنفعله' }),
        'the outcome, in Arabic',
      );
      await screenshot(page, `consultation-07-${name}-ar`);
    }
    expect(await convenorPage.locator('main').textContent()).not.toMatch(/Ilsabet|Vantrook/);
    await convenorPage.getByRole('link', { name: 'Coordinated harassment of poll workers' }).click();
    await expectVisible(convenorPage.getByRole('heading', { name: 'Evidence' }), 'the brief, in Arabic');
    expect(await convenorPage.content()).not.toContain(PARTICIPANT_NAME);
    await screenshot(convenorPage, 'consultation-08-convenor-brief-ar');
    await convenorPage.goto(`${server.url}/consultations/${consultationId}/dashboard`);
    await expectVisible(convenorPage.getByRole('table').first(), 'the dashboard, in Arabic');
    await screenshot(convenorPage, 'consultation-09-dashboard-ar');
    expect(pageErrors).toEqual([]);
  });

  test('the participant withdraws its brief after confirming; both see it withdrawn', async () => {
    await participant.gql(
      `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { locale } }`,
      {
        input: { locale: 'en' },
      },
    );
    await convenorPage.goto(`${server.url}/consultations/${consultationId}`);
    await convenorPage.getByRole('link', { name: 'Coordinated harassment of poll workers' }).click();
    await expectVisible(
      convenorPage.getByRole('heading', { name: 'Evidence' }),
      'the brief, at the convenor',
    );
    await participantPage.goto(`${server.url}/consultations/${consultationId}`);
    await participantPage.getByRole('link', { name: 'Coordinated harassment of poll workers' }).click();
    await participantPage.getByRole('button', { name: 'Withdraw', exact: true }).click();
    const dialog = participantPage.getByRole('dialog', { name: 'Withdraw this brief?' });
    await expectVisible(dialog.getByText(/cannot be undone/), 'the confirmation');
    await screenshot(participantPage, 'consultation-10-withdraw-confirmation');
    await dialog.getByRole('button', { name: 'Withdraw the brief' }).click();
    await expectVisible(participantPage.getByText('Withdrawn', { exact: true }), 'the brief shown withdrawn');
    expect(await participantPage.getByRole('button', { name: 'Withdraw', exact: true }).count()).toBe(0);
    // The convenor, on the brief in Arabic, sees the status change without reloading.
    await expectVisible(convenorPage.getByText('مسحوبة', { exact: true }), 'the withdrawal to arrive live');
    expect(pageErrors).toEqual([]);
  });

  test('the convenor loads the briefs past the first page; a new one arrives below both pages', async () => {
    await convenor.gql(`mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { locale } }`, {
      input: { locale: 'en' },
    });
    const { createConsultation } = await convenor.gql<{ createConsultation: { id: string } }>(
      `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
      {
        input: {
          convenorOrganizationId,
          title: 'Kenya 2027: what the coast sees',
          description: 'Tell us what you see on the coast.',
          countryCodes: ['KE'],
          attributionRule: 'CHATHAM_HOUSE',
          briefVisibility: 'CONVENOR_ONLY',
          questions: ['What do you see?'],
        },
      },
    );
    const id = createConsultation.id;
    await convenor.gql(
      `mutation ($id: ID!, $ids: [ID!]!) { inviteToConsultation(consultationId: $id, organizationIds: $ids) { id } }`,
      { id, ids: [participantOrganizationId] },
    );
    await convenor.gql(`mutation ($id: ID!) { openConsultation(id: $id) { id } }`, { id });
    const submitBrief = async (n: number) => {
      const { createBrief } = await participant.gql<{ createBrief: { id: string } }>(
        `mutation ($input: CreateBriefInput!) { createBrief(input: $input) { id } }`,
        {
          input: {
            consultationId: id,
            organizationId: participantOrganizationId,
            title: `Coastal brief ${n}`,
            summary: 'Seen in the coastal counties.',
            body: 'Messages in Swahili.',
            topics: ['HARASSMENT_OF_OFFICIALS'],
            riskLevel: 'HIGH',
          },
        },
      );
      await participant.gql(`mutation ($id: ID!) { submitBrief(id: $id) { id } }`, { id: createBrief.id });
    };
    // One more than a page (20), in submission order.
    for (let n = 1; n <= 21; n += 1) await submitBrief(n);

    await convenorPage.goto(`${server.url}/consultations/${id}`);
    const briefs = convenorPage.getByRole('link', { name: /^Coastal brief \d+$/ });
    await expectVisible(convenorPage.getByRole('heading', { name: '21 briefs' }), 'every brief counted');
    await expectVisible(convenorPage.getByText('Showing 20 of 21'), 'the first page of briefs');
    expect(await briefs.count()).toBe(20);
    await convenorPage.getByRole('button', { name: 'Load more' }).click();
    await expectVisible(
      convenorPage.getByRole('link', { name: 'Coastal brief 21', exact: true }),
      'the brief past the first page',
    );
    expect(await briefs.count()).toBe(21);
    // The last page took the button away: the focus is on the line saying so, not lost.
    await expectVisible(convenorPage.getByText('Showing 21 of 21'), 'every brief shown');
    expect(await convenorPage.evaluate(() => document.activeElement?.textContent)).toBe('Showing 21 of 21');

    await submitBrief(22);
    await expectVisible(
      convenorPage.getByRole('link', { name: 'Coastal brief 22', exact: true }),
      'a new brief to arrive live below both pages',
    );
    await expectVisible(convenorPage.getByRole('heading', { name: '22 briefs' }), 'the new count');
    expect(await briefs.allTextContents()).toEqual(
      Array.from({ length: 22 }, (_, i) => `Coastal brief ${i + 1}`),
    );
    await screenshot(convenorPage, 'consultation-11-briefs-past-one-page');
    expect(pageErrors).toEqual([]);
  });
});
