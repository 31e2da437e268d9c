// The lesson on a 390x844 phone with touch: each section's tree is one tap away as a sheet over
// the text that closes back to the same place; nodes and controls are 44 px targets; pinch and
// the zoom buttons zoom; and the whole used-by path (read, open the tree of "WithTimeout",
// watch the deadline fire, cancel a node, take the quiz, mark complete) by taps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';
import { answer, answerRight, counts, focused, QUESTIONS, question, scoreLine, solveExercise } from './quiz-helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const panel = (page) => page.getByRole('complementary', { name: 'Context tree' });
const node = (page, name) => panel(page).getByRole('button', { name: new RegExp(`^${esc(name)}: `) });
const until = (page, name, re, timeout = 8000) =>
  panel(page).getByRole('button', { name: new RegExp(`^${esc(name)}: .*${re.source}`) }).waitFor({ timeout });
const button = (page, name) => panel(page).getByRole('button', { name, exact: true });
const scrollY = (page) => page.evaluate(() => window.scrollY);
const zoomPercent = async (page) => Number((await panel(page).locator('.zoom-level').innerText()).replace('%', ''));

/** The smallest width and height, in CSS px, of the tree's nodes and of the panel's controls. */
function targetSizes(page) {
  return page.evaluate(() => {
    const min = (els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0)
      .reduce((m, r) => ({ w: Math.min(m.w, r.width), h: Math.min(m.h, r.height) }), { w: Infinity, h: Infinity });
    const panel = document.querySelector('.tree-panel');
    return {
      nodes: min([...panel.querySelectorAll('.tree-svg .node .box')]),
      // A checkbox's target is its label.
      controls: min([...panel.querySelectorAll('button, select, input')].map((e) => (e.type === 'checkbox' ? e.closest('label') || e : e))),
    };
  });
}

