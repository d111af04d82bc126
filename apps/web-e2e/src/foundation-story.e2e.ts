/**
 * The foundation story in a real browser against the built product, as independent tests: each
 * makes its own people and organisations (through the API, `support/api-client.ts`, unless the
 * screen under test is how they are made) and opens its own browser windows, so one failure
 * never hides the tests after it and any test can run alone (`-t '<name>'`).
 *
 * Screenshots of the key screens go to apps/web-e2e/screenshots/ (git-ignored), and a failing
 * test leaves failure-<test>-<window>.png there.
 */
import type { Page } from 'playwright-core';
import { ApiClient, newPerson, type OrganizationDraft, type Person } from './support/api-client.js';
import {
  chooseOption,
  expectVisible,
  openStage,
  openWindow,
  screenshot,
  type Stage,
  unreadBadge,
  WAIT_MS,
  withWindows,
} from './support/browser.js';

const COMMON_PASSWORD = 'password1234';
const BALLOT_WATCH: OrganizationDraft = {
  name: 'Open Ballot Watch',
  kind: 'CIVIL_SOCIETY',
  countryCodes: ['KE'],
  website: 'https://ballot-watch.example',
};

let stage: Stage;

beforeAll(async () => {
  stage = await openStage();
}, 90_000);

afterAll(async () => {
  await stage?.close();
});

async function fillSignUp(page: Page, person: Person, password: string): Promise<void> {
  await page.getByLabel('Email', { exact: false }).first().fill(person.email);
  await page.getByLabel('Display name', { exact: false }).first().fill(person.displayName);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Sign up', exact: true }).and(page.locator('form button')).click();
}

/** An owner with an organisation, made through the API. */
async function ownerWithOrganization(displayName: string) {
  const person = newPerson(displayName);
  const api = await ApiClient.signUp(stage.server.url, person);
  const organizationId = await api.createOrganization(BALLOT_WATCH);
  return { person, api, organizationId, path: `/organizations/${organizationId}` };
}

