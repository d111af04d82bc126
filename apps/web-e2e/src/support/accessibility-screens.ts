/**
 * Accessibility as a test: axe-core over every screen the foundation story visits, with data on it
 * (an unread notification in the header, lists with rows), failing on any serious or critical WCAG
 * 2.2 A/AA violation. Each screen is its own test, so one violation names its screen and hides no
 * other. `accessibility-english.e2e.ts` and `accessibility-arabic.e2e.ts` (right to left) run it.
 */
import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousViolations } from './accessibility.js';
import { ApiClient, newPerson } from './api-client.js';
import { consultationScene, type ConsultationScene } from './consultation-scene.js';
import {
  capturingFailures,
  expectVisible,
  openStage,
  openWindow,
  type Stage,
  unreadBadge,
  type Window,
} from './browser.js';

type Viewer = 'nobody' | 'owner' | 'invitee';

interface Screen {
  name: string;
  viewer: Viewer;
  path: (scene: Scene) => string;
  /** What must be on screen before it is checked (language-neutral: roles, not words). */
  ready: (page: Page) => Locator;
}

/** One language's data: an owner with a second member, a pending invitation, a token, an unread notification. */
interface Scene {
  owner: ApiClient;
  invitee: ApiClient;
  organizationId: string;
  acceptToken: string;
  consultation: ConsultationScene;
}

const rows = (page: Page) => page.getByRole('main').getByRole('row').nth(1);
const SCREENS: Screen[] = [
  {
    name: 'welcome',
    viewer: 'nobody',
    path: () => '/',
    ready: (page) => page.getByRole('main').getByRole('link').first(),
  },
  {
    name: 'sign up',
    viewer: 'nobody',
    path: () => '/sign-up',
    ready: (page) => page.getByRole('button').last(),
  },
  {
    name: 'sign in',
    viewer: 'nobody',
    path: () => '/sign-in',
    ready: (page) => page.getByRole('button').last(),
  },
  {
    name: 'dashboard',
    viewer: 'owner',
    path: () => '/',
    ready: (page) => page.getByRole('main').getByRole('listitem').first(),
  },
  {
    name: 'directory',
    viewer: 'owner',
    path: () => '/organizations',
    ready: (page) => page.getByRole('main').getByRole('listitem').first(),
  },
  {
    name: 'create an organisation',
    viewer: 'owner',
    path: () => '/organizations/new',
    ready: (page) => page.getByRole('main').getByRole('textbox').first(),
  },
  {
    name: 'organisation overview',
    viewer: 'owner',
    path: (scene) => `/organizations/${scene.organizationId}`,
    ready: rows,
  },
  {
    name: 'organisation members',
    viewer: 'owner',
    path: (scene) => `/organizations/${scene.organizationId}?tab=members`,
    ready: (page) => page.getByRole('main').getByRole('rowheader').nth(1),
  },
  {
    name: 'organisation invitations',
    viewer: 'owner',
    path: (scene) => `/organizations/${scene.organizationId}?tab=invitations`,
    ready: (page) => page.getByRole('main').getByRole('rowheader').first(),
  },
  {
    name: 'organisation audit log',
    viewer: 'owner',
    path: (scene) => `/organizations/${scene.organizationId}?tab=audit`,
    ready: rows,
  },
  {
    name: 'notifications',
    viewer: 'owner',
    path: () => '/notifications',
    ready: (page) => page.getByRole('main').getByRole('listitem').first(),
  },
  { name: 'account', viewer: 'owner', path: () => '/account', ready: rows },
  { name: 'API tokens', viewer: 'owner', path: () => '/account/tokens', ready: rows },
  {
    name: 'consultations',
    viewer: 'owner',
    path: () => '/consultations',
    ready: rows,
  },
  {
    name: 'new consultation',
    viewer: 'owner',
    path: () => '/consultations/new',
    ready: (page) => page.getByRole('main').getByRole('textbox').first(),
  },
  {
    name: 'consultation, as its convenor',
    viewer: 'owner',
    path: (scene) => `/consultations/${scene.consultation.consultationId}`,
    ready: (page) =>
      page.getByRole('main').getByRole('link', { name: 'Coordinated harassment of poll workers' }),
  },
  {
    name: 'convenor dashboard',
    viewer: 'owner',
    path: (scene) => `/consultations/${scene.consultation.consultationId}/dashboard`,
    ready: (page) => page.getByRole('main').getByRole('rowheader').first(),
  },
  {
    name: 'brief editor',
    viewer: 'owner',
    path: (scene) => `/consultations/${scene.consultation.consultationId}/briefs/new`,
    ready: (page) => page.getByRole('main').getByRole('textbox').first(),
  },
  {
    name: 'brief editor, editing a submitted brief',
    viewer: 'owner',
    path: (scene) =>
      `/consultations/${scene.consultation.consultationId}/briefs/${scene.consultation.briefId}/edit`,
    ready: (page) => page.getByRole('main').getByRole('textbox').first(),
  },
  {
    name: 'brief',
    viewer: 'owner',
    path: (scene) =>
      `/consultations/${scene.consultation.consultationId}/briefs/${scene.consultation.briefId}`,
    ready: (page) => page.getByRole('main').getByRole('textbox').last(),
  },
  {
    name: 'accept an invitation',
    viewer: 'invitee',
    path: (scene) => `/invitations/accept#token=${scene.acceptToken}`,
    ready: (page) => page.getByRole('main').getByRole('button').first(),
  },
];

