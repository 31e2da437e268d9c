// Shared steps for the browser tests: the questions as a learner sees them, the content's counts
// as the page shows them (so no test hard-codes them), and how to
// answer one by clicking, as a person would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The localStorage key of the progress record (storage::KEY). */
export const KEY = 'context-lab/progress';
/** Where an unreadable record is copied (storage::BACKUP_KEY). */
export const BACKUP_KEY = 'context-lab/progress.corrupt';

// Each question by its prompt, with the accessible name of its correct choice, in quiz order.
export const QUESTIONS = [
  [/finishes before you call cancel\(\)/, /stays registered with its parent/],
  [/first parameter, usually named ctx/, 'True'],
  [/unexported type/, /Keys compare by type and value/],
  [/What happens to parent\?/, /^Nothing: parent and its other children/],
  [/while the context is still running/, 'nil'],
  [/The second passes/, 'context.DeadlineExceeded'],
  [/parent context has 1 second left/, /cancelled after 1 second with DeadlineExceeded/],
  [/difference between context\.Background\(\) and context\.TODO\(\)/, /^Only intent/],
  [/never looks at ctx/, /^It keeps running to the end/],
  [/returns nil for every key/, 'False'],
  [/belongs in a context value/, /trace ID of the request/],
  [/cancelled while jobs still holds ten queued jobs/, /^Either case/],
  [/waits with time\.Sleep\(time\.Minute\)/, /^Only after the remaining 50 seconds/],
  [/When cancel\(\) returns, every goroutine/, 'False'],
  [/saves an audit record using r\.Context\(\)/, /^Its context is cancelled as soon as the handler returns/],
];

/**
 * The content's counts as the page shows them, so no test hard-codes them: the questions in the
 * quiz, the pass mark (the quiz's pass percentage of them, rounded up), the lesson's sections
 * (the contents list) and the tree presets (the tree's picker, without its two empty roots).
 */
export async function counts(page) {
  const quiz = page.locator('.quiz');
  await quiz.waitFor({ state: 'attached' });
  const questions = await quiz.locator('.questions > li').count();
  const percent = Number(await quiz.getAttribute('data-pass-percent'));
  const sections = await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').count();
  const presets = await presetIds(page);
  return { questions, passMark: Math.ceil((questions * percent) / 100), sections, presets: presets.length };
}

/** The ids of the tree presets, in the picker's order. */
export function presetIds(page) {
  return page.getByRole('complementary', { name: 'Context tree' }).getByLabel('Start from').locator('option')
    .evaluateAll((options) => options.map((o) => o.value).filter((v) => !v.startsWith('empty-')));
}

/** `Score: right of total · pass mark N` for this page's quiz. */
export async function scoreText(page, right) {
  const { questions, passMark } = await counts(page);
  return `Score: ${right} of ${questions} · pass mark ${passMark}`;
}

/** The fieldset of the question whose prompt matches `prompt`. */
export function question(page, prompt) {
  return page.getByRole('group', { name: prompt });
}

/** Picks `choice` in the question matching `prompt`, checks it and waits for the verdict. */
export async function answer(page, prompt, choice) {
  const q = question(page, prompt);
  await q.getByRole('radio', { name: choice, exact: typeof choice === 'string' }).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await q.getByText(/^(Correct\.|Not quite\.)$/).waitFor();
  return q;
}

/**
 * Answers the questions `from`..`to` (indices into QUESTIONS) correctly. Answering through the
 * end also answers any question the page has that QUESTIONS does not list yet, by trying its
 * choices in turn, so adding a question to the content breaks no test.
 */
export async function answerRight(page, from = 0, to = QUESTIONS.length) {
  for (const [prompt, choice] of QUESTIONS.slice(from, to)) {
    const q = await answer(page, prompt, choice);
    assert.ok(await q.getByText('Correct.', { exact: true }).isVisible(), `${prompt} is marked correct`);
  }
  if (to >= QUESTIONS.length) await answerUnlisted(page);
}

/** Answers correctly, by trial, each question whose prompt matches none in QUESTIONS. */
async function answerUnlisted(page) {
  const groups = page.locator('.quiz .questions > li').getByRole('group');
  const prompts = await groups.locator('.prompt').allInnerTexts();
  for (const [i, prompt] of prompts.entries()) {
    if (QUESTIONS.some(([p]) => p.test(prompt))) continue;
    const q = groups.nth(i);
    const labels = q.locator('.choices label');
    for (let c = 0; c < await labels.count(); c++) {
      await labels.nth(c).getByRole('radio').check();
      await q.getByRole('button', { name: 'Check answer' }).click();
      // The verdict of this choice (not a stale one): its label is marked right or wrong.
      const judged = labels.nth(c).and(q.locator('label.chosen-right, label.chosen-wrong'));
      await judged.waitFor();
      if ((await judged.getAttribute('class')).includes('chosen-right')) break;
    }
  }
}

/** The score line under the quiz. */
export function scoreLine(page) {
  return page.locator('.quiz-score').getByText(/^Score: /);
}

