/**
 * The foundation story, end to end in a real browser against the built product:
 *
 *   1. Ada signs up (English) and creates an organisation; its page shows it unverified, Ada as Owner.
 *   2. Bruno, in a second browser, signs up — first with a common password, which the server refuses
 *      beside the Password field (and nothing is created), then with a good one.
 *   3. Ada invites Bruno's address as a Member and reads the one-time link on screen; Bruno's bell
 *      goes to 1 unread without a reload (live over graphql-ws) and lists the invitation.
 *   4. Bruno opens the link, accepts, and lands on the organisation as a Member; Ada's member list
 *      shows him.
 *   5. Ada switches the interface to Arabic (right-to-left) and back to English.
 *   6. On a fresh page, the keyboard's first stop is the skip link, which moves focus to <main>.
 *
 * The tests run in order and share the two browser contexts: each builds on the previous one.
 * Screenshots of the key screens go to apps/web-e2e/screenshots/ (git-ignored).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startAppServer, type AppServer } from './support/app-server.js';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium.js';

const SCREENSHOTS = new URL('../screenshots/', import.meta.url).pathname;
const WAIT_MS = 15_000;

const ADA = {
  email: 'ada@ballot-watch.example',
  displayName: 'Ada Lovelace',
  password: 'correct horse battery staple',
};
const BRUNO = {
  email: 'bruno@ballot-watch.example',
  displayName: 'Bruno Ferreira',
  password: 'a quiet lake at dawn, 1987',
};
const COMMON_PASSWORD = 'password1234';
const ORGANISATION = {
  name: 'Open Ballot Watch',
  kind: 'Civil-society organisation',
  countrySearch: 'Keny',
  country: 'Kenya',
  website: 'https://ballot-watch.example',
};

let server: AppServer | undefined;
let browser: Browser | undefined;
let contextA: BrowserContext;
let contextB: BrowserContext;
let pageA: Page;
let pageB: Page;
/** Uncaught exceptions in any page of the story: there should be none. */
const pageErrors: string[] = [];
/** Frames the server pushed to Bruno's page over WebSockets. */
const framesToBruno: string[] = [];

let organisationPath = '';
let invitationLink = '';
let invitationNotificationText = '';

// ---------------------------------------------------------------- helpers

function url(path: string): string {
  if (!server) throw new Error('the app server did not start');
  return new URL(path, server.url).toString();
}

async function newPersonContext(): Promise<BrowserContext> {
  if (!browser) throw new Error('Chromium did not start');
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(WAIT_MS);
  return context;
}

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Waits until the locator's first match is visible; the message says what the person expected to see. */
async function expectVisible(locator: Locator, expectation: string, timeout = WAIT_MS): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`Expected ${expectation}, but it did not appear within ${timeout} ms.\n${String(error)}`);
  }
}

/**
 * Runs one step of the story; when it fails, the page(s) are captured as failure-<step>-<page>.png
 * so the report can point at what the person would have seen.
 */
async function step(
  name: string,
  pages: Record<string, Page | undefined>,
  body: () => Promise<void>,
): Promise<void> {
  try {
    await body();
  } catch (error) {
    for (const [label, page] of Object.entries(pages)) {
      if (page && !page.isClosed()) {
        await page
          .screenshot({ path: join(SCREENSHOTS, `failure-${name}-${label}.png`), fullPage: true })
          .catch(() => undefined);
      }
    }
    throw error;
  }
}

/** A Mantine Select or MultiSelect is a combobox: open it by its label, then pick the option. */
async function chooseOption(page: Page, label: string, option: string, search?: string): Promise<void> {
  const combobox = page.getByRole('textbox', { name: label }).or(page.getByRole('combobox', { name: label }));
  await combobox.first().click();
  if (search) await combobox.first().fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function fillSignUp(
  page: Page,
  person: { email: string; displayName: string },
  password: string,
): Promise<void> {
  await page.getByLabel('Email', { exact: false }).first().fill(person.email);
  await page.getByLabel('Display name', { exact: false }).first().fill(person.displayName);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Sign up', exact: true }).and(page.locator('form button')).click();
}

function unreadBadge(page: Page): Locator {
  return page.getByTestId('unread-count');
}

// ---------------------------------------------------------------- set-up

beforeAll(async () => {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      "No Chromium found for the browser tests: install Debian's `chromium` (/usr/bin/chromium) or set " +
        'CHROMIUM_PATH. These tests must not be skipped silently.',
    );
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  [server, browser] = await Promise.all([
    startAppServer(),
    chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }),
  ]);
  contextA = await newPersonContext();
  contextB = await newPersonContext();
  pageA = await openPage(contextA);
  pageB = await openPage(contextB);
  pageB.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => framesToBruno.push(String(frame.payload)));
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// ---------------------------------------------------------------- the story

