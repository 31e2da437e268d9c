// Bad storage as a learner meets it: a corrupt record, a newer version's record, a record with a
// damaged field, an old version, and a browser that refuses to store anything. The app always
// starts, says what happened in a dismissible notice, and never loses or overwrites data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';
import { QUESTIONS, KEY, BACKUP_KEY, answer, counts, question, scoreLine, scoreText, savedRecord } from './quiz-helpers.mjs';

const [FIRST_PROMPT, FIRST_RIGHT] = QUESTIONS[0];

/** An init script that stores `raw` under the progress key once per tab, before the app runs. */
const seed = (raw) => `if (!sessionStorage.getItem('seeded')) {
  sessionStorage.setItem('seeded', '1');
  localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(raw)});
}`;

/** The notice region under the header. */
const notices = (page) => page.locator('.notices');

test('a corrupt record: the app starts afresh, says so, keeps a backup, and the notice can be dismissed', () => withPage(async ({ page, shot }) => {
  const notice = notices(page).getByRole('paragraph');
  await notice.waitFor();
  assert.match(await notice.innerText(),
    /^Your saved progress couldn't be read \(it isn't valid JSON\), so the lesson starts afresh\. A copy of the old record was kept in this browser under "context-lab\/progress\.corrupt"\.$/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), '{not json');
  await shot('storage-notice');

  await answer(page, FIRST_PROMPT, FIRST_RIGHT);
  assert.equal((await savedRecord(page)).progress.answers['finish-before-cancel'].choice, 'leak',
    'the next change is saved as a good record');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), '{not json', 'the backup stays');

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.ok(!(await notices(page).isVisible()), 'the notice region is gone once empty');
}, { initScript: seed('{not json') }));

test('a newer version\'s record is never overwritten, until the learner resets progress', () => withPage(async ({ page }) => {
  const future = JSON.stringify({ version: 99, progress: { hologram: true } });
  await notices(page).getByText(/written by a newer version of Context Lab \(record version 99; this page reads up to 2\)/).waitFor();

  await answer(page, FIRST_PROMPT, FIRST_RIGHT);
  assert.equal(await scoreLine(page).innerText(), await scoreText(page, 1), 'the quiz still works in memory');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), future, 'the newer record is untouched');

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  assert.equal((await savedRecord(page)).version, 2, 'resetting replaces it, as the notice said');
  await answer(page, FIRST_PROMPT, FIRST_RIGHT);
  assert.equal((await savedRecord(page)).progress.answers['finish-before-cancel'].choice, 'leak', 'and saving resumes');
}, { initScript: seed(JSON.stringify({ version: 99, progress: { hologram: true } })) }));

test('a damaged field is reset and named; the rest of the record is kept', () => withPage(async ({ page }) => {
  await notices(page).getByText(/so it was reset: your quiz answers\. Everything else was kept\./).waitFor();
  const { sections } = await counts(page);
  assert.match(await page.getByRole('link', { name: /^Your progress:/ }).getAttribute('aria-label'), new RegExp(`1 of ${sections} sections read`));
  assert.match(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), /"answers":"oops"/);
}, { initScript: seed(JSON.stringify({ version: 2, progress: { sections_read: ['roots'], answers: 'oops' } })) }));

test('a version 1 record is migrated silently, answers and all', () => withPage(async ({ page }) => {
  const q = question(page, FIRST_PROMPT);
  await q.getByText('Correct.', { exact: true }).waitFor();
  assert.ok(await q.getByRole('radio', { name: FIRST_RIGHT }).isChecked());
  assert.equal(await notices(page).count(), 1);
  assert.equal(await notices(page).innerText(), '', 'nothing to tell the learner');
}, { initScript: seed(JSON.stringify({ version: 1, progress: { sections: ['roots'], quiz: { 'finish-before-cancel': 'leak' }, completed: null } })) }));

test('a browser that refuses storage: the lesson works and says progress won\'t be kept', () => withPage(async ({ page }) => {
  const notice = notices(page).getByRole('paragraph');
  await notice.waitFor();
  assert.equal(await notice.innerText(),
    'Your browser isn\'t letting this page store data, so progress won\'t be kept after you close the tab.');
  await answer(page, FIRST_PROMPT, /garbage collector frees/);
  await answer(page, FIRST_PROMPT, FIRST_RIGHT);
  assert.equal(await scoreLine(page).innerText(), await scoreText(page, 1));
  assert.equal(await notice.count(), 1, 'the failed saves do not repeat the notice');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });
  await answer(page, QUESTIONS[1][0], QUESTIONS[1][1]);
  assert.equal(await notices(page).getByRole('paragraph').count(), 0, 'a dismissed notice stays dismissed');
}, {
  initScript: `for (const name of ['getItem', 'setItem']) {
    Storage.prototype[name] = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
  }`,
}));

test('a full storage quota: the answer stays on the page and the learner is told it was not saved', () => withPage(async ({ page }) => {
  assert.equal(await notices(page).getByRole('paragraph').count(), 0, 'reading works, so nothing to say yet');
  await answer(page, FIRST_PROMPT, FIRST_RIGHT);
  await notices(page).getByText(/storage for this site is full, so your latest progress wasn't saved/).waitFor();
  assert.equal(await scoreLine(page).innerText(), await scoreText(page, 1));
}, {
  initScript: `Storage.prototype.setItem = function () {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };`,
}));
