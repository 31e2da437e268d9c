// The browser-test harness: serves the release bundle (dist/) on 127.0.0.1, drives Debian's
// headless Chromium through playwright-core, and fails any test whose page logs an error.
//
// Add a test: create tests/browser/<topic>.test.mjs and write
//   import { test } from 'node:test';
//   import { withPage } from './harness.mjs';
//   test('what a learner sees', () => withPage(async ({ page, shot }) => { ... }));
// Find elements by role and accessible name (page.getByRole), as a person would.
// Screenshots land in tests/screenshots/ (see the README).

import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(root, 'dist');
export const SCREENSHOTS = join(root, 'tests', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.ico': 'image/x-icon',
};

let shared = null;
// One browser and server per test file, closed when the file's tests end.
after(async () => {
  if (!shared) return;
  await shared.browser.close();
  shared.server.close();
});

/** Starts (once per test file) the static server and the browser. */
async function setup() {
  if (shared) return shared;
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No release bundle in ${DIST}: build it with \`make release\` (or run \`make test\`, which does).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium chromium-driver\` (or run \`make test\`, which does).`);
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('playwright-core is not installed: run `npm ci` (or `make test`, which does).');
  }
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(DIST, path));
      if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
      if (!existsSync(file) || (await stat(file)).isDirectory()) file = join(DIST, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  shared = { server, browser, url };
  return shared;
}

/**
 * Runs `fn` with a fresh page (own context: own localStorage) that has loaded the app.
 * Options: `viewport`, `colorScheme` ('light'|'dark'), `reducedMotion` ('reduce'), `initScript`
 * (run before the app's code, e.g. to break localStorage), `hash` (e.g. '#deadlines'),
 * `allowErrors` (console errors the test expects), `context` (reuse a browser context: tabs),
 * `hasTouch` and `isMobile` (a phone: taps, touch events, the mobile viewport),
 * `clock` (install Playwright's fake clock before the app starts), `url` (another server's base URL).
 * `fn` receives { page, context, url, shot(name), errors }.
 */
export async function withPage(fn, opts = {}) {
  const { browser } = await setup();
  const url = opts.url || shared.url;
  const context = opts.context || await browser.newContext({
    viewport: opts.viewport || { width: 1360, height: 900 },
    colorScheme: opts.colorScheme || 'light',
    reducedMotion: opts.reducedMotion || 'no-preference',
    hasTouch: Boolean(opts.hasTouch),
    isMobile: Boolean(opts.isMobile),
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // Playwright's fake clock (time still flows until a test runs it forward with clock.runFor).
  if (opts.clock) await context.clock.install();
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(url + (opts.hash || ''));
  await appReady(page);
  const shot = (name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  try {
    await fn({ page, context, url, shot, errors, open: (hash = '') => openPage(context, url + hash, errors) });
    const unexpected = errors.filter((e) => !(opts.allowErrors || []).some((re) => re.test(e)));
    if (unexpected.length) throw new Error(`The page logged errors:\n${unexpected.join('\n')}`);
  } finally {
    if (!opts.context) await context.close();
  }
}

/** Opens another tab in the same browser context (shares localStorage) and waits for the app. */
async function openPage(context, href, errors) {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(href);
  await appReady(page);
  return page;
}

/**
 * Waits until the app has brought the painted page to life: the lesson is HTML from the start,
 * and the root element gets `data-app="ready"` once every interactive part is live.
 */
export async function appReady(page) {
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 15000 });
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 20000 });
}
