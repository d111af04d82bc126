/**
 * The registry story, end to end in two browsers against the built product:
 *
 *   1. Ada (a tech company) and Bruno (an election authority) have verified organisations; Ada's
 *      company proposes a contact relationship for an election (arranged through the API).
 *   2. Bruno opens the relationship and accepts it in the browser.
 *   3. Ada adds a CRITICAL contact on her side; Bruno's page shows it without a reload (live).
 *   4. Bruno adds a contact on his side; Ada's page shows it live.
 *   5. Ada edits her contact (prefilled): a second channel the server refuses names its field; fixed
 *      and made the one preferred channel, the change shows in the history and on Bruno's page live.
 *      A contact added by mistake is removed after a confirmation; Bruno's page drops it live.
 *   6. Ada verifies her contact in one click; its history says so.
 *   7. Ada exports the registry as CSV: the download holds both contacts, formula-safe.
 *   8. Screenshots: registry, timeline and escalation view, desktop and phone, English and Arabic.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startAppServer, type AppServer } from './support/app-server.js';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium.js';

const SCREENSHOTS = new URL('../screenshots/', import.meta.url).pathname;
const WAIT_MS = 15_000;

let server: AppServer | undefined;
let browser: Browser | undefined;
let contextA: BrowserContext;
let contextB: BrowserContext;
let pageA: Page;
let pageB: Page;
const pageErrors: string[] = [];
let relationshipId = '';
let electionId = '';

function url(path: string): string {
  if (!server) throw new Error('the app server did not start');
  return new URL(path, server.url).toString();
}

/** GraphQL through the browser context's own cookie jar (what the page itself would send). */
async function gql<T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await context.request.post(url('/graphql'), {
    headers: { 'content-type': 'application/json', origin: url('/').replace(/\/$/, '') },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function expectVisible(locator: Locator, expectation: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: WAIT_MS });
  } catch (error) {
    throw new Error(`Expected ${expectation}, but it did not appear within ${WAIT_MS} ms.\n${String(error)}`);
  }
}

async function signUp(context: BrowserContext, name: string): Promise<void> {
  await gql(context, `mutation ($input: SignUpInput!) { signUp(input: $input) { me { user { id } } } }`, {
    input: {
      email: `${name.toLowerCase()}@registry.example`,
      displayName: name,
      password: `${name} walks by the river at dawn`,
    },
  });
}

