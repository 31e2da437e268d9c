// Watching a run: a learner runs a program in the playground, pauses, steps forwards and back,
// scrubs the timeline and chooses events; the console, the executing line and the context tree
// follow the position; goroutines sit on the Done they wait on; a context the program never
// cancelled is marked as leaked when main returns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withPage } from './harness.mjs';

const wide = { viewport: { width: 1440, height: 900 } };
const solution = readFileSync(new URL('../../src/content/examples/exercise-solution/main.go', import.meta.url), 'utf8');

const playground = (page) => page.getByRole('region', { name: /^Playground/ });
const controls = (page) => playground(page).getByRole('group', { name: 'Playback' });
const scrub = (page) => playground(page).getByRole('slider', { name: 'Position in the run' });
const events = (page) => playground(page).getByRole('listbox', { name: 'Events of the run' });
const output = (page) => page.getByRole('region', { name: 'Output of the run' }).locator('.pg-output');
const tree = (page) => page.getByRole('complementary', { name: 'Context tree' });
const node = (page, name, rest = /.*/) => tree(page).getByRole('button', { name: new RegExp(`^${name}: ${rest.source}`) });
const now = (page) => playground(page).locator('.pg-now');
const executing = (page) => playground(page).locator('.pg-gutter span.current');

/** Opens the playground from the first lesson program, puts `src` in the editor and runs it. */
async function run(page, src) {
  await page.getByRole('button', { name: /^Run .* in the playground$/ }).first().click();
  const finished = page.getByRole('status').filter({ hasText: /^Finished with exit status \d+\.$/ });
  await finished.waitFor({ timeout: 30000 });
  await page.getByRole('textbox', { name: 'Go code' }).fill(src);
  await playground(page).getByRole('button', { name: 'Run', exact: true }).click();
  await finished.waitFor({ timeout: 30000 });
}

/** Steps forward until the current event's words match `re`. */
async function stepTo(page, re) {
  for (let i = 0; i < 60; i++) {
    if (re.test(await now(page).innerText())) return;
    await controls(page).getByRole('button', { name: 'Step to next event' }).click();
  }
  assert.fail(`no event ${re} by stepping; at: ${await now(page).innerText()}`);
}

/** Chooses the event whose words match `re` in the listbox; returns its position. */
async function choose(page, re) {
  const options = await events(page).locator('option').allInnerTexts();
  const i = options.findIndex((o) => re.test(o));
  assert.ok(i >= 0, `no event ${re} among:\n${options.join('\n')}`);
  await events(page).selectOption(String(i));
  return i + 1;
}

