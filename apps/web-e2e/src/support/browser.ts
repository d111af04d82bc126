import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { ApiClient } from './api-client.js';
import { startAppServer, type AppServer } from './app-server.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';

export const WAIT_MS = 15_000;
const SCREENSHOTS = new URL('../../screenshots/', import.meta.url).pathname;

/** One built app and one Chromium for a test file; each test opens its own contexts in it. */
export interface Stage {
  server: AppServer;
  browser: Browser;
  url(path: string): string;
  close(): Promise<void>;
}

export async function openStage(): Promise<Stage> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      "No Chromium found for the browser tests: install Debian's `chromium` (/usr/bin/chromium) or set " +
        'CHROMIUM_PATH. These tests must not be skipped silently.',
    );
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const [server, browser] = await Promise.all([
    startAppServer(),
    chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }),
  ]);
  return {
    server,
    browser,
    url: (path) => new URL(path, server.url).toString(),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A person's browser window: their own cookies and storage, and the page errors it saw. */
export interface Window {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page: a test ends by expecting none. */
  errors: string[];
}

export async function openWindow(
  stage: Stage,
  { signedInAs, locale = 'en-GB' }: { signedInAs?: ApiClient; locale?: string } = {},
): Promise<Window> {
  const context = await stage.browser.newContext({
    locale,
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(WAIT_MS);
  if (signedInAs) {
    await context.addCookies([{ ...signedInAs.sessionCookie, url: stage.server.url, httpOnly: true }]);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/**
 * Runs a test's body with its windows; when it fails, each page is captured as
 * failure-<test>-<window>.png so the report can point at what the person saw. Windows close either way.
 */
export async function withWindows(
  name: string,
  windows: Record<string, Window>,
  body: () => Promise<void>,
): Promise<void> {
  try {
    await capturingFailures(name, windows, body);
  } finally {
    await Promise.all(Object.values(windows).map((window) => window.context.close()));
  }
}

/** Runs a body with windows that stay open after it, capturing each page if it fails. */
export async function capturingFailures(
  name: string,
  windows: Record<string, Window>,
  body: () => Promise<void>,
): Promise<void> {
  try {
    await body();
  } catch (error) {
    for (const [label, window] of Object.entries(windows)) {
      if (!window.page.isClosed()) {
        await window.page
          .screenshot({ path: join(SCREENSHOTS, `failure-${name}-${label}.png`), fullPage: true })
          .catch(() => undefined);
      }
    }
    throw error;
  }
}

/** Waits until the locator's first match is visible; the message says what the person expected to see. */
export async function expectVisible(locator: Locator, expectation: string, timeout = WAIT_MS): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`Expected ${expectation}, but it did not appear within ${timeout} ms.\n${String(error)}`);
  }
}

/** A Mantine Select or MultiSelect is a combobox: open it by its label, then pick the option. */
export async function chooseOption(
  page: Page,
  label: string,
  option: string,
  search?: string,
): Promise<void> {
  const combobox = page.getByRole('textbox', { name: label }).or(page.getByRole('combobox', { name: label }));
  await combobox.first().click();
  if (search) await combobox.first().fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The header's unread badge (the one element found by test id: it has no role of its own). */
export function unreadBadge(page: Page): Locator {
  return page.getByTestId('unread-count');
}
