// Safe with what a learner types and what storage feeds back: markup is always shown as text,
// never run or parsed into elements, and the content security policy refuses what the app does
// not need (inline scripts beyond the loader's hash, eval, other origins).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

// Each would run `pwn()` (or draw an element) if it were ever inserted as HTML.
const NAME = '<img src onerror=pwn()>'; // 23 characters: names are at most 24
const KEY = '<b onclick=pwn()>k</b>';
const VALUE = '<svg onload=pwn()></svg>';
const CAUSE = '<script>pwn()</script>';
const LOOKUP = '<iframe src=javascript:pwn()>';
const TIMEOUT = '<style>*{}</style>';
const STORED = '<img src=y onerror=pwn()>';

/** Counts calls of `pwn` and CSP violations; runs before the app. */
function traps() {
  window.__pwned = 0;
  window.pwn = () => { window.__pwned++; };
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
}

/** No element came from learner text, nothing ran, no policy was broken. */
async function assertInert(page) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    violations: window.__violations,
    elements: document.querySelectorAll('img, iframe, b[onclick], svg[onload], body script, style:not(head style)').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
  }));
  assert.deepEqual(found, { pwned: 0, violations: [], elements: 0, handlers: 0 });
}

test('markup typed into every field of the tree is shown as text', () => withPage(async ({ page }) => {
  const panel = page.getByRole('complementary', { name: 'Context tree' });
  const node = (name) => panel.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) });
  await panel.getByLabel('Start from').selectOption('empty-background');
  await node('background').click();
  // A name (accepted), then a WithValue whose key and value are markup.
  await panel.getByRole('textbox', { name: 'Name' }).fill(NAME);
  await panel.getByRole('button', { name: 'Add WithCancelCause under background', exact: true }).click();
  await node(NAME).waitFor();
  await node(NAME).click();
  await panel.getByRole('textbox', { name: 'Name' }).fill('vals');
  await panel.getByRole('textbox', { name: 'Key', exact: true }).fill(KEY);
  await panel.getByRole('textbox', { name: 'Value', exact: true }).fill(VALUE);
  await panel.getByRole('button', { name: `Add WithValue under ${NAME}`, exact: true }).click();
  await node('vals').waitFor();
  // A lookup of a markup key, narrated.
  await node('vals').click();
  await panel.getByRole('textbox', { name: 'Lookup key' }).fill(LOOKUP);
  await panel.getByRole('button', { name: 'Look up value from vals', exact: true }).click();
  await panel.getByRole('status').filter({ hasText: LOOKUP }).waitFor();
  // A timeout that doesn't parse: the error repeats it.
  await node(NAME).click();
  await panel.getByRole('textbox', { name: 'Name' }).fill('t');
  await panel.getByRole('textbox', { name: 'Timeout', exact: true }).fill(TIMEOUT);
  await panel.getByRole('button', { name: `Add WithTimeout under ${NAME}`, exact: true }).click();
  await panel.getByRole('alert').filter({ hasText: TIMEOUT }).waitFor();
  // Cancelling with a markup cause: narration and console show it.
  await panel.getByRole('textbox', { name: 'Cause' }).fill(CAUSE);
  await panel.getByRole('button', { name: `Cancel ${NAME}`, exact: true }).click();
  await panel.getByRole('status').filter({ hasText: CAUSE }).waitFor();
  const text = await panel.innerText();
  for (const s of [NAME, KEY, VALUE]) assert.ok(text.includes(s) || (await node('vals').getAttribute('aria-label')).includes(s), `${s} shown as text`);
  await assertInert(page);
}, { initScript: traps }));

test('markup in every field of the saved record and in a storage error never becomes elements', () => withPage(async ({ page }) => {
  // The unreadable date is reported (in the app's words), unknown ids dropped.
  await page.getByText(/Part of your saved progress couldn't be read/).waitFor();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check answer' }).first().click();
  await page.getByText(/Your browser refused to store your progress/).waitFor();
  await assertInert(page);
}, {
  initScript: `(${traps})();
    localStorage.setItem('context-lab/progress', JSON.stringify({ version: 2, progress: {
      sections_read: [${JSON.stringify(STORED)}], answers: { ${JSON.stringify(STORED)}: { choice: ${JSON.stringify(STORED)} } },
      presets_explored: [${JSON.stringify(STORED)}], exercise: ${JSON.stringify(STORED)}, completed: ${JSON.stringify(STORED)} } }));
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === 'context-lab/progress') throw new DOMException(${JSON.stringify(STORED)}, 'UnknownError');
      return setItem.call(this, k, v);
    };`,
}));

test('the content security policy allows only the app itself and refuses injected script', () => withPage(async ({ page }) => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.match(scriptSrc, /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  assert.match(csp, /default-src 'none'/);
  assert.ok(!scriptSrc.split(' ').some((t) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:'].includes(t)), scriptSrc);
  assert.ok(!csp.includes('*'), 'no wildcard source');
  // What an attacker would try, refused: an inline script, eval, a script from elsewhere.
  const tried = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.pwn()';
    document.body.append(s);
    // A string compiled as code (eval's cousin; eval itself is exempt inside DevTools' evaluate).
    setTimeout('window.pwn()', 0);
    const remote = document.createElement('script');
    remote.src = 'https://example.invalid/x.js';
    document.body.append(remote);
    await new Promise((r) => setTimeout(r, 100));
    s.remove();
    remote.remove();
    return { pwned: window.__pwned, violations: window.__violations };
  });
  assert.equal(tried.pwned, 0, 'nothing injected ran');
  assert.ok(tried.violations.some((v) => /^script-src(-elem)?: inline/.test(v)), `inline refused: ${tried.violations}`);
  assert.ok(tried.violations.some((v) => /^script-src: eval/.test(v)), `eval refused: ${tried.violations}`);
  assert.ok(tried.violations.some((v) => /^script-src(-elem)?: https:\/\/example\.invalid/.test(v)), `other origin refused: ${tried.violations}`);
}, { initScript: traps, allowErrors: [/Content Security Policy/, /unsafe-eval/, /EvalError/] }));