describe('the foundation story in a browser', () => {
  test('1. a person signs up in English and creates an organisation; its page shows it unverified, them as Owner', async () => {
    await step('1-sign-up-and-create', { A: pageA }, async () => {
      await pageA.goto(url('/'));
      // The browser asks for en-GB: the page is in English, left to right.
      expect(await pageA.evaluate(() => document.documentElement.lang)).toMatch(/^en\b/);
      expect(await pageA.evaluate(() => document.documentElement.dir)).toBe('ltr');
      await pageA.getByRole('main').getByRole('link', { name: 'Sign up', exact: true }).click();
      await expectVisible(pageA.getByRole('heading', { level: 1, name: 'Sign up' }), 'the sign-up page');
      await screenshot(pageA, '01-sign-up-page');
      await fillSignUp(pageA, ADA, ADA.password);
      await expectVisible(
        pageA.getByRole('heading', { level: 1, name: `Welcome, ${ADA.displayName}` }),
        'Ada to land signed in on the dashboard after signing up',
      );

      await pageA.getByRole('link', { name: 'Create an organisation' }).click();
      await expectVisible(
        pageA.getByRole('heading', { level: 1, name: 'Create an organisation' }),
        'the organisation form',
      );
      await pageA.getByRole('textbox', { name: 'Name' }).fill(ORGANISATION.name);
      await chooseOption(pageA, 'Kind of organisation', ORGANISATION.kind);
      await chooseOption(pageA, 'Countries', ORGANISATION.country, ORGANISATION.countrySearch);
      await pageA.keyboard.press('Escape');
      await pageA.getByRole('textbox', { name: 'Website' }).fill(ORGANISATION.website);
      await pageA.getByRole('button', { name: 'Create organisation' }).click();

      await expectVisible(
        pageA.getByRole('heading', { level: 1, name: ORGANISATION.name }),
        "the new organisation's page, titled with its name",
      );
      organisationPath = new URL(pageA.url()).pathname;
      expect(organisationPath).toMatch(/^\/organizations\/[^/]+$/);
      const main = pageA.getByRole('main');
      await expectVisible(main.getByText('Not verified', { exact: true }), 'the "Not verified" badge');
      const overview = main.getByRole('table');
      await expectVisible(
        overview.getByRole('row', { name: /Kind of organisation\s*Civil-society organisation/ }),
        'the kind in the overview',
      );
      await expectVisible(
        overview.getByRole('row', { name: /Countries\s*Kenya/ }),
        'the country in the overview',
      );
      await expectVisible(
        overview.getByRole('link', { name: ORGANISATION.website }),
        'the website as a link',
      );
      await expectVisible(overview.getByRole('row', { name: /Your role\s*Owner/ }), 'Ada to be the Owner');
      await screenshot(pageA, '02-organisation-page-A', true);
    });
  });

  test('2. a common password is refused beside the Password field, and nothing is created', async () => {
    await step('2-common-password', { B: pageB }, async () => {
      await pageB.goto(url('/sign-up'));
      await expectVisible(pageB.getByRole('heading', { level: 1, name: 'Sign up' }), 'the sign-up page');
      await fillSignUp(pageB, BRUNO, COMMON_PASSWORD);

      const message = 'This password is too common; choose another.';
      await expectVisible(
        pageB.getByText(message, { exact: true }),
        "the server's message under the Password field",
      );
      // Beside its field: the message is the password input's accessible description.
      const password = pageB.getByLabel('Password', { exact: false }).first();
      const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
      const descriptions = await Promise.all(
        describedBy
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => pageB.locator(`[id="${id}"]`).textContent()),
      );
      expect(descriptions).toContain(message);
      // The message sits beside its field, not in a form-wide alert.
      expect(await pageB.getByRole('alert').count()).toBe(0);
      expect(await pageB.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
      await screenshot(pageB, '03-common-password-refused-B');
    });
  });

  test('3. the same e-mail then signs up with a good password (nothing was created before)', async () => {
    await step('3-sign-up-B', { B: pageB }, async () => {
      const password = pageB.getByLabel('Password', { exact: false }).first();
      await password.fill(BRUNO.password);
      await pageB
        .getByRole('button', { name: 'Sign up', exact: true })
        .and(pageB.locator('form button'))
        .click();
      await expectVisible(
        pageB.getByRole('heading', { level: 1, name: `Welcome, ${BRUNO.displayName}` }),
        'Bruno to be signed up with the same e-mail once the password is acceptable',
      );
      await pageB
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Organisations' })
        .click();
      await expectVisible(pageB.getByRole('heading', { level: 1, name: 'Organisations' }), 'the directory');
      await expectVisible(
        pageB.getByRole('link', { name: 'Notifications, none unread', exact: true }),
        "Bruno's bell with nothing unread yet",
      );
      expect(await unreadBadge(pageB).count()).toBe(0);
    });
  });

  test("4. the owner invites the colleague as a Member and sees the one-time link; the colleague's bell goes to 1 live", async () => {
    await step('4-invite', { A: pageA, B: pageB }, async () => {
      // Marks Bruno's document: if anything reloads the page, the mark is gone.
      await pageB.evaluate(() => Object.assign(window, { __e2eNoReload: true }));
      const framesBefore = framesToBruno.length;

      await pageA.getByRole('tab', { name: 'Invitations' }).click();
      const invite = pageA.getByRole('region', { name: 'Invite someone' });
      await expectVisible(invite, 'the invitation form');
      await invite.getByRole('textbox', { name: 'Email address' }).fill(BRUNO.email);
      await chooseOption(pageA, 'Role', 'Member');
      await invite.getByRole('button', { name: 'Create invitation' }).click();

      await expectVisible(
        pageA.getByText(`Invitation created for ${BRUNO.email}`),
        'the confirmation that the invitation was created',
      );
      await expectVisible(pageA.getByText('Invitation link', { exact: true }), 'the "Invitation link" label');
      const link = pageA.getByText(/\/invitations\/accept\?token=/);
      await expectVisible(link, 'the one-time invitation link on screen');
      invitationLink = ((await link.first().textContent()) ?? '').trim();
      expect(invitationLink.startsWith(url('/invitations/accept#token='))).toBe(true);
      await expectVisible(
        pageA
          .getByRole('region', { name: 'Pending invitations' })
          .getByRole('rowheader', { name: BRUNO.email }),
        'the invitation in the pending list',
      );
      await screenshot(pageA, '04-invitation-link-A', true);

      try {
        await pageB.waitForFunction(
          () => document.querySelector('[data-testid="unread-count"]')?.textContent?.trim() === '1',
          undefined,
          { timeout: WAIT_MS },
        );
      } catch (error) {
        throw new Error(`Bruno's unread badge did not go to 1 without a reload.\n${String(error)}`);
      }
      expect(await pageB.evaluate(() => '__e2eNoReload' in window)).toBe(true);
      expect(new URL(pageB.url()).pathname).toBe('/organizations');
      const pushed = framesToBruno.slice(framesBefore).filter((frame) => frame.includes('"type":"next"'));
      expect(pushed.length).toBeGreaterThan(0);
      await expectVisible(
        pageB.getByRole('link', { name: 'Notifications, 1 unread', exact: true }),
        "the bell's accessible name to say 1 unread",
      );
      await screenshot(pageB, '05-unread-badge-1-B');
    });
  });

  test("5. the colleague's notifications list the invitation, and its link leads to accepting it as a Member", async () => {
    await step('5-accept', { A: pageA, B: pageB }, async () => {
      await pageB.getByRole('link', { name: 'Notifications, 1 unread', exact: true }).click();
      await expectVisible(
        pageB.getByRole('heading', { level: 1, name: 'Notifications' }),
        'the notifications page',
      );
      const list = pageB.getByRole('list', { name: 'Your notifications' });
      const message = list.getByRole('link', {
        name: new RegExp(`^${ADA.displayName} invited you to join ${ORGANISATION.name}\\b`),
      });
      await expectVisible(
        message,
        `"${ADA.displayName} invited you to join ${ORGANISATION.name} …" in the list`,
      );
      invitationNotificationText = ((await message.textContent()) ?? '').trim();
      await screenshot(pageB, '06-notifications-B');
      const messageHref = await message.getAttribute('href');
      expect(url(messageHref ?? '')).toBe(invitationLink);

      // The link shown to Ada is the one Bruno would receive; the notification links to the same page.
      await pageB.goto(invitationLink);
      await expectVisible(
        pageB.getByRole('heading', { level: 1, name: 'Join an organisation' }),
        'the accept page',
      );
      await expectVisible(
        pageB.getByText(`You have been invited to join ${ORGANISATION.name}.`),
        'the invitation preview',
      );
      await expectVisible(pageB.getByRole('row', { name: /Role\s*Member/ }), 'the offered role: Member');
      await pageB.getByRole('button', { name: 'Accept invitation' }).click();

      await expectVisible(
        pageB.getByRole('heading', { level: 1, name: ORGANISATION.name }),
        'Bruno to land on the organisation page after accepting',
      );
      expect(new URL(pageB.url()).pathname).toBe(organisationPath);
      await expectVisible(pageB.getByRole('row', { name: /Your role\s*Member/ }), 'Bruno to be a Member');
      await expectVisible(pageB.getByRole('tab', { name: 'Members' }), 'the Members tab for a member');
      expect(await pageB.getByRole('tab', { name: 'Invitations' }).count()).toBe(0);
      await screenshot(pageB, '07-organisation-page-after-accepting-B', true);

      await pageA.getByRole('tab', { name: 'Members' }).click();
      await expectVisible(
        pageA.getByText('2 members', { exact: true }),
        "Ada's member list to count 2 members",
      );
      await expectVisible(
        pageA.getByRole('rowheader', { name: BRUNO.displayName }),
        "Bruno in Ada's member list",
      );
      const brunoRole = pageA
        .getByRole('combobox', { name: `Role of ${BRUNO.displayName}` })
        .or(pageA.getByRole('textbox', { name: `Role of ${BRUNO.displayName}` }));
      expect(await brunoRole.first().inputValue()).toBe('Member');

      // Ada hears of it live too: the bell she has had open all along counts the "joined" notification.
      await expectVisible(
        pageA.getByRole('link', { name: 'Notifications, 1 unread', exact: true }),
        'Ada\'s bell to count 1 unread ("Bruno joined …") without a reload',
      );
    });
  });

  test('5b. the invitation notification names the role as the interface does ("as Member")', () => {
    // Checked apart from the story so that a wording problem does not hide the steps after it.
    expect(invitationNotificationText).toBe(
      `${ADA.displayName} invited you to join ${ORGANISATION.name} as Member.`,
    );
  });

  test('6. the language switcher turns the interface to Arabic, right to left, and back to English', async () => {
    await step('6-language', { A: pageA }, async () => {
      await pageA.getByRole('tab', { name: 'Overview' }).click();
      await pageA.getByRole('combobox', { name: 'Language' }).selectOption('ar');
      await pageA.waitForFunction(() => document.documentElement.dir === 'rtl', undefined, {
        timeout: WAIT_MS,
      });
      expect(
        await pageA.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual(['ar', 'rtl']);
      await expectVisible(
        pageA.getByRole('button', { name: 'تسجيل الخروج' }),
        'the sign-out button in Arabic',
      );
      await expectVisible(
        pageA.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'المنظمات' }),
        'the main navigation in Arabic',
      );
      expect(await pageA.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
      // The organisation's own name is data, not interface: it stays as entered.
      await expectVisible(
        pageA.getByRole('heading', { level: 1, name: ORGANISATION.name }),
        'the organisation name',
      );
      await screenshot(pageA, '08-arabic-layout-A', true);

      await pageA.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
      await pageA.waitForFunction(() => document.documentElement.dir === 'ltr', undefined, {
        timeout: WAIT_MS,
      });
      expect(
        await pageA.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual(['en', 'ltr']);
      await expectVisible(
        pageA.getByRole('button', { name: 'Sign out' }),
        'the sign-out button in English again',
      );
      await expectVisible(
        pageA.getByRole('row', { name: /Your role\s*Owner/ }),
        'the overview in English again',
      );

      // The choice is kept: a reload stays in English.
      await pageA.reload();
      await expectVisible(
        pageA.getByRole('heading', { level: 1, name: ORGANISATION.name }),
        'the organisation page',
      );
      expect(await pageA.evaluate(() => document.documentElement.dir)).toBe('ltr');
      await expectVisible(pageA.getByRole('button', { name: 'Sign out' }), 'the sign-out button in English');
      await expectVisible(
        pageA.getByRole('link', { name: 'Notifications, 1 unread', exact: true }),
        'Ada\'s bell to still count the "joined" notification after the reload',
      );
      await screenshot(pageA, '09-organisation-page-english-A', true);
    });
  });

  test('7. from a fresh page, Tab reaches the skip link first and activating it moves focus to main', async () => {
    const context = await newPersonContext();
    try {
      const page = await openPage(context);
      await step('7-skip-link', { fresh: page }, async () => {
        await page.goto(url('/'));
        await expectVisible(page.getByRole('heading', { level: 1 }), 'the home page');
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => ({
          text: document.activeElement?.textContent?.trim() ?? '',
          href: document.activeElement?.getAttribute('href') ?? '',
        }));
        expect(focused).toEqual({ text: 'Skip to main content', href: '#main-content' });
        const skipLink = page.getByRole('link', { name: 'Skip to main content' });
        const box = await skipLink.boundingBox();
        expect(box && box.y >= 0).toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
        expect(new URL(page.url()).hash).toBe('');
      });
    } finally {
      await context.close();
    }
  });

  test('no page threw an uncaught error along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