/** The saved record, parsed (null if absent). */
export async function savedRecord(page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** Today's date on the page's clock, YYYY-MM-DD. */
export function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/**
 * Where keyboard focus is: the element's tag, input type, text (its aria-label, its label's
 * text for a form control, else its own text) and, inside a quiz question, that question's
 * prompt; `inTree` when it is a node of the context tree, `inLesson` when inside the lesson.
 */
export function focused(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return { tag: 'BODY', text: '', prompt: '', inTree: false, inLesson: false };
    const text = (a.getAttribute('aria-label') || a.labels?.[0]?.innerText || a.innerText || a.textContent || '').replace(/\s+/g, ' ').trim();
    const prompt = a.closest('fieldset')?.querySelector('.prompt')?.innerText || '';
    return { tag: a.tagName, type: a.type || '', text, prompt, inTree: Boolean(a.closest('.tree-svg .node')), inLesson: Boolean(a.closest('#lesson')) };
  });
}

/** Presses `key` until `want(focused)` holds; returns how many presses it took. */
export async function pressUntil(page, want, key = 'Tab', limit = 800) {
  const seen = [];
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (want(f)) return i;
    seen.push(f.text.slice(0, 30));
  }
  throw new Error(`${key} never reached the element; focus went through: ${seen.slice(0, 40).join(' | ')}`);
}

/**
 * Answers, with the keyboard alone, every question QUESTIONS lists: Tab to its radio group,
 * arrow keys to the right choice, Space, Tab to "Check answer", Enter. Returns how many it
 * answered (each is checked to be marked correct).
 */
export async function answerByKeyboard(page) {
  const prompts = await page.locator('.quiz .questions > li .prompt').allInnerTexts();
  let answered = 0;
  for (const prompt of prompts) {
    const listed = QUESTIONS.find(([p]) => p.test(prompt));
    if (!listed) continue;
    const [, choice] = listed;
    const matches = (text) => (typeof choice === 'string' ? text === choice : choice.test(text));
    await pressUntil(page, (f) => f.type === 'radio' && f.prompt === prompt);
    const choices = await question(page, prompt).getByRole('radio').count();
    for (let i = 0; i < choices && !matches((await focused(page)).text); i++) await page.keyboard.press('ArrowDown');
    assert.ok(matches((await focused(page)).text), `the right choice of "${prompt}" is reachable by arrow keys`);
    await page.keyboard.press('Space');
    await pressUntil(page, (f) => f.text === 'Check answer', 'Tab', 5);
    await page.keyboard.press('Enter');
    await question(page, prompt).getByText('Correct.', { exact: true }).waitFor();
    answered++;
  }
  return answered;
}

/** The exercise's reference solution, as the lesson ships it. */
export const SOLUTION = readFileSync(new URL('../../src/content/examples/exercise-solution/main.go', import.meta.url), 'utf8');
const solvedStatus = (page) => page.getByRole('status').filter({ hasText: /^All \d+ checks pass: the exercise is solved\.$/ });

/**
 * Solves the exercise as a learner does with a pointer (`act` is 'click', or 'tap' on a phone):
 * opens it from its section, types a working program in place of the starter, "Check my
 * solution" until every check passes, and closes the playground; the progress panel then says so.
 */
export async function solveExercise(page, act = 'click') {
  await page.locator('#exercise').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Open the exercise in the playground' })[act]();
  const editor = page.getByRole('textbox', { name: 'Go code' });
  await editor.waitFor({ timeout: 30000 });
  await editor.fill(SOLUTION);
  await page.getByRole('button', { name: 'Check my solution' })[act]();
  await solvedStatus(page).waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'Close the playground' })[act]();
  await page.locator('#your-progress').getByText('Exercise: solved').waitFor();
}

/**
 * The same with the keyboard alone: Tab to "Open the exercise in the playground", Enter, Tab
 * into the editor, select all and type the program, Esc then Shift+Tab out of the editor back to
 * "Check my solution", Enter, then Shift+Tab to "Close the playground" and Enter.
 */
export async function solveExerciseByKeyboard(page) {
  await pressUntil(page, (f) => f.text === 'Open the exercise in the playground');
  await page.keyboard.press('Enter');
  // The playground takes focus (its heading) once it is shown.
  await page.waitForFunction(() => document.activeElement?.id === 'pg-title', null, { timeout: 30000 });
  await pressUntil(page, (f) => f.tag === 'TEXTAREA' && f.text === 'Go code', 'Tab', 60);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(SOLUTION);
  await page.keyboard.press('Escape');
  await pressUntil(page, (f) => f.text === 'Check my solution', 'Shift+Tab', 60);
  await page.keyboard.press('Enter');
  await solvedStatus(page).waitFor({ timeout: 30000 });
  await pressUntil(page, (f) => f.text === 'Close the playground', 'Shift+Tab', 60);
  await page.keyboard.press('Enter');
  await page.locator('#your-progress').getByText('Exercise: solved').waitFor();
}