test('a person signs up in English and creates an organisation; its page shows it unverified, them as Owner', async () => {
  const ada = newPerson('Ada Lovelace');
  const a = await openWindow(stage);
  await withWindows('sign-up-and-create', { A: a }, async () => {
    const page = a.page;
    await page.goto(stage.url('/'));
    // The browser asks for en-GB: the page is in English, left to right.
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en\b/);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.getByRole('main').getByRole('link', { name: 'Sign up', exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Sign up' }), 'the sign-up page');
    await screenshot(page, '01-sign-up-page');
    await fillSignUp(page, ada, ada.password);
    await expectVisible(
      page.getByRole('heading', { level: 1, name: `Welcome, ${ada.displayName}` }),
      'Ada to land signed in on the dashboard after signing up',
    );

    await page.getByRole('link', { name: 'Create an organisation' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Create an organisation' }), 'the form');
    await page.getByRole('textbox', { name: 'Name' }).fill(BALLOT_WATCH.name);
    await chooseOption(page, 'Kind of organisation', 'Civil-society organisation');
    await chooseOption(page, 'Countries', 'Kenya', 'Keny');
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Website' }).fill(BALLOT_WATCH.website ?? '');
    await page.getByRole('button', { name: 'Create organisation' }).click();

    await expectVisible(
      page.getByRole('heading', { level: 1, name: BALLOT_WATCH.name }),
      "the new organisation's page, titled with its name",
    );
    expect(new URL(page.url()).pathname).toMatch(/^\/organizations\/[^/]+$/);
    const main = page.getByRole('main');
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
    await expectVisible(overview.getByRole('link', { name: BALLOT_WATCH.website }), 'the website as a link');
    await expectVisible(overview.getByRole('row', { name: /Your role\s*Owner/ }), 'Ada to be the Owner');
    await screenshot(page, '02-organisation-page-A', true);
    expect(a.errors).toEqual([]);
  });
});

test('a common password is refused beside the Password field, nothing is created, and a good one then works', async () => {
  const bruno = newPerson('Bruno Ferreira');
  const b = await openWindow(stage);
  await withWindows('common-password', { B: b }, async () => {
    const page = b.page;
    await page.goto(stage.url('/sign-up'));
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Sign up' }), 'the sign-up page');
    await fillSignUp(page, bruno, COMMON_PASSWORD);

    const message = 'This password is too common; choose another.';
    await expectVisible(
      page.getByText(message, { exact: true }),
      "the server's message under the Password field",
    );
    // Beside its field: the message is the password input's accessible description.
    const password = page.getByLabel('Password', { exact: false }).first();
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain(message);
    // The message sits beside its field, not in a form-wide alert.
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await screenshot(page, '03-common-password-refused-B');

    // Nothing was created: the same address signs up once the password is acceptable.
    await password.fill(bruno.password);
    await page.getByRole('button', { name: 'Sign up', exact: true }).and(page.locator('form button')).click();
    await expectVisible(
      page.getByRole('heading', { level: 1, name: `Welcome, ${bruno.displayName}` }),
      'Bruno to be signed up with the same e-mail once the password is acceptable',
    );
    expect(b.errors).toEqual([]);
  });
});

/**
 * The invitation, in three steps that each say what the person does; when the invitation flow
 * changes (a page of pending invitations, a confirmed e-mail before accepting), these are the
 * steps to adapt.
 */
async function inviteThroughScreens(page: Page, email: string): Promise<string> {
  await page.getByRole('tab', { name: 'Invitations' }).click();
  const invite = page.getByRole('region', { name: 'Invite someone' });
  await expectVisible(invite, 'the invitation form');
  await invite.getByRole('textbox', { name: 'Email address' }).fill(email);
  await chooseOption(page, 'Role', 'Member');
  await invite.getByRole('button', { name: 'Create invitation' }).click();
  await expectVisible(
    page.getByText(`Invitation created for ${email}`),
    'the confirmation of the invitation',
  );
  await expectVisible(page.getByText('Invitation link', { exact: true }), 'the "Invitation link" label');
  const link = page.getByText(/\/invitations\/accept\?token=/);
  await expectVisible(link, 'the one-time invitation link on screen');
  await expectVisible(
    page.getByRole('region', { name: 'Pending invitations' }).getByRole('rowheader', { name: email }),
    'the invitation in the pending list',
  );
  return ((await link.first().textContent()) ?? '').trim();
}

async function acceptThroughLink(page: Page, link: string, organizationName: string): Promise<void> {
  await page.goto(link);
  await expectVisible(
    page.getByRole('heading', { level: 1, name: 'Join an organisation' }),
    'the accept page',
  );
  await expectVisible(
    page.getByText(`You have been invited to join ${organizationName}.`),
    'the invitation preview',
  );
  await expectVisible(page.getByRole('row', { name: /Role\s*Member/ }), 'the offered role: Member');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expectVisible(
    page.getByRole('heading', { level: 1, name: organizationName }),
    'to land on the organisation page after accepting',
  );
}

test('an invitation reaches the invitee live, and its link makes them a Member the owner then sees', async () => {
  const ada = await ownerWithOrganization('Ada Lovelace');
  const bruno = newPerson('Bruno Ferreira');
  const brunoApi = await ApiClient.signUp(stage.server.url, bruno);
  const a = await openWindow(stage, { signedInAs: ada.api });
  const b = await openWindow(stage, { signedInAs: brunoApi });
  const framesToBruno: string[] = [];
  b.page.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => framesToBruno.push(String(frame.payload)));
  });

  await withWindows('invitation', { A: a, B: b }, async () => {
    await b.page.goto(stage.url('/organizations'));
    await expectVisible(b.page.getByRole('heading', { level: 1, name: 'Organisations' }), 'the directory');
    await expectVisible(
      b.page.getByRole('link', { name: 'Notifications, none unread', exact: true }),
      "Bruno's bell with nothing unread yet",
    );
    expect(await unreadBadge(b.page).count()).toBe(0);
    // Marks Bruno's document: if anything reloads the page, the mark is gone.
    await b.page.evaluate(() => Object.assign(window, { __e2eNoReload: true }));

    await a.page.goto(stage.url(ada.path));
    await expectVisible(
      a.page.getByRole('heading', { level: 1, name: BALLOT_WATCH.name }),
      'the organisation',
    );
    const link = await inviteThroughScreens(a.page, bruno.email);
    expect(link.startsWith(stage.url('/invitations/accept?token='))).toBe(true);
    await screenshot(a.page, '04-invitation-link-A', true);

    try {
      await b.page.waitForFunction(
        () => document.querySelector('[data-testid="unread-count"]')?.textContent?.trim() === '1',
        undefined,
        { timeout: WAIT_MS },
      );
    } catch (error) {
      throw new Error(`Bruno's unread badge did not go to 1 without a reload.\n${String(error)}`);
    }
    expect(await b.page.evaluate(() => '__e2eNoReload' in window)).toBe(true);
    expect(framesToBruno.some((frame) => frame.includes('"type":"next"'))).toBe(true);
    await screenshot(b.page, '05-unread-badge-1-B');

    await b.page.getByRole('link', { name: 'Notifications, 1 unread', exact: true }).click();
    await expectVisible(
      b.page.getByRole('heading', { level: 1, name: 'Notifications' }),
      'the notifications',
    );
    const message = b.page.getByRole('list', { name: 'Your notifications' }).getByRole('link', {
      name: `${ada.person.displayName} invited you to join ${BALLOT_WATCH.name} as Member.`,
      exact: true,
    });
    await expectVisible(message, 'the invitation, naming the role as the interface does ("as Member")');
    expect(stage.url((await message.getAttribute('href')) ?? '')).toBe(link);
    await screenshot(b.page, '06-notifications-B');

    await acceptThroughLink(b.page, link, BALLOT_WATCH.name);
    expect(new URL(b.page.url()).pathname).toBe(ada.path);
    await expectVisible(b.page.getByRole('row', { name: /Your role\s*Member/ }), 'Bruno to be a Member');
    await expectVisible(b.page.getByRole('tab', { name: 'Members' }), 'the Members tab for a member');
    expect(await b.page.getByRole('tab', { name: 'Invitations' }).count()).toBe(0);
    await screenshot(b.page, '07-organisation-page-after-accepting-B', true);

    await a.page.getByRole('tab', { name: 'Members' }).click();
    await expectVisible(
      a.page.getByText('2 members', { exact: true }),
      "Ada's member list to count 2 members",
    );
    await expectVisible(
      a.page.getByRole('rowheader', { name: bruno.displayName }),
      "Bruno in Ada's member list",
    );
    const brunoRole = a.page
      .getByRole('combobox', { name: `Role of ${bruno.displayName}` })
      .or(a.page.getByRole('textbox', { name: `Role of ${bruno.displayName}` }));
    expect(await brunoRole.first().inputValue()).toBe('Member');
    // Ada hears of it live too: the bell she has had open all along counts the "joined" notification.
    await expectVisible(
      a.page.getByRole('link', { name: 'Notifications, 1 unread', exact: true }),
      'Ada\'s bell to count 1 unread ("Bruno joined …") without a reload',
    );
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});

test('the language switcher turns the interface to Arabic, right to left, and back to English, and keeps it', async () => {
  const ada = await ownerWithOrganization('Ada Lovelace');
  const a = await openWindow(stage, { signedInAs: ada.api });
  await withWindows('language', { A: a }, async () => {
    const page = a.page;
    await page.goto(stage.url(ada.path));
    await expectVisible(page.getByRole('heading', { level: 1, name: BALLOT_WATCH.name }), 'the organisation');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', undefined, { timeout: WAIT_MS });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await expectVisible(page.getByRole('button', { name: 'تسجيل الخروج' }), 'the sign-out button in Arabic');
    await expectVisible(
      page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'المنظمات' }),
      'the main navigation in Arabic',
    );
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    // The organisation's own name is data, not interface: it stays as entered.
    await expectVisible(
      page.getByRole('heading', { level: 1, name: BALLOT_WATCH.name }),
      'the organisation name',
    );
    await screenshot(page, '08-arabic-layout-A', true);

    await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr', undefined, { timeout: WAIT_MS });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'en',
      'ltr',
    ]);
    await expectVisible(
      page.getByRole('button', { name: 'Sign out' }),
      'the sign-out button in English again',
    );
    await expectVisible(
      page.getByRole('row', { name: /Your role\s*Owner/ }),
      'the overview in English again',
    );

    // The choice is kept: a reload stays in English.
    await page.reload();
    await expectVisible(page.getByRole('heading', { level: 1, name: BALLOT_WATCH.name }), 'the organisation');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await expectVisible(page.getByRole('button', { name: 'Sign out' }), 'the sign-out button in English');
    await screenshot(page, '09-organisation-page-english-A', true);
    expect(a.errors).toEqual([]);
  });
});

test('from a fresh page, Tab reaches the skip link first and activating it moves focus to main', async () => {
  const fresh = await openWindow(stage);
  await withWindows('skip-link', { fresh }, async () => {
    const page = fresh.page;
    await page.goto(stage.url('/'));
    await expectVisible(page.getByRole('heading', { level: 1 }), 'the home page');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim() ?? '',
      href: document.activeElement?.getAttribute('href') ?? '',
    }));
    expect(focused).toEqual({ text: 'Skip to main content', href: '#main-content' });
    const box = await page.getByRole('link', { name: 'Skip to main content' }).boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    expect(new URL(page.url()).hash).toBe('');
    expect(fresh.errors).toEqual([]);
  });
});
