// The lesson with the keyboard alone (page.keyboard only, no clicks), from the top of the page:
// the skip link to the tree of the section being read, a node cancelled, Escape back to the
// same place in the text, the quiz answered, the exercise solved and the lesson marked complete. And the panel never
// swaps its tree under the learner's focus nor drops focus to the page's body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';
import { answerByKeyboard, counts, focused, pressUntil, solveExerciseByKeyboard } from './quiz-helpers.mjs';

const panel = (page) => page.getByRole('complementary', { name: 'Context tree' });
const preset = (page) => panel(page).getByLabel('Start from').inputValue();
const nodeName = (text) => text.split(':')[0];

test('keyboard alone, from the top: reach the tree, cancel a node, back to the text, pass the quiz, solve the exercise, mark complete', () => withPage(async ({ page }) => {
  const scrollY = () => page.evaluate(() => window.scrollY);
  const before = await scrollY();

  // Reach the tree of the section being read: its first node takes two Tabs and Enter.
  const tabs = await pressUntil(page, (f) => f.text === 'Skip to the context tree', 'Tab', 10);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.closest('.tree-svg .node'));
  const onNode = await focused(page);
  assert.ok(onNode.inTree, 'focus is on a node of the tree');
  console.log(`# Tab presses to reach the first tree node: ${tabs} (then Enter on "Skip to the context tree"); before: 129`);
  assert.ok(tabs <= 3, `the tree is a few presses from the top (${tabs})`);

  // Cancel its parent (the arrow keys walk the tree; the parent has no deadline of its own to
  // beat us to it): Enter selects it, Tab reaches its Cancel button, Enter cancels.
  await page.keyboard.press('ArrowUp');
  const parent = await focused(page);
  assert.ok(parent.inTree && parent.text !== onNode.text, 'ArrowUp moves to the parent');
  const name = nodeName(parent.text);
  const shown = await preset(page);
  await page.keyboard.press('Enter');
  await pressUntil(page, (f) => f.text === `Cancel ${name}`, 'Tab', 40);
  await page.keyboard.press('Enter');
  await panel(page).getByRole('button', { name: new RegExp(`^${name}: .*context canceled`) }).waitFor();
  assert.equal((await focused(page)).text, `Cancel ${name}`, 'focus stays on the button');
  assert.equal(await preset(page), shown, 'the panel kept its tree');

  // Back to the text: Escape returns to the section being read, where the page was.
  await page.keyboard.press('Escape');
  const back = await focused(page);
  assert.ok(back.inLesson, `focus is back in the lesson (on "${back.text}")`);
  assert.match(back.text, /^Show tree for /);
  assert.ok(Math.abs((await scrollY()) - before) < 2, 'the page did not move');

  // The knowledge check, then "Mark lesson complete", by Tab, arrow keys, Space and Enter.
  const { passMark } = await counts(page);
  const right = await answerByKeyboard(page);
  assert.ok(right >= passMark, `answered ${right}, the pass mark is ${passMark}`);
  await solveExerciseByKeyboard(page);
  await pressUntil(page, (f) => f.text === 'Mark lesson complete');
  await page.keyboard.press('Enter');
  await page.locator('#your-progress').getByRole('status').filter({ hasText: /Completed on \d{4}-\d{2}-\d{2}/ }).waitFor();
}));

test('the panel never swaps its tree under keyboard focus, nor drops focus to the body', () => withPage(async ({ page }) => {
  await pressUntil(page, (f) => f.text === 'Skip to the context tree', 'Tab', 10);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.closest('.tree-svg .node'));
  const shown = await preset(page);
  const onNode = (await focused(page)).text;

  // The reader's window moves on to another section while focus is in the tree: the panel
  // only offers that section's tree.
  await page.evaluate(() => document.querySelector('#with-value').scrollIntoView({ behavior: 'instant' }));
  await panel(page).getByRole('button', { name: 'Load the preset for this section' }).waitFor();
  assert.equal(await preset(page), shown, 'the tree did not change under focus');
  await page.keyboard.press('Enter');
  assert.ok((await focused(page)).inTree, 'Enter on a node keeps focus on it');
  assert.equal(nodeName((await focused(page)).text), nodeName(onNode));

  // Taking the offer removes its button: focus goes to the new tree's node, not the body.
  await pressUntil(page, (f) => f.text === 'Load the preset for this section', 'Shift+Tab', 40);
  await page.keyboard.press('Enter');
  await page.waitForFunction((old) => document.querySelector('.tree-panel select').value !== old, shown);
  await page.waitForFunction(() => document.activeElement?.closest('.tree-svg .node'));
  assert.notEqual(await preset(page), shown);

  // Once focus leaves the panel, it follows the reader again.
  await page.keyboard.press('Escape');
  assert.ok((await focused(page)).inLesson, 'Escape returns to the lesson');
}, { reducedMotion: 'reduce' }));

test('Tab alone, without the skip link, also reaches the tree (the figure is printed)', () => withPage(async ({ page }) => {
  const presses = await pressUntil(page, (f) => f.inTree);
  console.log(`# Tab alone, without the skip link: ${presses} presses to the first tree node`);
}));
