// An automated accessibility audit (axe-core) of the whole page, in both themes, on a desktop
// and on a phone with the tree open as a sheet.
// It catches what clicking tests don't: contrast, names, landmarks, ARIA misuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { withPage } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function audit(page) {
  // Evaluated, not added as a <script>: the page's content security policy refuses inline scripts.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`no serious accessibility violations (${colorScheme} theme)`, () => withPage(async ({ page }) => {
    const problems = await audit(page);
    assert.deepEqual(problems, [], problems.join('\n'));
  }, { colorScheme }));
}

for (const colorScheme of ['light', 'dark']) {
  test(`no serious accessibility violations on a phone, with the tree's sheet open (${colorScheme} theme)`, () => withPage(async ({ page }) => {
    await page.locator('section#deadlines').getByRole('button', { name: /^Show tree for / }).tap();
    await page.waitForFunction(() => document.querySelector('.tree-panel.sheet'));
    const problems = await audit(page);
    assert.deepEqual(problems, [], problems.join('\n'));
  }, { colorScheme, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' }));
}
