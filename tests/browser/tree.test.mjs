// The context tree panel as a learner uses it: building a tree by clicking and by keyboard,
// cancel waves, a deadline firing on its own, value lookups, goroutines printing, the leak case,
// narration, reduced motion, timers cleaned up, and a screenshot of every preset in both themes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

const PRESETS = ['roots', 'cancel-tree', 'leak', 'timeout-chain', 'deadline-cap', 'call-chain', 'value-lookup', 'cause', 'exercise'];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const panel = (page) => page.getByRole('complementary', { name: 'Context tree' });
const node = (page, name) => panel(page).getByRole('button', { name: new RegExp(`^${esc(name)}: `) });
const label = (page, name) => node(page, name).getAttribute('aria-label');
const button = (page, name) => panel(page).getByRole('button', { name, exact: true });
const narration = (page) => panel(page).getByRole('status');
const start = (page, which) => panel(page).getByLabel('Start from').selectOption(which);

/** Waits until node `name`'s accessible name matches `re`. */
async function until(page, name, re, timeout = 5000) {
  await panel(page).getByRole('button', { name: new RegExp(`^${esc(name)}: .*${re.source}`) }).waitFor({ timeout });
}

/** Adds a child of `kind` under `parent` (selecting the parent first), named `name`. */
async function add(page, kind, parent, name, fill = {}) {
  await node(page, parent).click();
  await panel(page).getByRole('textbox', { name: 'Name' }).fill(name);
  for (const [field, value] of Object.entries(fill)) await panel(page).getByRole('textbox', { name: field, exact: true }).fill(value);
  await button(page, `Add ${kind} under ${parent}`).click();
  await node(page, name).waitFor();
}

test('build a tree by clicking, cancel a middle node: Done reaches its descendants, never its parent or siblings', () => withPage(async ({ page, shot }) => {
  await start(page, 'empty-background');
  await add(page, 'WithCancel', 'background', 'server');
  await add(page, 'WithCancel', 'server', 'request');
  await add(page, 'WithCancel', 'server', 'other');
  await add(page, 'WithCancel', 'request', 'db');
  await add(page, 'WithCancel', 'request', 'render');
  await node(page, 'request').click();
  await button(page, 'Cancel request').click();
  await until(page, 'db', /context canceled/);
  await until(page, 'render', /context canceled/);
  await until(page, 'request', /context canceled/);
  for (const n of ['server', 'other', 'background']) assert.match(await label(page, n), /Err: nil/, `${n} is unaffected`);
  assert.equal(await narration(page).innerText(), 'Cancelled request: context canceled; 2 descendants done; server unaffected');
  await page.waitForSelector('.tree-panel[data-animating="false"]');
  await shot('tree-built-and-cancelled');
}));

test('a 300ms WithTimeout fires on its own and its child follows with deadline exceeded', () => withPage(async ({ page }) => {
  await start(page, 'empty-background');
  // Paused while building, so a slow machine cannot let 300ms pass before the check below.
  await button(page, 'Pause clock').click();
  await add(page, 'WithTimeout', 'background', 'quick', { Timeout: '300ms' });
  await add(page, 'WithCancel', 'quick', 'work');
  assert.match(await label(page, 'quick'), /Err: nil/);
  await button(page, 'Resume clock').click();
  await until(page, 'quick', /context deadline exceeded/, 4000);
  await until(page, 'work', /context deadline exceeded/);
  assert.equal(await narration(page).innerText(), 'quick (WithTimeout 300ms under background): deadline exceeded; 1 descendant done; background unaffected');
  assert.match(await node(page, 'quick').evaluate((g) => g.textContent), /context deadline exceeded/);
}));

