import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { RunningServer, startServer } from '../../emulator/server';

const BUILD_DIR = join(__dirname, '..', '..', 'build');

/**
 * Launching Debian's chromium for the browser tests. Without /usr/bin/chromium the tests are
 * skipped with the reason printed, except in CI (CI=true), where a missing browser is a failure.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const RESULTS_DIR = join(__dirname, '..', '..', 'test-results');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

function inCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** `describe` when the browser is there; otherwise a skip (locally) or one failing test (in CI). */
export function describeWithBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  const reason = `${CHROMIUM_PATH} is missing; install it with: apt-get update && apt-get install -y chromium`;
  if (inCi()) {
    describe(name, () => {
      it('has a browser to run in', () => {
        throw new Error(`Browser tests cannot run in CI: ${reason}`);
      });
    });
    return;
  }
  console.warn(`Skipping browser tests (${name}): ${reason}`);
  describe.skip(name, body);
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile of its own, removed again on close. */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'coc-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1400, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, `${name}.png`);
}

export interface EmulatorInBrowser {
  readonly server: RunningServer;
  readonly browser: LaunchedBrowser;
}

/**
 * Starts the emulator on a free port with a state file of its own, resets it to the demo or the
 * empty workspace, and launches the browser; everything is closed and removed after the suite.
 * Call inside describeWithBrowser; read the returned object's fields in tests, not at definition.
 */
export function useEmulatorInBrowser(demo: boolean): EmulatorInBrowser {
  const handles = {} as { folder: string; server: RunningServer; browser: LaunchedBrowser };
  beforeAll(async () => {
    handles.folder = mkdtempSync(join(tmpdir(), 'coc-e2e-state-'));
    handles.server = await startServer({ port: 0, statePath: join(handles.folder, 'workspace.json'), buildDir: BUILD_DIR, initialWorkspace: 'empty' });
    const reset = await fetch(new URL('/api/reset', handles.server.url), { method: 'POST', body: JSON.stringify({ demo }) });
    if (!reset.ok) throw new Error(`reset failed: ${await reset.text()}`);
    handles.browser = await launchBrowser();
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.close();
    if (handles.folder) rmSync(handles.folder, { recursive: true, force: true });
  });
  return {
    get server() {
      return handles.server;
    },
    get browser() {
      return handles.browser;
    },
  };
}

/**
 * A new tab on the emulator's page, collecting the page's uncaught errors so a test can assert
 * there were none.
 */
export async function openEmulatorPage(emulator: EmulatorInBrowser, height = 800): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await emulator.browser.context.newPage();
  await page.setViewportSize({ width: 1400, height });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(emulator.server.url);
  return { page, pageErrors };
}
