// The knowledge check and progress as a learner uses them: answer, get it wrong, read why, retry,
// pass, mark the lesson complete, reload and find it all still there; a second tab keeps up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { withPage, appReady } from './harness.mjs';
import { QUESTIONS, KEY, answer, answerRight, counts, question, scoreLine, scoreText, savedRecord, solveExercise, today } from './quiz-helpers.mjs';

const [FIRST_PROMPT, FIRST_RIGHT] = QUESTIONS[0];

test('take the quiz: a wrong answer explains why, retry, pass, mark complete, reload', () => withPage(async ({ page, shot }) => {
  const q1 = await answer(page, FIRST_PROMPT, /garbage collector frees/);
  await q1.getByText('Not quite.', { exact: true }).waitFor();
  assert.match(await q1.innerText(), /only cancel\(\) unregisters it/, 'the chosen answer\'s feedback');
  assert.match(await q1.innerText(), /Write defer cancel\(\) right after creating the context/, 'the explanation');
  const read = q1.getByRole('link', { name: 'Read: WithCancel' });
  assert.equal(await read.getAttribute('href'), '#with-cancel');
  const tree = q1.getByRole('link', { name: /Show in the tree/ });
  assert.equal(await tree.getAttribute('data-preset'), 'leak');
  assert.equal(await scoreLine(page).innerText(), await scoreText(page, 0));
  await q1.locator('.feedback').evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
  await shot('quiz-feedback');

  await page.getByRole('button', { name: /Retry wrong answers/ }).click();
  await q1.getByText('Not quite.', { exact: true }).waitFor({ state: 'detached' });
  assert.equal(await q1.getByRole('radio', { checked: true }).count(), 0, 'the wrong answer is cleared');
  assert.ok(await q1.getByRole('button', { name: 'Check answer' }).isDisabled(), 'Check waits for a choice');

  await answerRight(page);
  const { questions } = await counts(page);
  assert.equal(await scoreLine(page).innerText(), await scoreText(page, questions));
  assert.match(await page.locator('.quiz-score').innerText(), /Passed/);
  assert.ok(await page.getByRole('button', { name: /Retry wrong answers/ }).isDisabled(), 'nothing to retry');
  assert.match(await page.getByRole('link', { name: /^Your progress:/ }).getAttribute('aria-label'), new RegExp(`quiz ${questions}/${questions}`));

  const complete = page.getByRole('button', { name: 'Mark lesson complete' });
  assert.ok(await complete.isDisabled(), 'the exercise is not solved yet');
  await solveExercise(page);
  assert.ok(await complete.isEnabled(), 'passing and solving the exercise enable Mark lesson complete');
  await complete.click();
  const date = await today(page);
  const done = page.getByRole('status').filter({ hasText: `Completed on ${date}` });
  await done.waitFor();
  await page.getByRole('link', { name: new RegExp(`completed ${date}`) }).waitFor();
  await page.locator('.quiz-score').evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
  await shot('quiz-passed');
  await page.getByRole('heading', { name: 'Your progress' }).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await shot('progress-completed');

  await page.reload();
  await appReady(page);
  await done.waitFor();
  assert.equal(await scoreLine(page).innerText(), await scoreText(page, questions));
  const again = question(page, FIRST_PROMPT);
  assert.ok(await again.getByRole('radio', { name: FIRST_RIGHT }).isChecked(), 'the answer is restored');
  await again.getByText('Correct.', { exact: true }).waitFor();
  assert.equal((await savedRecord(page)).progress.completed, date);
}));

test('mark complete is refused, with the reason, until the quiz is passed and the exercise solved', () => withPage(async ({ page }) => {
  const complete = page.getByRole('button', { name: 'Mark lesson complete' });
  assert.ok(await complete.isDisabled());
  const reason = async () => page.locator(`#${await complete.getAttribute('aria-describedby')}`).innerText();
  const { questions, passMark } = await counts(page);
  const more = (n) => `${n} more question${n === 1 ? '' : 's'}`;
  assert.equal(await reason(), `To mark the lesson complete, pass the knowledge check: answer ${more(passMark)} correctly (0 of ${questions} right so far, ${passMark} needed; ${questions} unanswered); and solve the exercise: "Check my solution" in the playground must pass every check. Go to the exercise`);

  await answerRight(page, 0, 8);
  await answer(page, QUESTIONS[8][0], /runtime stops the goroutine/);
  assert.ok(passMark > 8 && await complete.isDisabled(), 'eight right is below the pass mark');
  assert.match(await reason(), new RegExp(`answer ${more(passMark - 8)} correctly \\(8 of ${questions} right so far, ${passMark} needed; ${questions - 9} unanswered, 1 to retry\\)`));

  // Exactly the pass mark, with one wrong answer still standing, is enough.
  await answerRight(page, 9, 9 + passMark - 8);
  await page.getByText('To mark the lesson complete, solve the exercise: "Check my solution" in the playground must pass every check. Go to the exercise').waitFor();
  assert.ok(await complete.isDisabled(), 'the exercise is still to solve');
  await page.locator('#your-progress').getByRole('link', { name: 'Go to the exercise' }).click();
  await page.waitForFunction(() => location.hash === '#exercise');
  await solveExercise(page);
  await page.waitForFunction(() => !document.querySelector('#your-progress button.primary')?.disabled);
  assert.match(await reason(), /you can mark the lesson complete/);
}));

