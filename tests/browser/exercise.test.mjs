// The playground's tools beyond Run: Vet with Go's messages at their lines; the exercise,
// checked ("Check my solution") with a pass/fail list in plain words and recorded in progress;
// edits kept per program across reloads, "Reset to original"; share links, whose code is only
// ever text, and whose breakage is explained without losing anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { withPage } from './harness.mjs';

const read = (path) => readFileSync(new URL(`../../src/content/examples/${path}`, import.meta.url), 'utf8');
const solution = read('exercise-solution/main.go');
const starter = read('exercise-starter/main.go');
const editor = (page) => page.getByRole('textbox', { name: 'Go code' });
const finished = (page) => page.getByRole('status').filter({ hasText: /^Finished with exit status \d+\.$/ });
const drawer = (page) => page.getByRole('region', { name: /^Playground/ });
const checks = (page) => page.getByRole('list', { name: 'Checks' });
const link = (code) => `#play=${deflateRawSync(Buffer.from(code, 'utf8')).toString('base64url')}`;

/** Opens the exercise from its section, as a learner does, and waits for its first run. */
async function openExercise(page) {
  await page.getByRole('button', { name: 'Open the exercise in the playground' }).click();
  await finished(page).waitFor({ timeout: 30000 });
}

/** Replaces the exercise's code with `src`, checks it and returns the list's text. */
async function check(page, src) {
  await editor(page).fill(src);
  await checks(page).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Check my solution' }).click();
  await page.getByRole('status').filter({ hasText: /checks pass/ }).waitFor({ timeout: 30000 });
  return checks(page).innerText();
}

const edit = (from, to) => {
  assert.ok(solution.includes(from), `the solution has ${from}`);
  return solution.replace(from, to);
};

test('Vet shows a lost cancel at its line with Go\'s message, and "No problems found" once fixed', () => withPage(async ({ page, shot }) => {
  await openExercise(page);
  const leaky = edit('ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)\n\tdefer cancel()\n', 'ctx, _ := context.WithTimeout(context.Background(), 2*time.Second)\n');
  await editor(page).fill(leaky);
  await page.getByRole('button', { name: 'Vet', exact: true }).click();
  const findings = page.getByRole('region', { name: 'Vet findings' });
  const message = 'the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak';
  await findings.getByRole('listitem').filter({ hasText: `Line 30: ${message}` }).waitFor({ timeout: 30000 });
  await page.getByRole('note').filter({ hasText: `Line 30: ${message}` }).waitFor();
  await shot('playground-vet-finding');
  await editor(page).fill(solution);
  await page.getByRole('button', { name: 'Vet', exact: true }).click();
  await findings.getByText('No problems found.').waitFor({ timeout: 30000 });
  assert.equal(await page.getByRole('note').count(), 0, 'nothing marked in a clean program');
}));

test('Vet marks every finding in the editor, each line with its message', () => withPage(async ({ page, shot }) => {
  await openExercise(page);
  // Real go vet reports main.go:10:5 and main.go:11:5 for this program.
  const two = 'package main\n\nimport (\n\t"context"\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\ta, _ := context.WithCancel(context.Background())\n\tb, _ := context.WithTimeout(context.Background(), time.Second)\n\tfmt.Println(a.Err(), b.Err())\n}\n';
  await editor(page).fill(two);
  await page.getByRole('button', { name: 'Vet', exact: true }).click();
  const said = (fn) => `the cancel function returned by context.${fn} should be called, not discarded, to avoid a context leak`;
  await page.getByRole('note').filter({ hasText: `Line 10: ${said('WithCancel')}` }).waitFor({ timeout: 30000 });
  await page.getByRole('note').filter({ hasText: `Line 11: ${said('WithTimeout')}` }).waitFor();
  assert.deepEqual(await page.locator('.pg-gutter span.marked').allInnerTexts(), ['10', '11']);
  await shot('playground-vet-two-findings');
}));