/** Spreads two fingers apart on the drawing (a pinch out) through Chromium's touch input. */
async function pinchOut(page) {
  const box = await panel(page).locator('.tree-canvas').boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await page.context().newCDPSession(page);
  const points = (d) => [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(30) });
  for (let d = 40; d <= 120; d += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(d) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('phone: read, open the tree of "WithTimeout", watch the deadline fire, cancel a node, take the quiz, mark complete', () => withPage(async ({ page, shot }) => {
  // Read: a paragraph in the middle of "WithTimeout and WithDeadline".
  const section = page.locator('section#deadlines');
  await section.locator('p').nth(2).evaluate((p) => p.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await page.waitForFunction(() => document.querySelector('.toc a[aria-current="location"]')?.getAttribute('href') === '#deadlines');
  const reading = await scrollY(page);
  await shot('phone-reading');

  // One tap: the floating "Show tree" opens this section's tree as a sheet over the text.
  await page.getByRole('button', { name: 'Show tree', exact: true }).tap();
  await panel(page).locator('.tree-svg .node').first().waitFor();
  // Measured once the sheet's slide-in animation has ended.
  await page.waitForFunction(() => {
    const el = document.querySelector('.tree-panel.sheet');
    return el && el.getAnimations().every((a) => a.playState === 'finished');
  });
  const sheet = await panel(page).boundingBox();
  assert.ok(sheet.y <= 16 && sheet.y + sheet.height >= 843 && sheet.width >= 389, `the sheet covers the screen (${JSON.stringify(sheet)})`);
  assert.equal(await panel(page).getByLabel('Start from').inputValue(), 'timeout-chain', "the section's own tree");
  assert.ok((await focused(page)).inTree, 'focus is on its selected node');
  assert.ok(await page.locator('main#lesson').evaluate((m) => m.inert), 'the text behind the sheet is inert');
  await panel(page).getByLabel('Clock speed').selectOption('0.25');

  // Targets a finger can hit, at the opening zoom and after zooming out as far as it goes.
  const opened = await targetSizes(page);
  console.log(`# phone tap targets at the opening zoom: nodes ${opened.nodes.w}x${opened.nodes.h} px, smallest control ${Math.round(opened.controls.w)}x${Math.round(opened.controls.h)} px`);
  assert.ok(opened.nodes.h >= 44 && opened.nodes.w >= 44, 'nodes are 44 px targets');
  assert.ok(opened.controls.h >= 44, `controls are 44 px tall (${opened.controls.h})`);
  for (let i = 0; i < 8; i++) await button(page, 'Zoom out').tap();
  const out = await targetSizes(page);
  console.log(`# phone tap targets zoomed out as far as it goes (${await zoomPercent(page)}%): nodes ${Math.round(out.nodes.w)}x${Math.round(out.nodes.h)} px`);
  assert.ok(out.nodes.h >= 44 && out.nodes.w >= 44, 'zooming out keeps nodes 44 px targets');
  const before = await zoomPercent(page);
  await pinchOut(page);
  await page.waitForFunction((z) => Number(document.querySelector('.zoom-level').textContent.replace('%', '')) > z, before);
  console.log(`# pinch out: zoom ${before}% -> ${await zoomPercent(page)}%`);
  await button(page, 'Zoom out').tap();
  await button(page, 'Fit').tap();
  assert.ok((await targetSizes(page)).nodes.h >= 44, 'Fit keeps nodes 44 px targets');

  // Watch the deadline fire: db's 1s timeout, on its own; request's 3s is still ahead.
  await until(page, 'db', /context deadline exceeded/);
  assert.match(await node(page, 'request').getAttribute('aria-label'), /Err: nil/);
  await button(page, 'Pause clock').tap();
  await shot('phone-sheet-deadline');

  // Cancel a node: handler, and Done reaches render but not request.
  await node(page, 'handler').tap();
  await button(page, 'Cancel handler').tap();
  await until(page, 'handler', /context canceled/);
  await until(page, 'render', /context canceled/);
  assert.match(await node(page, 'request').getAttribute('aria-label'), /Err: nil/);
  await page.waitForSelector('.tree-panel[data-animating="false"]');
  await shot('phone-sheet-cancelled');

  // Back to the text, where the reader was.
  await button(page, 'Back to the text').tap();
  await page.waitForFunction(() => !document.querySelector('.tree-panel.sheet'));
  assert.ok(Math.abs((await scrollY(page)) - reading) < 2, 'the reading position is kept');
  assert.equal(await page.locator('main#lesson').evaluate((m) => m.inert), false);
  assert.match((await focused(page)).text, /^Show tree for WithTimeout/, "focus returns to the section's Show tree");

  // The quiz, by taps, then mark complete.
  await answerRight(page);
  const { questions } = await counts(page);
  await scoreLine(page).filter({ hasText: `${questions} of ${questions}` }).waitFor();
  const progress = page.locator('#your-progress');
  await solveExercise(page, 'tap');
  await progress.getByRole('button', { name: 'Mark lesson complete' }).tap();
  await progress.getByRole('status').filter({ hasText: /Completed on \d{4}-\d{2}-\d{2}/ }).waitFor();
  await shot('phone-complete');
}, PHONE));

for (const colorScheme of ['light', 'dark']) {
  test(`phone (${colorScheme}): every section's "Show tree" opens its tree as a sheet and closes back to the same place`, () => withPage(async ({ page, shot }) => {
    const ids = await page.locator('section.lesson-section').evaluateAll((ss) => ss.map((s) => s.id));
    assert.ok(ids.length > 0);
    for (const id of ids) {
      const open = page.locator(`section#${id}`).getByRole('button', { name: /^Show tree for / });
      if (!await open.count()) continue;
      await open.evaluate((b) => b.scrollIntoView({ block: 'center', behavior: 'instant' }));
      const reading = await scrollY(page);
      const box = await open.boundingBox();
      assert.ok(box.height >= 44, `${id}'s Show tree is a 44 px target (${box.height})`);
      await open.tap();
      await page.waitForFunction(() => document.querySelector('.tree-panel.sheet'));
      await page.waitForFunction(() => document.activeElement?.closest('.tree-svg .node'));
      assert.notEqual(await panel(page).getByLabel('Start from').inputValue(), '');
      if (id === 'deadlines') await shot(`phone-sheet-${colorScheme}`);
      await button(page, 'Back to the text').tap();
      await page.waitForFunction(() => !document.querySelector('.tree-panel.sheet'));
      assert.ok(Math.abs((await scrollY(page)) - reading) < 2, `${id}: the reading position is kept`);
      assert.match((await focused(page)).text, /^Show tree for /, `${id}: focus returns to its Show tree`);
    }
    await page.locator('section#with-cancel p').first().evaluate((p) => p.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await shot(`phone-lesson-${colorScheme}`);
  }, { ...PHONE, colorScheme, reducedMotion: 'reduce' }));
}

test('phone: a quiz question\'s "Show in the tree" opens the sheet and "Back to the text" returns to the link', () => withPage(async ({ page }) => {
  const [prompt] = QUESTIONS[0];
  await answer(page, prompt, /garbage collector/);
  const link = question(page, prompt).getByRole('link', { name: /Show in the tree/ });
  await link.evaluate((a) => a.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const reading = await scrollY(page);
  await link.tap();
  await page.waitForFunction(() => document.querySelector('.tree-panel.sheet'));
  await node(page, 'leaky').waitFor();
  assert.equal(await panel(page).getByLabel('Start from').inputValue(), 'leak');
  await page.waitForFunction(() => document.activeElement?.closest('.tree-svg .node'));
  await button(page, 'Back to the text').tap();
  await page.waitForFunction(() => !document.querySelector('.tree-panel.sheet'));
  assert.ok(Math.abs((await scrollY(page)) - reading) < 2, 'the reading position is kept');
  assert.match((await focused(page)).text, /^Show in the tree/, 'focus returns to the link');
}, { ...PHONE, reducedMotion: 'reduce' }));

test('phone: the floating "Show tree" never covers what a reader needs', () => withPage(async ({ page, shot }) => {
  const fab = page.getByRole('button', { name: 'Show tree', exact: true });
  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  await fab.waitFor();
  // Reading the lesson it floats over the text (which scrolls out from under it).
  // At the lesson's end, the last controls (the progress panel's) are clear of it.
  await page.locator('#your-progress').evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
  await page.waitForTimeout(100);
  const fabBox = await fab.boundingBox();
  if (fabBox) {
    for (const control of await page.locator('#your-progress').getByRole('button').all()) {
      const box = await control.boundingBox();
      if (box) assert.ok(!overlaps(box, fabBox), `it covers ${await control.innerText()}`);
    }
  }
  // The tree panel (below the lesson on a phone) on screen: the button is gone, not over the
  // panel's controls.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await panel(page).locator('.tree-svg .node').first().waitFor();
  await fab.waitFor({ state: 'hidden' });
  await shot('phone-panel-end');
  const lastControl = panel(page).getByRole('button').last();
  const box = await lastControl.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box && box.y + box.height <= viewport.height, 'the panel\'s last control scrolls fully into view');
  // Back in the text it returns; with the playground's drawer open it stays out of the drawer.
  await page.locator('section#with-cancel').evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
  await fab.waitFor({ state: 'visible' });
  const run = page.locator('section#with-cancel').getByRole('button', { name: /^Run .* in the playground$/ }).first();
  await run.tap();
  await page.getByRole('region', { name: /^Playground/ }).waitFor();
  await fab.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Close the playground' }).tap();
  await fab.waitFor({ state: 'visible' });
}, PHONE));