test('a value lookup walks up to the nearest matching key; a plain string key is not a ctxKey key', () => withPage(async ({ page, shot }) => {
  await start(page, 'value-lookup');
  const lookup = async (from, type, key) => {
    await node(page, from).click();
    await panel(page).getByLabel('Lookup key type').selectOption(type);
    await panel(page).getByRole('textbox', { name: 'Lookup key' }).fill(key);
    await button(page, `Look up value from ${from}`).click();
    return narration(page).innerText();
  };
  assert.equal(await lookup('db', 'ctxKey', 'requestID'), 'db.Value(ctxKey("requestID")): found at reqID after walking 4 nodes: abc-123');
  assert.equal(await page.locator('.tree-svg .node.on-path').count(), 4, 'the walked path is highlighted');
  assert.match(await page.locator('.tree-svg .node.found').getAttribute('aria-label'), /^reqID: /);
  await shot('tree-value-lookup');
  assert.equal(await lookup('db', 'string', 'requestID'), 'db.Value("requestID"): found at other after walking 3 nodes: zzz-999');
  assert.equal(await lookup('db', 'string', 'user'), 'db.Value("user"): reached the root background without a match: nil');
}));

test('keyboard only: build a tree and cancel a node with Tab, Enter and Space', () => withPage(async ({ page }) => {
  const tabTo = async (name, key = 'Tab') => {
    const seen = [];
    for (let i = 0; i < 800; i++) {
      await page.keyboard.press(key);
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || '');
      seen.push(focused.slice(0, 40));
      if (name.test(focused)) return;
    }
    throw new Error(`could not reach ${name} with ${key}; focus went through: ${seen.slice(0, 40).join(' | ')}`);
  };
  await tabTo(/^Start from$/);
  // Arrow keys change a closed <select> (and fire change) one option at a time.
  for (let i = 0; i < 20 && await page.evaluate(() => document.activeElement.value) !== 'empty-background'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.waitForFunction(() => !document.querySelector('.try-this') && document.querySelectorAll('.tree-svg .node').length === 1);
  await tabTo(/^background: /);
  await page.keyboard.press('Enter');
  await tabTo(/^Add WithCancel under background$/);
  await page.keyboard.press('Enter');
  await node(page, 'ctx1').waitFor();
  await tabTo(/^ctx1: /, 'Shift+Tab');
  await page.keyboard.press(' ');
  await tabTo(/^Add WithCancel under ctx1$/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await node(page, 'ctx3').waitFor();
  await tabTo(/^ctx1: /, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await tabTo(/^Cancel ctx1$/);
  await page.keyboard.press('Enter');
  await until(page, 'ctx2', /context canceled/);
  await until(page, 'ctx3', /context canceled/);
  assert.match(await label(page, 'background'), /Err: nil/);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel ctx1', 'focus stays on the button');
}));

test('reduced motion: the whole wave shows at once, narrated, and woken goroutines print to the console', () => withPage(async ({ page, shot }) => {
  await start(page, 'cancel-tree');
  await node(page, 'request').click();
  await button(page, 'Cancel request').click();
  const labels = await panel(page).locator('.tree-svg .node').evaluateAll((ns) => ns.map((n) => n.getAttribute('aria-label')));
  for (const n of ['request', 'db', 'render']) assert.ok(labels.some((l) => l.startsWith(`${n}: `) && l.includes('context canceled')), `${n} is done at once`);
  for (const n of ['server', 'other']) assert.ok(labels.some((l) => l.startsWith(`${n}: `) && l.includes('Err: nil')), `${n} is not`);
  assert.equal(await narration(page).getAttribute('aria-live'), 'polite');
  assert.equal(await narration(page).innerText(), 'Cancelled request: context canceled; 2 descendants done; server unaffected; 2 goroutines woke');
  const log = panel(page).getByRole('log', { name: 'Console' });
  assert.match(await log.innerText(), /g1 · db cancelled: context canceled/);
  assert.match(await log.innerText(), /g2 · render cancelled: context canceled/);
  assert.doesNotMatch(await log.innerText(), /other/, 'the goroutine on other still waits');
  assert.equal(await page.locator('.tree-svg .gor.woke').count(), 2);
  await shot('tree-cancel-wave');
}, { reducedMotion: 'reduce' }));

test('forgot to call cancel: the leak shows until the parent is cancelled', () => withPage(async ({ page }) => {
  await start(page, 'leak');
  assert.match(await label(page, 'leaky'), /leak.*, its cancel func was discarded/);
  await node(page, 'leaky').click();
  assert.equal(await button(page, 'Cancel leaky').count(), 0, 'a discarded cancel func cannot be called');
  await node(page, 'server').click();
  await button(page, 'Cancel server').click();
  await until(page, 'leaky', /context canceled, .*1 goroutine$/);
  assert.match(await panel(page).getByRole('log', { name: 'Console' }).innerText(), /g1 · leaky cancelled: context canceled/);
}, { reducedMotion: 'reduce' }));

test('a child cannot outlive its parent; step to next event fires the deadline; hover shows String()', () => withPage(async ({ page }) => {
  await start(page, 'deadline-cap');
  await button(page, 'Pause clock').click();
  assert.match(await label(page, 'child'), /^child: WithTimeout 5s → WithCancel, Err: nil/);
  await node(page, 'child').hover();
  assert.match(await page.getByRole('tooltip').innerText(), /context\.Background\.WithDeadline\(.*\)\.WithCancel/);
  await button(page, 'Step to next event').click();
  await until(page, 'child', /context deadline exceeded/);
  assert.match(await panel(page).innerText(), /t=2s/);
  assert.ok(await button(page, 'Step to next event').isDisabled(), 'nothing else is pending');
}, { reducedMotion: 'reduce' }));

test('cause, AfterFunc and WithoutCancel (Go 1.20/1.21)', () => withPage(async ({ page, shot }) => {
  await start(page, 'cause');
  await node(page, 'job').click();
  await panel(page).getByRole('textbox', { name: 'Cause' }).fill('disk full');
  await button(page, 'Cancel job').click();
  await until(page, 'step', /context canceled/);
  assert.match(await label(page, 'audit'), /Err: nil/, 'WithoutCancel stops the wave');
  assert.match(await narration(page).innerText(), /^Cancelled job with cause "disk full": context canceled; 1 descendant done/);
  assert.match(await panel(page).getByRole('log', { name: 'Console' }).innerText(), /AfterFunc f1 · job cleanup: disk full/);
  await button(page, 'Step to next event').waitFor();
  await start(page, 'timeout-chain');
  await button(page, 'Step to next event').click();
  await button(page, 'Step to next event').click();
  await until(page, 'render', /context deadline exceeded/);
  await panel(page).evaluate((el) => { el.scrollTop = 0; });
  await shot('tree-deadline-exceeded-dark');
}, { reducedMotion: 'reduce', colorScheme: 'dark' }));

test('no timer runs unless a deadline is pending and the clock is not paused', () => withPage(async ({ page }) => {
  const active = () => page.evaluate(() => window.__intervals.size);
  await start(page, 'timeout-chain');
  await page.waitForFunction(() => window.__intervals.size > 0);
  await button(page, 'Pause clock').click();
  await page.waitForFunction(() => window.__intervals.size === 0);
  await button(page, 'Resume clock').click();
  await page.waitForFunction(() => window.__intervals.size > 0);
  await node(page, 'request').click();
  await button(page, 'Remove request').click();
  await page.waitForFunction(() => window.__intervals.size === 0);
  assert.equal(await active(), 0);
}, {
  reducedMotion: 'reduce',
  initScript: () => {
    const set = window.setInterval.bind(window), clear = window.clearInterval.bind(window);
    window.__intervals = new Set();
    window.setInterval = (...a) => { const id = set(...a); window.__intervals.add(id); return id; };
    window.clearInterval = (id) => { window.__intervals.delete(id); clear(id); };
  },
}));

test('the panel follows the section in view, and offers its preset once the tree is changed', () => withPage(async ({ page }) => {
  await page.locator('#with-value h2').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('#with-value').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('.tree-panel select').value === 'value-lookup');
  await node(page, 'db').click();
  await button(page, 'Attach goroutine to db').click();
  await page.evaluate(() => document.querySelector('#newer-apis').scrollIntoView());
  await button(page, 'Load the preset for this section').click();
  await node(page, 'job').waitFor();
  await button(page, 'Zoom in').click();
  await button(page, 'Fit').click();
}, { reducedMotion: 'reduce' }));

for (const scheme of ['light', 'dark']) {
  test(`every preset loads and renders (${scheme})`, () => withPage(async ({ page, shot }) => {
    for (const id of PRESETS) {
      await start(page, id);
      await panel(page).getByText('Try this:').waitFor();
      await shot(`tree-preset-${id}${scheme === 'dark' ? '-dark' : ''}`);
    }
  }, { reducedMotion: 'reduce', colorScheme: scheme }));
}
