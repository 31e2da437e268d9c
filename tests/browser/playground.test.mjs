// The playground: lesson programs run in the interpreter's Web Worker and print what real Go
// printed; errors come with their messages and hints while the page stays responsive; the
// worker is fetched only on the first run; whatever a program prints is text, never markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withPage } from './harness.mjs';

const runButtons = (page) => page.getByRole('button', { name: /^Run .* in the playground$/ });
const editor = (page) => page.getByRole('textbox', { name: 'Go code' });
const consoleRegion = (page) => page.getByRole('region', { name: 'Output of the run' });
const finished = (page) => page.getByRole('status').filter({ hasText: /^Finished with exit status \d+\.$/ });

/** Opens the playground from the first lesson program, then replaces its code with `src`. */
async function openWith(page, src) {
  await runButtons(page).first().click();
  await finished(page).waitFor({ timeout: 30000 });
  await editor(page).fill(src);
}

/** Records the input delay (ms between a click and its handler running) of every click. */
async function trackClickDelays(page) {
  await page.evaluate(() => {
    window.__clickDelays = [];
    document.addEventListener('click', (e) => window.__clickDelays.push(performance.now() - e.timeStamp), true);
  });
}

test('every lesson program runs from its section and prints what real Go printed', () => withPage(async ({ page, shot }) => {
  const n = await runButtons(page).count();
  assert.ok(n >= 5, `expected the lesson's programs to have Run buttons, found ${n}`);
  const elsewhere = await page.locator('figure.code .run-note').allInnerTexts();
  assert.deepEqual(elsewhere, [], 'every complete program in the lesson runs in the page');
  for (let i = 0; i < n; i++) {
    const button = runButtons(page).nth(i);
    const name = await button.getAttribute('aria-label');
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await finished(page).waitFor({ timeout: 30000 });
    const panel = page.getByRole('region', { name: /^Playground/ });
    await panel.getByText('Same output as real Go.').waitFor({ timeout: 2000 }).catch(async () => {
      const got = await consoleRegion(page).innerText();
      assert.fail(`${name}: the run differs from real Go's output:\n${got}`);
    });
    if (i === 0) await shot('playground-lesson-program');
  }
}));

test('Run opens the program in the playground and its output beside real Go\'s', () => withPage(async ({ page, shot }) => {
  await runButtons(page).first().click();
  await finished(page).waitFor({ timeout: 30000 });
  const code = await editor(page).inputValue();
  assert.match(code, /^package main/);
  await page.getByRole('heading', { name: 'Real Go printed' }).waitFor();
  await page.getByRole('button', { name: 'Reset to original' }).isDisabled();
  await editor(page).press('End');
  await editor(page).press('Tab');
  assert.ok(await page.getByRole('button', { name: 'Reset to original' }).isEnabled(), 'an edit enables Reset');
  await page.getByRole('button', { name: 'Reset to original' }).click();
  assert.equal(await editor(page).inputValue(), code);
  await shot('playground-open');
}));