async function makeScene(stage: Stage, locale: string): Promise<Scene> {
  const owner = await ApiClient.signUp(stage.server.url, newPerson('Ada Lovelace'), locale);
  const organizationId = await owner.createOrganization({
    name: 'Open Ballot Watch',
    kind: 'CIVIL_SOCIETY',
    countryCodes: ['KE', 'TZ'],
    website: 'https://ballot-watch.example',
  });
  // A second member: the member list has two rows, and the owner has an unread "joined" notification.
  const member = newPerson('Bruno Ferreira');
  const memberApi = await ApiClient.signUp(stage.server.url, member, locale);
  await memberApi.acceptInvitation(await owner.invite(organizationId, member.email));
  // A pending invitation: a row in the invitations tab, and an accept page for the invitee.
  const invitee = newPerson('Carla Mendes');
  const inviteeApi = await ApiClient.signUp(stage.server.url, invitee, locale);
  const acceptToken = await owner.invite(organizationId, invitee.email);
  await owner.createApiToken('Nightly export');
  const consultation = await consultationScene(owner, organizationId);
  return { owner, invitee: inviteeApi, organizationId, acceptToken, consultation };
}

/**
 * Every screen in one language, each its own test. One file per language, so that the two run side
 * by side: the screens spend most of their time waiting on the browser, not on the CPU.
 */
export function checkEveryScreenIn(language: string, locale: string, browserLocale: string): void {
  describe(`in ${language}`, () => {
    let stage: Stage;
    let scene: Scene;
    /** One window per viewer, reused from screen to screen: each screen is a new page load in it. */
    const windows = new Map<Viewer, Window>();

    beforeAll(async () => {
      stage = await openStage();
      scene = await makeScene(stage, locale);
    }, 150_000);

    afterAll(async () => {
      await Promise.all([...windows.values()].map((window) => window.context.close()));
      await stage?.close();
    });

    async function windowOf(viewer: Viewer): Promise<Window> {
      const open = windows.get(viewer);
      if (open) return open;
      const signedInAs = viewer === 'owner' ? scene.owner : viewer === 'invitee' ? scene.invitee : undefined;
      const window = await openWindow(stage, { signedInAs, locale: browserLocale });
      windows.set(viewer, window);
      return window;
    }

    test.each(SCREENS)('$name has no serious or critical WCAG 2.2 A/AA violation', async (screen) => {
      const window = await windowOf(screen.viewer);
      const errorsBefore = window.errors.length;
      const name = `axe-${locale}-${screen.name.replace(/\W+/g, '-')}`;
      await capturingFailures(name, { page: window }, async () => {
        const { page } = window;
        await page.goto(stage.url(screen.path(scene)));
        // The page has settled on the language (the browser's "en-GB" reads the "en" catalogues).
        await page.waitForFunction((lang) => document.documentElement.lang.startsWith(lang), locale);
        await expectVisible(page.getByRole('heading', { level: 1 }), `the ${screen.name} screen`);
        await expectVisible(screen.ready(page), `the ${screen.name} screen with its data`);
        if (screen.viewer === 'owner')
          await expectVisible(unreadBadge(page), 'an unread count in the header');
        await expectNoSeriousViolations(page, `The ${screen.name} screen (${locale})`);
        expect(window.errors.slice(errorsBefore)).toEqual([]);
      });
    });
  });
}
