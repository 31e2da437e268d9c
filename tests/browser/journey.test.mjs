// The learner's whole journey, as the design card puts it: open the page, click through the
// visualiser, take the quiz, mark the lesson complete, reload and find it all kept. Also the
// bridge between quiz and tree: "Show in the tree" opens the question's preset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, appReady } from './harness.mjs';
import { answer, answerRight, counts, QUESTIONS, question, scoreLine, solveExercise } from './quiz-helpers.mjs';

const panel = (page) => page.getByRole('complementary', { name: 'Context tree' });
const node = (page, name) => panel(page).getByRole('button', { name: new RegExp(`^${name}: `) });

test('open, cancel in the tree, pass the quiz, mark complete, reload: everything is kept', () => withPage(async ({ page, shot }) => {
  // The visualiser: cancel a middle node, watch Done reach its children and not its parent.
  await panel(page).getByLabel('Start from').selectOption('cancel-tree');
  await node(page, 'request').click();
  await panel(page).getByRole('button', { name: 'Cancel request', exact: true }).click();
  for (const n of ['request', 'db', 'render']) {
    await panel(page).getByRole('button', { name: new RegExp(`^${n}: .*context canceled`) }).waitFor();
  }
  assert.match(await node(page, 'server').getAttribute('aria-label'), /Err: nil/);
  await panel(page).getByRole('log').getByText('cancelled: context canceled').first().waitFor();

  // The quiz, all right; then the lesson can be marked complete.
  await answerRight(page);
  const { questions, presets } = await counts(page);
  await scoreLine(page).filter({ hasText: `${questions} of ${questions}` }).waitFor();
  const progress = page.locator('#your-progress');
  await progress.getByText(`1 of ${presets} tree examples explored`).waitFor();
  await solveExercise(page);
  await progress.getByRole('button', { name: 'Mark lesson complete' }).click();
  await progress.getByRole('status').filter({ hasText: /Completed on \d{4}-\d{2}-\d{2}/ }).waitFor();
  await shot('journey-complete');

  // Reload: answers, completion and the explored preset come back from localStorage.
  await page.reload();
  await appReady(page);
  await progress.getByRole('status').filter({ hasText: /Completed on \d{4}-\d{2}-\d{2}/ }).waitFor();
  await progress.getByText(`1 of ${presets} tree examples explored`).waitFor();
  await scoreLine(page).filter({ hasText: `${questions} of ${questions}` }).waitFor();
  assert.match(await page.getByRole('link', { name: /^Your progress:/ }).innerText(), /completed/);
}));

test('"Show in the tree" opens the preset that illustrates the question, in view', () => withPage(async ({ page }) => {
  const [prompt] = QUESTIONS[0];
  await answer(page, prompt, /garbage collector/);
  await question(page, prompt).getByRole('link', { name: /Show in the tree/ }).click();
  await node(page, 'leaky').waitFor();
  assert.equal(await panel(page).getByLabel('Start from').inputValue(), 'leak');
  assert.match(await node(page, 'leaky').getAttribute('aria-label'), /leak/);
  const box = await panel(page).boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y < viewport.height && box.y + box.height > 0, 'the tree panel is on screen');
}));