async function createOrganization(context: BrowserContext, name: string, kind: string): Promise<string> {
  const data = await gql<{ createOrganization: { id: string } }>(
    context,
    `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { name, kind, countryCodes: ['KE'] } },
  );
  return data.createOrganization.id;
}

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

/** A Mantine Select is a combobox: open it by its label, then pick the option. */
async function choose(page: Page, within: Locator, label: string, option: string): Promise<void> {
  const combobox = within
    .getByRole('textbox', { name: label, exact: true })
    .or(within.getByRole('combobox', { name: label, exact: true }));
  await combobox.first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addContact(
  page: Page,
  side: Locator,
  fields: { name: string; tier: string; channel: string; value: string },
) {
  await side.getByRole('textbox', { name: 'Name' }).fill(fields.name);
  await choose(page, side, 'Escalation tier', fields.tier);
  await choose(page, side, 'Channel 1', fields.channel);
  await side.getByRole('textbox', { name: 'Number, address or handle 1' }).fill(fields.value);
  await side.getByRole('button', { name: 'Add contact' }).click();
}

beforeAll(async () => {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error("No Chromium found: install Debian's `chromium` or set CHROMIUM_PATH.");
  await mkdir(SCREENSHOTS, { recursive: true });
  [server, browser] = await Promise.all([
    startAppServer(),
    chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }),
  ]);
  const newContext = async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'UTC',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(WAIT_MS);
    return context;
  };
  contextA = await newContext();
  contextB = await newContext();

  // The first account of a fresh database is the platform admin: Ada verifies both organisations.
  await signUp(contextA, 'Ada');
  await signUp(contextB, 'Bruno');
  const company = await createOrganization(contextA, 'Open Platform Ltd', 'TECH_COMPANY');
  const authority = await createOrganization(
    contextB,
    'Independent Electoral Commission',
    'ELECTION_AUTHORITY',
  );
  for (const id of [company, authority])
    await gql(contextA, `mutation ($id: ID!) { verifyOrganization(id: $id) { id } }`, { id });
  const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const election = await gql<{ createElection: { id: string } }>(
    contextA,
    `mutation ($input: CreateElectionInput!) { createElection(input: $input) { id } }`,
    {
      input: {
        name: 'General election',
        countryCode: 'KE',
        type: 'GENERAL',
        electionDay: day,
        timeZone: 'Africa/Nairobi',
        milestones: [{ kind: 'ELECTION_DAY', title: 'Polling day', startsOn: day, endsOn: day }],
      },
    },
  );
  electionId = election.createElection.id;
  await gql(
    contextA,
    `mutation ($input: ScheduleEngagementInput!) { scheduleEngagement(input: $input) { id } }`,
    {
      input: {
        electionId,
        kind: 'BRIEFING',
        title: 'Platform briefing',
        startsAt: `${day}T06:00:00Z`,
        endsAt: `${day}T07:00:00Z`,
        organizationIds: [company],
      },
    },
  );
  const proposed = await gql<{ proposeRelationship: { id: string } }>(
    contextA,
    `mutation ($input: ProposeRelationshipInput!) { proposeRelationship(input: $input) { id } }`,
    { input: { fromOrganizationId: company, toOrganizationId: authority, electionId } },
  );
  relationshipId = proposed.proposeRelationship.id;
  pageA = await openPage(contextA);
  pageB = await openPage(contextB);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the registry story in two browsers', () => {
  test('2. the authority accepts the proposal in the browser', async () => {
    await pageB.goto(url(`/relationships/${relationshipId}`));
    await expectVisible(pageB.getByText('Pending'), 'the relationship to be pending');
    await pageB.getByRole('button', { name: 'Accept' }).click();
    await expectVisible(pageB.getByText('Active', { exact: true }), 'the relationship to become active');
  });

  test('3–4. each side adds a contact; the other side sees it without a reload', async () => {
    await pageA.goto(url(`/relationships/${relationshipId}`));
    const companySide = pageA.getByRole('region', { name: 'Open Platform Ltd' });
    await expectVisible(companySide.getByRole('button', { name: 'Add contact' }), 'Ada’s add-contact form');
    await addContact(pageA, companySide, {
      name: 'Trust and Safety desk',
      tier: 'Critical',
      channel: 'Phone',
      value: '+254 20 123 4567',
    });
    await expectVisible(pageB.getByText('Trust and Safety desk'), 'Bruno to see Ada’s new contact live');

    const authoritySide = pageB.getByRole('region', { name: 'Independent Electoral Commission' });
    await addContact(pageB, authoritySide, {
      name: 'ICT duty officer',
      tier: 'Urgent',
      channel: 'E-mail',
      value: 'ict@iec.example',
    });
    await expectVisible(pageA.getByText('ICT duty officer'), 'Ada to see Bruno’s new contact live');
    await expectVisible(pageA.getByText('Fresh'), 'new contacts to be fresh');
  });

  test('5. Ada edits her contact; Bruno sees the change live; a stray contact is removed after confirming', async () => {
    const card = pageA.getByTestId('contact-card').filter({ hasText: 'Trust and Safety desk' });
    await card.getByRole('button', { name: 'Edit' }).click();
    const form = pageA.getByRole('form', { name: 'Edit Trust and Safety desk' });
    expect(await form.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Trust and Safety desk');
    expect(await form.getByRole('textbox', { name: 'Number, address or handle 1' }).inputValue()).toBe(
      '+254201234567',
    );
    await form.getByRole('textbox', { name: 'Title' }).fill('Head of ICT security');
    await form.getByRole('button', { name: 'Add a channel' }).click();
    await choose(pageA, form, 'Channel 2', 'Phone');
    await form.getByRole('textbox', { name: 'Number, address or handle 2' }).fill('0722 000 111');
    await form.getByRole('radio', { name: 'Prefer channel 2' }).check();
    await form.getByRole('button', { name: 'Save changes' }).click();
    // The server names the second channel's number; the form stays open with what was typed.
    await expectVisible(
      form.getByText('Enter the number in international format, e.g. +254 20 123 4567.'),
      'the server’s error beside the second channel',
    );
    await expect(
      form.getByRole('textbox', { name: 'Number, address or handle 2' }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await form.screenshot({ path: join(SCREENSHOTS, 'contact-edit-error-en-desktop.png') });
    await form.getByRole('textbox', { name: 'Number, address or handle 2' }).fill('+254 722 000 111');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expectVisible(card.getByText('Head of ICT security'), 'the new title on Ada’s card');
    await expectVisible(
      card.getByRole('listitem').filter({ hasText: 'Phone: +254722000111 (preferred)' }),
      'the new preferred channel',
    );
    await card.getByRole('button', { name: 'Show history' }).click();
    await expectVisible(
      card.getByText('title: — → Head of ICT security', { exact: false }),
      'the change, field by field, in the history',
    );
    await card.getByRole('button', { name: 'Hide history' }).click();
    await expectVisible(pageB.getByText('Head of ICT security'), 'Bruno to see the edit live');

    const companySide = pageA.getByRole('region', { name: 'Open Platform Ltd' });
    await addContact(pageA, companySide, {
      name: 'Old switchboard',
      tier: 'Routine',
      channel: 'E-mail',
      value: 'switchboard@platform.example',
    });
    await expectVisible(pageB.getByText('Old switchboard'), 'Bruno to see the stray contact');
    const stray = pageA.getByTestId('contact-card').filter({ hasText: 'Old switchboard' });
    await stray.getByRole('button', { name: 'Remove' }).click();
    const dialog = pageA.getByRole('dialog', { name: 'Remove this contact?' });
    await dialog.getByRole('button', { name: 'Remove contact' }).click();
    await stray.waitFor({ state: 'detached' });
    await pageB
      .getByTestId('contact-card')
      .filter({ hasText: 'Old switchboard' })
      .waitFor({ state: 'detached' });
  });

  test('6. Ada verifies her contact in one click; the history records it', async () => {
    const card = pageA.getByTestId('contact-card').filter({ hasText: 'Trust and Safety desk' });
    await card.getByRole('button', { name: 'Verify now' }).click();
    await card.getByRole('button', { name: 'Show history' }).click();
    await expectVisible(card.getByText('verified'), 'a verified revision in the history');
  });

  test('7. Ada exports the registry as CSV', async () => {
    const [download] = await Promise.all([
      pageA.waitForEvent('download'),
      pageA.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^name,title,escalationTier/);
    expect(csv).toContain('Trust and Safety desk');
    expect(csv).toContain('ICT duty officer');
    expect(csv).toContain("'+254201234567");
  });

  test('8. screenshots: registry and timeline on a desktop, escalation and timeline on a phone, in English and Arabic', async () => {
    await pageA.screenshot({ path: join(SCREENSHOTS, 'registry-en-desktop.png'), fullPage: true });
    const phone = await openPage(contextA);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(url(`/elections/${electionId}/escalation`));
    await expectVisible(
      phone.getByTestId('escalation-entry').filter({ hasText: 'Trust and Safety desk' }),
      'the critical contact on the escalation view',
    );
    await expectVisible(
      phone.getByRole('link', { name: '+254722000111' }),
      'a tap-to-call link to the preferred channel chosen when editing',
    );
    await phone.screenshot({ path: join(SCREENSHOTS, 'escalation-en-phone.png'), fullPage: true });
    const timeline = await openPage(contextA);
    await timeline.goto(url(`/elections/${electionId}/escalation`));
    await expectVisible(timeline.getByTestId('escalation-entry'), 'the escalation view on a desktop');
    await timeline.screenshot({ path: join(SCREENSHOTS, 'escalation-en-desktop.png'), fullPage: true });
    await timeline.goto(url(`/elections/${electionId}`));
    await expectVisible(timeline.getByText('Platform briefing'), 'the engagement on the timeline');
    await expectVisible(timeline.getByText('Polling day'), 'the milestone on the timeline');
    await timeline.screenshot({ path: join(SCREENSHOTS, 'timeline-en-desktop.png'), fullPage: true });
    await phone.goto(url(`/elections/${electionId}`));
    await expectVisible(phone.getByText('Platform briefing'), 'the timeline on a phone');
    await phone.screenshot({ path: join(SCREENSHOTS, 'timeline-en-phone.png'), fullPage: true });
    await phone.goto(url(`/elections/${electionId}/escalation`));
    await gql(contextA, `mutation { updateProfile(input: { locale: "ar" }) { user { id } } }`);
    await pageA.reload();
    await phone.reload();
    await expectVisible(phone.getByTestId('escalation-entry'), 'the escalation view in Arabic');
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectVisible(
      phone.getByText('حرج').or(phone.getByText('محدّث')),
      'Arabic labels on the escalation view',
    );
    await expectVisible(pageA.getByText('تعديل'), 'the registry in Arabic');
    await pageA.screenshot({ path: join(SCREENSHOTS, 'registry-ar-desktop.png'), fullPage: true });
    await phone.screenshot({ path: join(SCREENSHOTS, 'escalation-ar-phone.png'), fullPage: true });
    await phone.goto(url(`/elections/${electionId}`));
    await expectVisible(phone.getByText('Platform briefing'), 'the timeline in Arabic on a phone');
    await phone.screenshot({ path: join(SCREENSHOTS, 'timeline-ar-phone.png'), fullPage: true });
    await timeline.goto(url(`/elections/${electionId}/escalation`));
    await expectVisible(
      timeline.getByTestId('escalation-entry'),
      'the escalation view in Arabic on a desktop',
    );
    await timeline.screenshot({ path: join(SCREENSHOTS, 'escalation-ar-desktop.png'), fullPage: true });
    await timeline.goto(url(`/elections/${electionId}`));
    await expectVisible(timeline.getByText('Platform briefing'), 'the timeline in Arabic');
    await timeline.screenshot({ path: join(SCREENSHOTS, 'timeline-ar-desktop.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
