// The lesson page as a learner meets it: title, every section, the contents list, code copy,
// section navigation, themes and the narrow layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

// Every section of the syllabus, in order (ids are the anchors other pages link to).
const SECTIONS = [
  ['objectives', /what you.ll learn/i],
  ['why-context', /why context/i],
  ['roots', /Background and TODO/],
  ['with-cancel', /WithCancel/],
  ['deadlines', /WithTimeout and WithDeadline/],
  ['call-chain', /call chain/i],
  ['with-value', /WithValue/],
  ['newer-apis', /Go 1\.20 and 1\.21/],
  ['patterns', /Patterns and pitfalls/],
  ['knowledge-check', /knowledge check/i],
  ['exercise', /do it yourself/i],
  ['next', /where to go next/i],
];

test('the title, the topic and every section heading are visible', () => withPage(async ({ page, shot }) => {
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Context' }).waitFor());
  assert.match(await page.getByRole('list', { name: 'Topic' }).innerText(), /min read/i);
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  let at = -1;
  for (const [id, name] of SECTIONS) {
    const section = page.locator(`section#${id}`);
    assert.equal(await section.count(), 1, `one section with id ${id}`);
    const title = await section.getByRole('heading', { level: 2 }).innerText();
    assert.match(title, name, `section ${id} is titled like ${name}`);
    const i = headings.indexOf(title);
    assert.ok(i > at, `section ${id} comes after the one before it`);
    at = i;
  }
  await shot('lesson-top');
}));

test('the contents list jumps to a section and marks it as the one in view', () => withPage(async ({ page, shot }) => {
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  assert.equal(await links.count(), SECTIONS.length, 'one contents link per section');
  await toc.getByRole('link', { name: /WithValue/ }).click();
  await page.waitForFunction(() => location.hash === '#with-value');
  const heading = page.locator('#with-value').getByRole('heading', { level: 2 });
  await page.waitForFunction(() => {
    const r = document.querySelector('#with-value h2').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight / 2;
  });
  assert.ok(await heading.isVisible());
  await page.waitForFunction(() =>
    document.querySelector('.toc a[aria-current="location"]')?.getAttribute('href') === '#with-value');
  await shot('lesson-with-value');
}));

test('Patterns and pitfalls: each point has a heading and a program with the output Go printed', () => withPage(async ({ page, shot }) => {
  const section = page.locator('section#patterns');
  await section.getByRole('heading', { level: 2, name: 'Patterns and pitfalls' }).waitFor();
  const points = await section.getByRole('heading', { level: 3 }).allInnerTexts();
  assert.deepEqual(points.map((t) => t.replace(/\s*Go 1\.\d+$/i, '').trim()), [
    'Check before each unit of work',
    'Wait with a timer, not time.Sleep',
    'cancel() doesn\'t wait',
    'A request\'s context ends with its handler',
    'Shutting down: signal.NotifyContext',
    'Fan-out: the first error cancels the rest',
    'Contexts in tests',
  ], 'the seven points, in order (version badges aside)');
  const figures = section.locator('figure.code');
  assert.equal(await figures.count(), 7, 'one program per point');
  assert.equal(await figures.locator('.output').count(), 7, 'each with its output');
  await section.locator('figure.code', { hasText: 'fetch_test.go' }).getByText('in Cleanup: context canceled').waitFor();
  assert.equal(await section.locator('#testing-context .since').textContent(), 'Go 1.24');
  // Scrolls `selector` to just below the sticky header, and waits until it stays there.
  const nearTop = async (selector) => {
    for (let tries = 0; tries < 20; tries++) {
      const top = await page.evaluate((sel) => {
        const el = document.querySelector(sel);
        window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - 90, behavior: 'instant' });
        return el.getBoundingClientRect().top;
      }, selector);
      await page.waitForTimeout(300);
      const still = await page.evaluate((sel) => document.querySelector(sel).getBoundingClientRect().top, selector);
      if (Math.abs(still - top) < 1) return;
    }
    throw new Error(`${selector} never settled near the top`);
  };
  await nearTop('#patterns h2');
  await shot('lesson-patterns');
  await nearTop('#request-lifetime');
  await shot('lesson-patterns-request-lifetime');
}));

test('a code example is highlighted and its copy button copies the code', () => withPage(async ({ page }) => {
  const section = page.locator('section#with-cancel');
  const figure = section.locator('figure.code').first();
  assert.ok(await figure.locator('.tok-keyword').count() > 0, 'Go keywords are highlighted');
  const source = await figure.locator('pre code').innerText();
  await figure.getByRole('button', { name: /^Copy code/ }).click();
  await figure.getByRole('button', { name: 'Copied' }).waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip.trim(), source.trim());
  await figure.getByRole('button', { name: /^Copy code/ }).waitFor({ timeout: 5000 });
}));

test('next and previous links walk the sections in order', () => withPage(async ({ page }) => {
  await page.locator('section#roots').getByRole('link', { name: /^Next section / }).click();
  await page.waitForFunction(() => location.hash === '#with-cancel');
  await page.locator('section#with-cancel').getByRole('link', { name: /^Previous section / }).click();
  await page.waitForFunction(() => location.hash === '#roots');
}));

test('dark theme and a narrow screen keep the lesson readable', async () => {
  await withPage(async ({ shot, page }) => {
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(bg, 'rgb(251, 250, 247)', 'dark theme changes the page background');
    await shot('lesson-dark');
  }, { colorScheme: 'dark' });
  await withPage(async ({ page, shot }) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll on a phone (overflow ${overflow}px)`);
    const lesson = await page.locator('main#lesson').boundingBox();
    const panel = await page.getByRole('complementary', { name: /Context tree/ }).boundingBox();
    assert.ok(panel.y >= lesson.y + lesson.height - 1, 'the tree panel stacks below the lesson');
    await shot('lesson-narrow');
  }, { viewport: { width: 390, height: 844 } });
});

test('a link to a section opens the page at that section', () => withPage(async ({ page }) => {
  await page.waitForFunction(() => {
    const r = document.querySelector('#deadlines h2').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight / 2;
  }, null, { timeout: 5000 });
  await page.waitForFunction(() =>
    document.querySelector('.toc a[aria-current="location"]')?.getAttribute('href') === '#deadlines');
}, { hash: '#deadlines' }));