test('a learner pauses, steps, steps back and scrubs a run; console, line and tree follow', () => withPage(async ({ page, shot }) => {
  await run(page, solution);
  await controls(page).getByRole('button', { name: 'Pause' }).click();
  await controls(page).getByRole('button', { name: 'Play' }).waitFor();
  // Back to the start: nothing printed, nothing made.
  await scrub(page).fill('0');
  await now(page).filter({ hasText: "Before the run's first event." }).waitFor();
  assert.equal(await output(page).innerText(), '');
  assert.equal(await controls(page).getByRole('button', { name: 'Step back' }).isDisabled(), true);

  // Step by step: the context appears, the line is marked, main parks on its Done.
  await stepTo(page, /made ctx: WithTimeout 2s, under background/);
  await node(page, 'ctx', /WithTimeout 2s, Err: nil/).waitFor();
  assert.equal(await executing(page).innerText(), '30');
  await stepTo(page, /g1 · line 20: blocked in a select: waiting on ctx\.Done\(\) or a channel/);
  await node(page, 'ctx', /.*g1, 1 goroutine$/).waitFor();
  assert.equal(await executing(page).innerText(), '20');
  await stepTo(page, /called cancel on ctx/);
  await node(page, 'ctx', /.*context canceled/).waitFor();
  assert.equal((await output(page).innerText()).trim(), 'alice: report for alice (took 300ms)');
  await shot('timeline-stepped');

  // Choosing an event: the tree goes there, selects its context, the editor marks its line.
  const woke = await choose(page, /g1 woke: ctx2's Done closed/);
  assert.equal(await scrub(page).inputValue(), String(woke));
  await node(page, 'ctx2', /.*context deadline exceeded/).waitFor();
  assert.equal(await node(page, 'ctx2').getAttribute('aria-current'), 'true');
  assert.equal(await executing(page).innerText(), '20');
  assert.doesNotMatch(await output(page).innerText(), /bob/);

  // Step back twice: before the deadline, ctx2 is open again (a replay from the start).
  await controls(page).getByRole('button', { name: 'Step back' }).click();
  await now(page).filter({ hasText: "ctx2's deadline passed: context deadline exceeded" }).waitFor();
  await controls(page).getByRole('button', { name: 'Step back' }).click();
  await node(page, 'ctx2', /WithTimeout 2s, Err: nil/).waitFor();
  assert.match(await scrub(page).getAttribute('aria-valuetext'), /^Event \d+ of \d+: /);
  // The position is a slider: the arrow keys move it one event.
  const before = Number(await scrub(page).inputValue());
  await scrub(page).press('ArrowRight');
  await now(page).filter({ hasText: "ctx2's deadline passed" }).waitFor();
  assert.equal(Number(await scrub(page).inputValue()), before + 1);

  // Scrub to the end: everything printed, the exit status, main's goroutines gone.
  const max = await scrub(page).getAttribute('max');
  await scrub(page).fill(max);
  await output(page).filter({ hasText: 'bob: gave up after 2s: context deadline exceeded' }).waitFor();
  await page.getByRole('region', { name: 'Output of the run' }).getByText('Exit status 0').waitFor();
  assert.doesNotMatch(await node(page, 'ctx2').getAttribute('aria-label'), /goroutine/);
  await now(page).filter({ hasText: 'main returned: the program ends' }).waitFor();

  // Choosing a node in the tree lists its events in the run; each goes there.
  await node(page, 'ctx2').click();
  const mine = tree(page).getByRole('region', { name: 'ctx2 in the run' });
  assert.equal(await mine.getByRole('button').count(), 4);
  await mine.getByRole('button', { name: /made ctx2/ }).click();
  await now(page).filter({ hasText: 'made ctx2: WithTimeout 2s' }).waitFor();
  assert.equal(await executing(page).innerText(), '30');
  await shot('timeline-node-events');
}, wide));

test('playback runs on the virtual clock: output appears as it advances, Instant shows it all', () => withPage(async ({ page }) => {
  await run(page, solution);
  const speed = controls(page).getByRole('combobox', { name: 'Playback speed' });
  await speed.selectOption({ label: '0.25×' });
  // At a quarter of the speed the 2-second timeout alone takes 8 s: bob's line is not there yet.
  await output(page).filter({ hasText: 'alice' }).waitFor({ timeout: 30000 });
  await page.waitForTimeout(1500);
  assert.doesNotMatch(await output(page).innerText(), /bob/);
  assert.equal(await controls(page).getByRole('button', { name: 'Pause' }).count(), 1, 'still playing');
  await speed.selectOption({ label: 'Instant' });
  await output(page).filter({ hasText: 'bob: gave up after 2s' }).waitFor();
  await controls(page).getByRole('button', { name: 'Play' }).waitFor();
  assert.equal(await scrub(page).inputValue(), await scrub(page).getAttribute('max'));
}, wide));

test('closing the playground pauses a run being watched where it is', () => withPage(async ({ page }) => {
  await run(page, solution);
  await controls(page).getByRole('combobox', { name: 'Playback speed' }).selectOption({ label: '0.25×' });
  await output(page).filter({ hasText: 'alice' }).waitFor({ timeout: 30000 });
  await playground(page).getByRole('button', { name: 'Close the playground' }).click();
  await playground(page).waitFor({ state: 'hidden' });
  // The drawer is hidden, so read its slider directly: the position no longer moves.
  const position = page.locator('.pg-scrub');
  const at = await position.inputValue();
  await page.waitForTimeout(2500);
  assert.equal(await position.inputValue(), at, 'no playback behind a closed drawer');
  assert.ok(Number(at) < Number(await position.getAttribute('max')), 'paused before the end');
}, wide));

test('with reduced motion a run opens at its end, and steps on request', () => withPage(async ({ page }) => {
  await run(page, solution);
  await output(page).filter({ hasText: 'bob: gave up after 2s' }).waitFor();
  await controls(page).getByRole('button', { name: 'Play' }).waitFor();
  await node(page, 'ctx2', /.*context deadline exceeded/).waitFor();
  await scrub(page).fill('1');
  await now(page).filter({ hasText: 'main started' }).waitFor();
  assert.equal(await output(page).innerText(), '');
}, { ...wide, reducedMotion: 'reduce' }));

const leaky = `package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	forgotten, _ := context.WithCancel(context.Background())
	kept, cancel := context.WithCancel(context.Background())
	defer cancel()
	short, _ := context.WithTimeout(kept, time.Millisecond)
	time.Sleep(time.Second)
	fmt.Println(forgotten.Err(), kept.Err(), short.Err())
}
`;

test('a context the program never cancelled is marked as leaked when main returns', () => withPage(async ({ page, shot }) => {
  await run(page, leaky);
  await controls(page).getByRole('combobox', { name: 'Playback speed' }).selectOption({ label: 'Instant' });
  await output(page).filter({ hasText: '<nil> <nil> context deadline exceeded' }).waitFor();
  const forgotten = node(page, 'forgotten', /.*, leak, leaked: main returned without cancelling it/);
  await forgotten.waitFor();
  assert.match(await forgotten.getAttribute('class'), /\bleak\b/);
  // Cancelled by its deferred cancel, or done by its deadline: not leaked.
  assert.doesNotMatch(await node(page, 'kept').getAttribute('aria-label'), /leak/);
  assert.doesNotMatch(await node(page, 'short').getAttribute('aria-label'), /leak/);
  await tree(page).getByText(/main returned with forgotten never cancelled: leaked/).waitFor();
  await now(page).filter({ hasText: 'leaving forgotten never cancelled (leaked)' }).waitFor();
  await forgotten.click();
  await tree(page).getByText(/^Leaked: main returned and nothing called its cancel func/).waitFor();
  // Before main returns it is not marked.
  await controls(page).getByRole('button', { name: 'Step back' }).click();
  await node(page, 'forgotten', /WithCancel, Err: nil, no deadline$/).waitFor();
  await shot('timeline-leak');
}, wide));

for (const colorScheme of ['light', 'dark']) {
  test(`watching a run has no serious accessibility violations (${colorScheme} theme)`, () => withPage(async ({ page }) => {
    await run(page, solution);
    await controls(page).getByRole('button', { name: 'Pause' }).click();
    await choose(page, /g1 woke: ctx2's Done closed/);
    await tree(page).getByRole('region', { name: 'ctx2 in the run' }).waitFor();
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const result = await page.evaluate(() => window.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }));
    const problems = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
    assert.deepEqual(problems, [], problems.join('\n'));
  }, { ...wide, colorScheme }));
}

test('the tree\'s console points to the run\'s output; editing the code says the tree is the last run\'s until Run again', () => withPage(async ({ page }) => {
  await run(page, solution);
  await tree(page).getByRole('log').getByText("This tree follows your program's run: what it prints is in the playground's output.").waitFor();
  const picker = tree(page).getByLabel('Start from');
  assert.equal(await picker.inputValue(), 'program-run', 'the picker says the tree is the run');
  assert.equal(await picker.locator('option:checked').innerText(), "Your program's run (from the playground)");
  const stale = playground(page).getByText(/^You have changed the code since this run/);
  assert.equal(await stale.count(), 0, 'no note right after a run');
  await page.getByRole('textbox', { name: 'Go code' }).press('End');
  await page.getByRole('textbox', { name: 'Go code' }).pressSequentially('\n// an edit');
  await stale.waitFor();
  assert.equal(await executing(page).count(), 0, 'no line of the edited code is marked as executing');
  await playground(page).getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /^Finished with exit status 0\.$/ }).waitFor({ timeout: 30000 });
  await stale.waitFor({ state: 'detached' });
}, wide));
