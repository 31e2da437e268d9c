// Shared steps for the quiz and storage tests: the questions as a learner sees them, and how to
// answer one by clicking, as a person would.
import assert from 'node:assert/strict';

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

/** How many questions the quiz has. */
export const TOTAL = QUESTIONS.length;
/** Correct answers needed to pass: 80% rounded up, as quiz::pass_mark computes it. */
export const PASS_MARK = Math.ceil((TOTAL * 80) / 100);
/** How many sections the lesson has (content::sections(); lesson.test.mjs lists them). */
export const SECTION_COUNT = 12;
/** How many tree presets there are (content::presets::PRESETS; tree.test.mjs lists them). */
export const PRESET_COUNT = 12;
/** The score line as the quiz shows it after `right` correct answers. */
export const score = (right) => `Score: ${right} of ${TOTAL} · pass mark ${PASS_MARK}`;

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

/** Answers the questions `from`..`to` (indices into QUESTIONS) correctly. */
export async function answerRight(page, from = 0, to = QUESTIONS.length) {
  for (const [prompt, choice] of QUESTIONS.slice(from, to)) {
    const q = await answer(page, prompt, choice);
    assert.ok(await q.getByText('Correct.', { exact: true }).isVisible(), `${prompt} is marked correct`);
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