test('a second tab sees an answer without reloading, and does not write it back', () => withPage(async ({ page, open }) => {
  const other = await open('#knowledge-check');
  await answer(page, FIRST_PROMPT, FIRST_RIGHT);
  const there = question(other, FIRST_PROMPT);
  await there.getByText('Correct.', { exact: true }).waitFor({ timeout: 5000 });
  assert.ok(await there.getByRole('radio', { name: FIRST_RIGHT }).isChecked());
  assert.equal(await scoreLine(other).innerText(), await scoreText(other, 1));
  assert.equal(await other.evaluate(() => window.__progressWrites), 0, 'the other tab did not save what it received');

  // And back: retrying in the other tab clears it here.
  await answer(other, QUESTIONS[1][0], 'False');
  const here = question(page, QUESTIONS[1][0]);
  await here.getByText('Not quite.', { exact: true }).waitFor({ timeout: 5000 });
  await other.getByRole('button', { name: /Retry wrong answers/ }).click();
  await here.getByText('Not quite.', { exact: true }).waitFor({ state: 'detached', timeout: 5000 });
  assert.equal(await here.getByRole('radio', { checked: true }).count(), 0);
  assert.equal(await scoreLine(page).innerText(), await scoreText(page, 1));
}, {
  // Counts this page's saves of the progress record.
  initScript: `window.__progressWrites = 0;
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) { if (k === ${JSON.stringify(KEY)}) window.__progressWrites++; return set.call(this, k, v); };`,
}));

test('reset progress asks first, and Keep my progress keeps it', () => withPage(async ({ page }) => {
  await answer(page, FIRST_PROMPT, FIRST_RIGHT);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  const confirm = page.getByRole('group', { name: /Reset all progress\? This clears your answers and completion\./ });
  await confirm.waitFor();
  assert.ok(await confirm.getByRole('button', { name: 'Keep my progress' }).evaluate((b) => b === document.activeElement),
    'focus moves to the safe choice');
  await confirm.getByRole('button', { name: 'Keep my progress' }).click();
  assert.equal(await scoreLine(page).innerText(), await scoreText(page, 1));

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await confirm.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.waitForFunction((zero) => document.querySelector('.quiz-score strong')?.textContent === zero, await scoreText(page, 0));
  assert.equal(await question(page, FIRST_PROMPT).getByRole('radio', { checked: true }).count(), 0);
  assert.deepEqual((await savedRecord(page)).progress.answers, {});
}));

test('a section counts as read once it has stayed in view a few seconds', () => withPage(async ({ page }) => {
  const header = page.getByRole('link', { name: /^Your progress:/ });
  const { sections } = await counts(page);
  assert.match(await header.getAttribute('aria-label'), new RegExp(`0 of ${sections} sections read`));
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: /Background and TODO/ }).click();
  await page.waitForFunction(() =>
    document.querySelector('.toc a[aria-current="location"]')?.getAttribute('href') === '#roots');
  await page.waitForFunction((total) => new RegExp(`[1-9] of ${total} sections read`).test(
    document.querySelector('.header-progress')?.getAttribute('aria-label')), sections, { timeout: 9000 });
  assert.deepEqual((await savedRecord(page)).progress.sections_read, ['roots'],
    'only the section that stayed in view; the first one was left within a second');
}));

test('the quiz and the header summary fit a phone and read well in the dark', async () => {
  await withPage(async ({ page, shot }) => {
    const q1 = await answer(page, FIRST_PROMPT, /garbage collector frees/);
    await answer(page, QUESTIONS[1][0], QUESTIONS[1][1]);
    await q1.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await shot('quiz-dark');
  }, { colorScheme: 'dark' });
  await withPage(async ({ page, shot }) => {
    const q1 = await answer(page, FIRST_PROMPT, /garbage collector frees/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll on a phone (overflow ${overflow}px)`);
    const header = await page.getByRole('link', { name: /^Your progress:/ }).boundingBox();
    assert.ok(header.x + header.width <= 390, 'the header summary stays on screen');
    await q1.locator('.feedback').evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
    await shot('quiz-narrow');
  }, { viewport: { width: 390, height: 844 } });
});

test('axe finds no accessibility problems in the quiz, the progress panel, the header and a notice', () => withPage(async ({ page }) => {
  await answer(page, FIRST_PROMPT, /garbage collector frees/);
  await answer(page, QUESTIONS[1][0], QUESTIONS[1][1]);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  // Evaluated, not added as a <script>: the page's content security policy refuses inline scripts.
  await page.evaluate(await readFile(axe, 'utf8'));
  const { violations } = await page.evaluate(() => window.axe.run({
    include: [['#knowledge-check'], ['#your-progress'], ['.site-header'], ['.notices']],
  }));
  const found = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(found, []);
}, { initScript: `if (!sessionStorage.getItem('seeded')) {
  sessionStorage.setItem('seeded', '1');
  localStorage.setItem(${JSON.stringify(KEY)}, '{not json');
}` }));