test('solving the exercise passes every check and is recorded in progress', () => withPage(async ({ page, shot }) => {
  await page.locator('#exercise').scrollIntoViewIfNeeded();
  await openExercise(page);
  assert.equal(await editor(page).inputValue(), starter, 'the exercise opens on the starter');
  const startedList = await check(page, starter);
  assert.match(startedList, /Failed/, 'the starter does not pass');
  const started = Date.now();
  const list = await check(page, solution);
  // A figure, not a limit: how long the worker takes to run every scenario, as a learner waits.
  console.log(`Check my solution to the list of checks: ${Date.now() - started} ms (includes filling the editor)`);
  await page.getByRole('status').filter({ hasText: 'All 9 checks pass: the exercise is solved.' }).waitFor();
  assert.equal(await checks(page).getByRole('listitem').count(), 9);
  assert.doesNotMatch(list, /Failed|Not checked/, list);
  await shot('playground-exercise-solved');
  await page.getByRole('button', { name: 'Close the playground' }).click();
  await page.getByText('You solved this exercise: every check passed.').waitFor();
  await page.locator('#your-progress').getByText('Exercise: solved').waitFor();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('context-lab/progress')).progress.exercise);
  assert.equal(saved, 'solved');
}));

const wrong = [
  ['no select on ctx.Done()', edit('\tselect {\n\tcase r := <-result:\n\t\treturn r, nil\n\tcase <-ctx.Done():\n\t\treturn "", ctx.Err()\n\t}\n', '\treturn <-result, nil\n'),
    'Line 11: With 2.5s of work, handle returned after 2.5s instead of at the 2s deadline'],
  ['a 3-second timeout', edit('2*time.Second)', '3*time.Second)'), 'Line 30: serve\'s timeout is 3s, not 2 seconds: use 2*time.Second.'],
  ['a goroutine blocked on an unbuffered channel', edit('make(chan string, 1)', 'make(chan string)'), 'Line 17: With 2.5s of work, the goroutine started at line 15 is still blocked (chan send)'],
  ['a nil error when the deadline passes', edit('return "", ctx.Err()', 'return "", nil'), 'Line 20: When the deadline passes, handle returns a nil error: in the ctx.Done() case, return ctx.Err().'],
  ['ctx not first', edit('func handle(ctx context.Context, name string,', 'func handle(name string, ctx context.Context,').replace('handle(ctx, name, work)', 'handle(name, ctx, work)'),
    'Line 11: handle\'s first parameter is name string, not a context.Context'],
];

test('wrong solutions are each told what is wrong, at their line', () => withPage(async ({ page, shot }) => {
  await openExercise(page);
  for (const [what, src, sentence] of wrong) {
    const list = await check(page, src);
    assert.ok(list.includes(sentence), `${what}: expected "${sentence}" in\n${list}`);
    assert.match(list, /Failed/, what);
    if (what.startsWith('a goroutine')) await shot('playground-exercise-leak');
  }
  const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('context-lab/progress') || '{}').progress?.exercise);
  assert.equal(progress, 'started', 'opened, not solved');
}));

test('the reference solution can be shown and the learner\'s code comes back', () => withPage(async ({ page }) => {
  await openExercise(page);
  const mine = `${starter}\n// my notes\n`;
  await editor(page).fill(mine);
  await page.getByRole('button', { name: 'Show the reference solution' }).click();
  assert.equal(await editor(page).inputValue(), solution);
  assert.ok(await page.getByRole('button', { name: 'Check my solution' }).isDisabled(), 'the reference is not checked as the learner\'s');
  await page.reload();
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await openExercise(page);
  assert.equal(await editor(page).inputValue(), mine, 'showing the solution never overwrote the saved code');
  await page.getByRole('button', { name: 'Show the reference solution' }).click();
  await page.getByRole('button', { name: 'Back to my code' }).click();
  assert.equal(await editor(page).inputValue(), mine);
}));

test('edits survive a reload; Reset to original restores the program and forgets the edit', () => withPage(async ({ page, shot }) => {
  await openExercise(page);
  const mine = starter.replace('ctx := context.Background()', 'ctx := context.TODO()');
  await editor(page).fill(mine);
  await page.reload();
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await openExercise(page);
  assert.equal(await editor(page).inputValue(), mine, 'the edit came back after a reload');
  await shot('playground-edit-kept');
  await page.getByRole('button', { name: 'Reset to original' }).click();
  assert.equal(await editor(page).inputValue(), starter);
  await page.reload();
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await openExercise(page);
  assert.equal(await editor(page).inputValue(), starter, 'Reset forgot the saved edit');
}));

