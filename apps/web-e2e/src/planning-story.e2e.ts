/**
 * The planning story, end to end in two real browsers against the built product:
 *
 *   0. (API) Ada runs a tech company's election desk, Bruno the election commission; both organisations
 *      are verified; Bruno's commission publishes an election with a blackout window.
 *   1. Ada proposes a relationship for that election; Bruno accepts it on his side.
 *   2. On the registry page, each adds a contact on their own side; the other side sees it appear live.
 *   3. A contact imported by file is Unverified; Ada verifies it in one click and Bruno's page turns it
 *      Fresh without a reload.
 *   4. Ada exports the registry as CSV and vCard.
 *   5. Ada schedules an engagement inside the blackout window: the form warns before saving.
 *   6. Screenshots of the timeline and the escalation view, English and Arabic, desktop and phone,
 *      go to tmp/screenshots/ (not committed) for a person to look at.
 *
 * The tests run in order and share the two browser contexts: each builds on the previous one.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startAppServer, type AppServer } from './support/app-server.js';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium.js';
import { graphqlAs } from './support/graphql-request.js';
import { grantPlatformAdmin } from './support/operator.js';

const SCREENSHOTS = new URL('../../../tmp/screenshots/', import.meta.url).pathname;
const WAIT_MS = 15_000;
const DAY_MS = 86_400_000;

const ADA = {
  email: 'ada@ballot-tech.example',
  displayName: 'Ada Mwangi',
  password: 'correct horse battery staple',
};
const BRUNO = {
  email: 'bruno@commission.example',
  displayName: 'Bruno Otieno',
  password: 'a quiet lake at dawn, 1987',
};
const TECH = 'Ballot Tech';
const COMMISSION = 'Electoral Commission of Kenya';

let server: AppServer | undefined;
let browser: Browser | undefined;
let contextA: BrowserContext;
let contextB: BrowserContext;
let pageA: Page;
let pageB: Page;
const pageErrors: string[] = [];

let techId = '';
let commissionId = '';
let electionId = '';
let relationshipId = '';
/** Election day, 20 days from now: inside the election period, so the escalation view is live. */
const electionDay = isoDay(Date.now() + 20 * DAY_MS);
const blackoutStart = isoDay(Date.now() + 10 * DAY_MS);
const blackoutEnd = isoDay(Date.now() + 11 * DAY_MS);

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function url(path: string): string {
  if (!server) throw new Error('the app server did not start');
  return new URL(path, server.url).toString();
}

async function expectVisible(locator: Locator, expectation: string, timeout = WAIT_MS): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`Expected ${expectation}, but it did not appear within ${timeout} ms.\n${String(error)}`);
  }
}

async function step(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    for (const [label, page] of Object.entries({ A: pageA, B: pageB })) {
      if (page && !page.isClosed()) {
        await page
          .screenshot({ path: join(SCREENSHOTS, `failure-planning-${name}-${label}.png`), fullPage: true })
          .catch(() => undefined);
      }
    }
    throw error;
  }
}

