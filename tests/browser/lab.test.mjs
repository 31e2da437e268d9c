// The page's second module, the lab (the tree panel and the playground): a phone reader who
// never opens the tree or runs code never downloads it; the first request for either fetches it
// and is answered once it starts; on a wide screen it comes on its own, beside the lesson.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { withPage } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const panel = (page) => page.getByRole('complementary', { name: 'Context tree' });
const fetched = (page, re) => page.evaluate((source) => performance.getEntriesByType('resource')
  .some((e) => new RegExp(source).test(new URL(e.name).pathname)), re.source);
const LAB_WASM = /\/lab-[0-9a-f]+_bg\.wasm$/;

test('phone: the lab is fetched only when the reader asks for a tree, and the request is answered', () => withPage(async ({ page, shot }) => {
  // Reading the first sections (far above the panel, which sits below the lesson).
  await page.mouse.wheel(0, 1200);
  await page.waitForTimeout(1500);
  assert.equal(await fetched(page, LAB_WASM), false, 'no lab before the reader asks');
  assert.equal(await page.locator('html').getAttribute('data-lab'), null);

  // A slow network: the lab takes a while to arrive, and the tap is answered at once.
  await page.route(LAB_WASM, async (route) => { await new Promise((ok) => setTimeout(ok, 1500)); await route.continue(); });
  const show = page.locator('section#with-cancel').getByRole('button', { name: /^Show tree for / });
  await show.scrollIntoViewIfNeeded();
  await show.tap();
  await page.locator('.tree-panel.sheet').getByRole('status').filter({ hasText: 'Loading the context tree…' }).waitFor({ timeout: 1000 });
  await shot('lab-phone-loading');
  // The request waited for the lab, which then opened the sheet and put focus on the tree.
  await panel(page).locator('.tree-svg .node').first().waitFor();
  await page.locator('.tree-panel.sheet').waitFor();
  assert.equal(await fetched(page, LAB_WASM), true, 'the lab was fetched on the tap');
  assert.equal(await page.locator('html').getAttribute('data-lab'), 'ready');
  assert.equal(await page.locator('html').getAttribute('data-lab-pending'), null, 'nothing left waiting');
  await page.waitForFunction(() => document.activeElement?.closest('.tree-panel'));
  // The tree asked for: the section's preset (its select shows it), not the first section's.
  assert.equal(await panel(page).getByLabel('Start from').inputValue(), 'cancel-tree');
  await shot('lab-phone-sheet');
  await panel(page).getByRole('button', { name: /Back to the text/ }).tap();
  await page.waitForFunction(() => document.activeElement?.id === 'with-cancel-tree-open');
}, PHONE));

test('phone: "Run" before the lab is live opens the playground and runs the program', () => withPage(async ({ page }) => {
  assert.equal(await fetched(page, LAB_WASM), false);
  // A slow network: the tap is answered at once, and the note goes when the playground is there.
  await page.route(LAB_WASM, async (route) => { await new Promise((ok) => setTimeout(ok, 1500)); await route.continue(); });
  const run = page.getByRole('button', { name: /^Run .* in the playground$/ }).first();
  await run.scrollIntoViewIfNeeded();
  await run.tap();
  const loading = page.getByRole('status').filter({ hasText: 'Loading the playground…' });
  await loading.waitFor({ timeout: 1000 });
  const playground = page.getByRole('region', { name: /^Playground/ });
  await playground.waitFor();
  assert.equal(await loading.count(), 0, 'the note is gone once the playground is in place');
  await page.getByRole('region', { name: 'Output of the run' }).getByText('Exit status 0').waitFor({ timeout: 20000 });
}, PHONE));

test('wide screen: the lab comes on its own beside the lesson, with no request', () => withPage(async ({ page }) => {
  await page.locator('html[data-lab="ready"]').waitFor({ state: 'attached', timeout: 15000 });
  await panel(page).locator('.tree-svg .node').first().waitFor();
  assert.equal(await page.locator('.tree-panel.sheet').count(), 0, 'beside the lesson, not a sheet');
}));

test('phone: a share link fetches the lab and opens its code in the playground, not run', () => withPage(async ({ page, shot }) => {
  const code = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("shared from a phone")\n}\n';
  await page.goto(`${page.url().split('#')[0]}#play=${deflateRawSync(Buffer.from(code, 'utf8')).toString('base64url')}`);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  // Nothing was asked of the tree, and the panel is far below: only the link fetched the lab.
  const drawer = page.getByRole('region', { name: 'Playground: shared code' });
  await drawer.waitFor({ timeout: 15000 });
  assert.equal(await fetched(page, LAB_WASM), true, 'the link fetched the lab');
  assert.equal(await drawer.getByRole('textbox', { name: 'Go code' }).inputValue(), code);
  assert.equal(await drawer.getByText('Finished with exit status', { exact: false }).count(), 0, 'not run by itself');
  await shot('lab-phone-share-link');
}, PHONE));