test('edits still work with storage switched off', () => withPage(async ({ page }) => {
  await openExercise(page);
  await editor(page).fill(`${starter}// mine\n`);
  await drawer(page).getByRole('status').filter({ hasText: 'code edits are kept only until you close the tab' }).waitFor();
  assert.equal(await editor(page).inputValue(), `${starter}// mine\n`);
}, { initScript: () => { Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } }); } }));

test('Share puts the code in a link that opens it in the playground, not run', () => withPage(async ({ page, context, shot }) => {
  await openExercise(page);
  const mine = `${starter}// shared by me\n`;
  await editor(page).fill(mine);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await field.waitFor();
  const url = await field.inputValue();
  assert.match(url, /#play=[A-Za-z0-9_-]+$/);
  await drawer(page).getByText(/Link copied to the clipboard\.|Copy the link below\./).waitFor();
  const other = await context.newPage();
  await other.goto(url);
  await other.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await drawer(other).getByRole('heading', { name: 'Playground: shared code' }).waitFor();
  assert.equal(await editor(other).inputValue(), mine);
  await other.getByText('Press Run to run the program.', { exact: false }).waitFor();
  assert.equal(await finished(other).count(), 0, 'a shared program is not run by itself');
  await shot('playground-shared');
  await other.close();
}));

test('a shared program that prints markup is shown and run as text', () => withPage(async ({ page, shot }) => {
  const src = 'package main\n\nimport "fmt"\n\n// <img src=x onerror="window.__pwned=3">\nfunc main() {\n\tfmt.Println(`<img src=x onerror="window.__pwned=1">`)\n}\n';
  await page.goto(`${page.url().split('#')[0]}${link(src)}`);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await drawer(page).getByRole('heading', { name: 'Playground: shared code' }).waitFor();
  assert.equal(await editor(page).inputValue(), src);
  assert.equal(await page.locator('img').count(), 0, 'no element made from the shared code');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await finished(page).waitFor({ timeout: 30000 });
  await page.getByRole('region', { name: 'Output of the run' }).getByText('<img src=x onerror="window.__pwned=1">').waitFor();
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await shot('playground-shared-markup');
}));

const broken = [
  ['bad base64', '#play=ab$c'],
  ['bad deflate', `#play=${Buffer.from('this is not deflate data at all').toString('base64url')}`],
  ['too large', link('a'.repeat(70 * 1024))],
  ['not UTF-8', `#play=${deflateRawSync(Buffer.from([0x70, 0xff, 0xfe, 0x80])).toString('base64url')}`],
];
for (const [what, hash] of broken) {
  test(`a share link with ${what} gets a notice and loses nothing`, () => withPage(async ({ page, shot }) => {
    const before = await page.evaluate(() => { localStorage.setItem('context-lab/edits', JSON.stringify({ version: 1, edits: { 'exercise-starter': 'package main // kept' } })); return localStorage.getItem('context-lab/edits'); });
    await page.goto(`${page.url().split('#')[0]}${hash}`);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    const alert = page.getByRole('alert').filter({ hasText: 'This share link could not be opened' });
    await alert.waitFor();
    assert.ok(await drawer(page).isHidden(), 'the playground stays closed');
    assert.equal(await page.evaluate(() => localStorage.getItem('context-lab/edits')), before, 'saved edits untouched');
    if (what === 'bad deflate') await shot('share-link-broken');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await openExercise(page);
    assert.equal(await editor(page).inputValue(), 'package main // kept', 'the page works as usual');
  }));
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

for (const colorScheme of ['light', 'dark']) {
  test(`the exercise's checks and vet's findings have no serious accessibility violations (${colorScheme} theme)`, () => withPage(async ({ page }) => {
    await openExercise(page);
    await check(page, edit('make(chan string, 1)', 'make(chan string)'));
    await page.getByRole('button', { name: 'Vet', exact: true }).click();
    await page.getByRole('region', { name: 'Vet findings' }).getByText('No problems found.').waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('textbox', { name: 'Share link' }).waitFor();
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const result = await page.evaluate(() => window.axe.run(document.querySelector('.playground'), {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }));
    const problems = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
    assert.deepEqual(problems, [], problems.join('\n'));
  }, { colorScheme }));
}