async function chooseOption(page: Page, label: string, option: string, search?: string): Promise<void> {
  const combobox = page.getByRole('textbox', { name: label }).or(page.getByRole('combobox', { name: label }));
  await combobox.first().click();
  if (search) await combobox.first().fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Signs up through the API in this context's cookie jar and creates the person's organisation. */
async function signUpWithOrganization(
  context: BrowserContext,
  person: typeof ADA,
  timeZone: string,
  organization: { name: string; kind: string },
): Promise<string> {
  await graphqlAs(
    context.request,
    url('/'),
    `mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`,
    {
      input: { ...person, locale: 'en', timeZone },
    },
  );
  const created = await graphqlAs<{ createOrganization: { id: string } }>(
    context.request,
    url('/'),
    `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { ...organization, countryCodes: ['KE'], website: 'https://example.org' } },
  );
  return created.createOrganization.id;
}

function contactCard(page: Page, name: string): Locator {
  return page.locator('[data-testid="contact-card"]', { hasText: name });
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium is not installed (apt-get install chromium)');
  server = await startAppServer();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const newContext = async (timezoneId: string) => {
    const context = await (browser as Browser).newContext({
      locale: 'en-GB',
      timezoneId,
      viewport: { width: 1280, height: 800 },
    });
    context.setDefaultTimeout(WAIT_MS);
    return context;
  };
  contextA = await newContext('Europe/London');
  contextB = await newContext('Africa/Nairobi');
  techId = await signUpWithOrganization(contextA, ADA, 'Europe/London', { name: TECH, kind: 'TECH_COMPANY' });
  commissionId = await signUpWithOrganization(contextB, BRUNO, 'Africa/Nairobi', {
    name: COMMISSION,
    kind: 'ELECTION_AUTHORITY',
  });
  // Verifying organisations is a platform administrator's job; the operator grants Ada the right.
  await grantPlatformAdmin((server as AppServer).databaseUrl, ADA.email);
  await graphqlAs(
    contextA.request,
    url('/'),
    `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`,
    {
      input: { email: ADA.email, password: ADA.password },
    },
  );
  for (const id of [techId, commissionId]) {
    await graphqlAs(
      contextA.request,
      url('/'),
      `mutation ($id: ID!) { verifyOrganization(id: $id) { id } }`,
      { id },
    );
  }
  const election = await graphqlAs<{ createElection: { id: string } }>(
    contextB.request,
    url('/'),
    `mutation ($input: CreateElectionInput!) { createElection(input: $input) { id } }`,
    {
      input: {
        name: 'Kenya General Election',
        countryCode: 'KE',
        type: 'GENERAL',
        electionDay,
        timeZone: 'Africa/Nairobi',
        authorityOrganizationId: commissionId,
        milestones: [
          {
            kind: 'CAMPAIGN_PERIOD',
            title: 'Campaign',
            startsOn: isoDay(Date.now() - 5 * DAY_MS),
            endsOn: isoDay(Date.now() + 17 * DAY_MS),
          },
          { kind: 'ELECTION_DAY', title: 'Polling day', startsOn: electionDay, endsOn: electionDay },
          {
            kind: 'RESULTS_ANNOUNCEMENT',
            title: 'Results',
            startsOn: isoDay(Date.now() + 21 * DAY_MS),
            endsOn: isoDay(Date.now() + 27 * DAY_MS),
          },
        ],
      },
    },
  );
  electionId = election.createElection.id;
  await graphqlAs(
    contextB.request,
    url('/'),
    `mutation ($input: AddBlackoutWindowInput!) { addBlackoutWindow(input: $input) { id } }`,
    { input: { electionId, startsOn: blackoutStart, endsOn: blackoutEnd, reason: 'Ballot printing audit' } },
  );
  pageA = await contextA.newPage();
  pageB = await contextB.newPage();
  for (const page of [pageA, pageB])
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('planning: a bilateral contact registry between a company and an election commission', () => {
  test('1. Ada proposes a relationship for the election; Bruno accepts it', async () => {
    await step('propose', async () => {
      await pageA.goto(url(`/organizations/${techId}/relationships`));
      await expectVisible(
        pageA.getByRole('heading', { name: `Contact relationships of ${TECH}` }),
        'the relationships page',
      );
      await chooseOption(pageA, 'Organisation', COMMISSION, 'Electoral');
      // Found by the server's election search, as any election of a whole calendar would be.
      await chooseOption(pageA, 'Election', `Kenya General Election (KE, ${electionDay})`, 'Kenya General');
      await pageA.getByRole('button', { name: 'Propose', exact: true }).click();
      const entry = pageA.getByTestId('relationship-entry').filter({ hasText: COMMISSION });
      await expectVisible(entry.getByText('Pending'), 'the proposal, pending');

      await pageB.goto(url(`/organizations/${commissionId}/relationships`));
      const theirs = pageB.getByTestId('relationship-entry').filter({ hasText: TECH });
      await expectVisible(theirs.getByText('proposed to us'), 'the proposal on the commission side');
      await theirs.getByRole('button', { name: 'Accept' }).click();
      await expectVisible(theirs.getByText('Active'), 'the relationship, active');
      const href = await theirs.getByRole('link', { name: TECH }).getAttribute('href');
      relationshipId = href?.split('/').pop() ?? '';
      expect(relationshipId).not.toBe('');
    });
  });

  test('2. each side adds a contact on its own side and the other side sees it live', async () => {
    await step('add-contacts', async () => {
      await pageA.goto(url(`/relationships/${relationshipId}`));
      await pageB.goto(url(`/relationships/${relationshipId}`));
      await expectVisible(pageA.getByRole('button', { name: 'Add contact' }), "Ada's add-contact form");
      await expectVisible(pageB.getByRole('button', { name: 'Add contact' }), "Bruno's add-contact form");
      // Each viewer writes only their own side: one form each.
      expect(await pageA.getByRole('button', { name: 'Add contact' }).count()).toBe(1);

      const addContact = async (page: Page, name: string, channel: string, value: string) => {
        const form = page.getByRole('form', { name: 'Add a contact' });
        await form.getByLabel('Name', { exact: true }).fill(name);
        await form.getByLabel('Title').fill('Duty officer');
        await chooseOption(page, 'Escalation tier', 'Critical');
        await chooseOption(page, 'Channel', channel);
        await form.getByLabel('Number, address or handle').fill(value);
        await form.getByRole('button', { name: 'Add contact' }).click();
      };
      // A bad number is refused beside the field, nothing saved.
      await addContact(pageA, 'Amina Wanjiru', 'Phone', '12345');
      await expectVisible(
        pageA
          .getByRole('form', { name: 'Add a contact' })
          .getByLabel('Number, address or handle')
          .and(pageA.locator('[aria-invalid="true"]')),
        'the number field marked invalid',
      );
      await pageA
        .getByRole('form', { name: 'Add a contact' })
        .getByLabel('Number, address or handle')
        .fill('+254711000111');
      await pageA
        .getByRole('form', { name: 'Add a contact' })
        .getByRole('button', { name: 'Add contact' })
        .click();
      await expectVisible(contactCard(pageA, 'Amina Wanjiru'), "Ada's new contact on her page");
      await expectVisible(
        contactCard(pageB, 'Amina Wanjiru'),
        "Ada's contact on Bruno's page, without a reload",
      );

      await addContact(pageB, 'Brian Kamau', 'E-mail', 'duty@commission.example');
      await expectVisible(
        contactCard(pageA, 'Brian Kamau'),
        "Bruno's contact on Ada's page, without a reload",
      );
      // Bruno's own list may update after Ada's live one (count() does not wait): wait, then count.
      await expectVisible(contactCard(pageB, 'Brian Kamau').getByText('Fresh'), "Bruno's new contact, Fresh");
      await expect(contactCard(pageB, 'Brian Kamau').getByText('Fresh').count()).resolves.toBe(1);
    });
  });

  test('3. an imported contact is Unverified until Ada verifies it; Bruno sees it turn Fresh live', async () => {
    await step('verify', async () => {
      const header = 'name,title,escalationTier,preferred,email';
      const good = 'Night desk,Overnight duty,URGENT,EMAIL,night@ballot-tech.example';
      const panel = pageA.getByRole('region', { name: 'Import from a CSV file' });
      // A file with one bad row: the preview names the row and its problem, and offers no import.
      await panel
        .getByLabel('CSV content')
        .fill(`${header}\n${good}\nBroken row,,URGENT,EMAIL,not-an-address\n`);
      await panel.getByRole('button', { name: 'Preview' }).click();
      const preview = panel.getByTestId('import-preview');
      await expectVisible(
        preview
          .getByRole('row')
          .filter({ hasText: 'Broken row' })
          .getByText('Enter a valid e-mail address', { exact: false }),
        'the per-row problem',
      );
      await expectVisible(
        preview.getByRole('row').filter({ hasText: 'Night desk' }).getByText('Ready'),
        'the good row, ready',
      );
      expect(await panel.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
      await panel.getByLabel('CSV content').fill(`${header}\n${good}\n`);
      await panel.getByRole('button', { name: 'Preview' }).click();
      await panel.getByRole('button', { name: 'Import 1 contact' }).click();
      await expectVisible(panel.getByText('1 contact imported.'), 'the import confirmation');
      expect(await contactCard(pageB, 'Broken row').count()).toBe(0);
      await expectVisible(
        contactCard(pageB, 'Night desk').getByText('Unverified'),
        "the imported contact, unverified, on Bruno's page",
      );
      await expectVisible(
        contactCard(pageA, 'Night desk').getByText('Unverified'),
        "the imported contact on Ada's page",
      );
      await contactCard(pageA, 'Night desk').getByRole('button', { name: 'Verify now' }).click();
      await expectVisible(contactCard(pageA, 'Night desk').getByText('Fresh'), 'the verified contact, fresh');
      await expectVisible(
        contactCard(pageB, 'Night desk').getByText('Fresh'),
        "the verification on Bruno's page, live",
      );
    });
  });

  test('4. Ada exports the registry as CSV and as vCard', async () => {
    await step('export', async () => {
      const [csvDownload] = await Promise.all([
        pageA.waitForEvent('download'),
        pageA.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      const csv = await readFile((await csvDownload.path()) ?? '', 'utf8');
      expect(csv.split('\n')[0]).toContain('name,title,escalationTier');
      expect(csv).toContain('Amina Wanjiru');
      expect(csv).toContain('Brian Kamau');
      const [vcardDownload] = await Promise.all([
        pageA.waitForEvent('download'),
        pageA.getByRole('button', { name: 'Export vCard' }).click(),
      ]);
      const vcard = await readFile((await vcardDownload.path()) ?? '', 'utf8');
      expect(vcard.match(/BEGIN:VCARD/g)?.length).toBe(3);
      expect(vcard).toContain('VERSION:4.0');
    });
  });

  test('5. scheduling an engagement inside the blackout window warns before saving', async () => {
    await step('schedule', async () => {
      await pageA.goto(url(`/elections/${electionId}`));
      await expectVisible(pageA.getByRole('heading', { name: 'Kenya General Election' }), 'the timeline');
      await expectVisible(pageA.getByTestId('phase-rule'), 'the phase rule, explained');
      await pageA.getByLabel('Title', { exact: true }).fill('Pre-election briefing');
      await pageA.getByLabel('Starts (Africa/Nairobi)').fill(`${blackoutStart}T10:00`);
      await pageA.getByLabel('Ends (Africa/Nairobi)').fill(`${blackoutStart}T11:30`);
      await expectVisible(pageA.getByTestId('conflict-warning'), 'the blackout warning before saving');
      await pageA.getByRole('button', { name: 'Schedule', exact: true }).click();
      // The first click only acknowledges the warning: nothing is saved yet.
      await expectVisible(pageA.getByRole('button', { name: 'Schedule anyway' }), 'the second confirmation');
      expect(await pageA.getByTestId('timeline-engagement').count()).toBe(0);
      await pageA.getByRole('button', { name: 'Schedule anyway' }).click();
      const engagement = pageA
        .getByTestId('timeline-engagement')
        .filter({ hasText: 'Pre-election briefing' });
      await expectVisible(
        engagement.getByText('overlaps 1 blackout window', { exact: false }),
        'the engagement, marked as conflicting',
      );
      // Shown in the election's zone and in Ada's (London), which differ.
      await expectVisible(engagement.getByText('(Europe/London)', { exact: false }), 'both time zones');
      expect(pageErrors).toEqual([]);
    });
  });

  test('6. screenshots of the timeline and the escalation view, English and Arabic, desktop and phone', async () => {
    await step('screenshots', async () => {
      await expectVisible(pageA.getByRole('heading', { name: 'Kenya General Election' }), 'the timeline');
      for (const language of ['en', 'ar'] as const) {
        if (language === 'ar') {
          await pageA.getByRole('combobox', { name: 'Language' }).selectOption('ar');
          await pageA.waitForFunction(() => document.documentElement.dir === 'rtl');
        }
        for (const [device, viewport] of [
          ['desktop', { width: 1280, height: 800 }],
          ['phone', { width: 390, height: 844 }],
        ] as const) {
          await pageA.setViewportSize(viewport);
          await pageA.goto(url(`/elections/${electionId}`));
          await expectVisible(pageA.getByTestId('timeline-axis'), 'the time axis');
          await pageA.screenshot({
            path: join(SCREENSHOTS, `timeline-${language}-${device}.png`),
            fullPage: true,
          });
          await pageA.goto(url(`/elections/${electionId}/escalation`));
          await expectVisible(pageA.getByTestId('escalation-entry'), 'a critical contact');
          expect(await pageA.getByTestId('escalation-entry').count()).toBe(2);
          // Nothing wider than the window: the duty officer's phone must not scroll sideways.
          const overflow = await pageA.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          await pageA.screenshot({
            path: join(SCREENSHOTS, `escalation-${language}-${device}.png`),
            fullPage: true,
          });
        }
      }
      expect(pageErrors).toEqual([]);
    });
  });
});