test('a compile error marks its line with Go\'s message', () => withPage(async ({ page, shot }) => {
  await openWith(page, 'package main\n\nfunc main() {\n\tcount := 1\n}\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await finished(page).waitFor();
  await page.getByRole('note').filter({ hasText: 'Line 4: declared and not used: count' }).waitFor();
  await consoleRegion(page).getByText('Go refused to compile the program').waitFor();
  await consoleRegion(page).getByText('Exit status 1').waitFor();
  await shot('playground-compile-error');
}));

const failing = [
  ['a deadlock', 'package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n', 'fatal error: all goroutines are asleep - deadlock!', /^Deadlock: every goroutine was waiting/],
  ['a panic', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before")\n\tvar m map[string]int\n\tm["x"] = 1\n}\n', 'panic: assignment to entry in nil map', /^The program panicked/],
  ['an endless loop', 'package main\n\nfunc main() {\n\tn := 0\n\tfor n >= 0 {\n\t\tn++\n\t}\n}\n', 'gorun: instruction limit', /^The playground stopped the program at a limit/],
];
for (const [what, src, message, hint] of failing) {
  test(`${what} gives its message and hint while the page stays responsive`, () => withPage(async ({ page, shot }) => {
    await openWith(page, src);
    await trackClickDelays(page);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    // Clicks on the page during the run are handled at once: the program runs in the worker.
    // (A page frozen by the run would hold every click for the run's whole length, seconds.)
    for (let i = 0; i < 5; i++) await page.getByRole('heading', { level: 1 }).click();
    await finished(page).waitFor({ timeout: 60000 });
    const delays = (await page.evaluate(() => window.__clickDelays)).sort((a, b) => a - b);
    const shown = `click delays during the run: ${delays.map((d) => d.toFixed(1)).join(', ')} ms`;
    assert.ok(delays.length >= 5 && delays[Math.floor(delays.length / 2)] < 100, shown);
    assert.ok(delays[delays.length - 1] < 250, shown);
    await consoleRegion(page).getByText(message, { exact: false }).waitFor();
    assert.match(await consoleRegion(page).locator('.pg-hint').innerText(), hint);
    await consoleRegion(page).getByText('Exit status 2', { exact: true }).waitFor();
    await shot(`playground-${what.replace(/^an? /, '').replace(/ /g, '-')}`);
  }));
}

test('Stop ends a running program at once and the next Run starts afresh', () => withPage(async ({ page }) => {
  await openWith(page, 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Stopped.' }).waitFor();
  await consoleRegion(page).getByText('Stopped: the program was ended before it finished.').waitFor();
  await editor(page).fill('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("again") }\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await finished(page).waitFor({ timeout: 30000 });
  await consoleRegion(page).getByText('again').waitFor();
}));

test('the worker is not downloaded until the first run', () => withPage(async ({ page, context }) => {
  const fetched = [];
  context.on('request', (r) => { if (/gorun-worker/.test(r.url())) fetched.push(r.url()); });
  page.on('worker', (w) => fetched.push(`worker:${w.url()}`));
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(500);
  assert.deepEqual(fetched, [], 'nothing of the interpreter before a run');
  await runButtons(page).first().click();
  await finished(page).waitFor({ timeout: 30000 });
  assert.ok(fetched.some((u) => /_bg\.wasm$/.test(u)), `the worker's wasm is fetched on the first run: ${fetched.join(', ')}`);
}));

test('a program that prints markup shows it as text', () => withPage(async ({ page, shot }) => {
  const src = 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(`<img src=x onerror="window.__pwned=1">`)\n\tfmt.Fprintln(os.Stderr, "<script>window.__pwned=2</script>")\n}\n';
  await openWith(page, src);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await finished(page).waitFor({ timeout: 30000 });
  await consoleRegion(page).getByText('<img src=x onerror="window.__pwned=1">').waitFor();
  await consoleRegion(page).getByText('<script>window.__pwned=2</script>').waitFor();
  assert.equal(await page.locator('.playground img, .playground script').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await shot('playground-markup-as-text');
}));

test('the tree replays the contexts a run made: the exercise\'s two requests, one cancelled, one timed out', () => withPage(async ({ page, shot }) => {
  const solution = readFileSync(new URL('../../src/content/examples/exercise-solution/main.go', import.meta.url), 'utf8');
  await openWith(page, solution);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await finished(page).waitFor({ timeout: 30000 });
  const tree = page.getByRole('complementary', { name: 'Context tree' });
  const node = (name, re) => tree.getByRole('button', { name: new RegExp(`^${name}: .*${re.source}`) });
  // Replayed at the run's pace (virtual time, at least a moment per step): alice's request is
  // cancelled by its deferred cancel, then bob's times out at 2s.
  await node('ctx', /context canceled/).waitFor({ timeout: 15000 });
  await node('ctx2', /deadline exceeded/).waitFor({ timeout: 15000 });
  await shot('playground-tree-replay');
}));

test('a test file runs as go test\'s binary under its own name, and a failing test marks the line that failed it', () => withPage(async ({ page, shot }) => {
  await page.locator('button[data-run="t-context"]').click();
  await finished(page).waitFor({ timeout: 30000 });
  const panel = page.getByRole('region', { name: 'Playground: fetch_test.go' });
  await panel.getByText('Same output as real Go.').waitFor();
  await consoleRegion(page).getByText(/in Cleanup: context canceled\s+PASS/).waitFor();
  // A limit shorter than fetch's 10ms: the test fails at its t.Fatal, on line 30 of fetch_test.go.
  const code = await editor(page).inputValue();
  await editor(page).fill(code.replace('context.WithTimeout(ctx, time.Second)', 'context.WithTimeout(ctx, time.Millisecond)'));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await finished(page).waitFor({ timeout: 30000 });
  await consoleRegion(page).getByText('fetch_test.go:30: context deadline exceeded', { exact: false }).waitFor();
  await consoleRegion(page).getByText('Exit status 1', { exact: true }).waitFor();
  assert.match(await consoleRegion(page).locator('.pg-hint').innerText(), /^A test failed/);
  await page.getByRole('note').filter({ hasText: 'Line 30: context deadline exceeded' }).waitFor();
  await shot('playground-failing-test');
}));
