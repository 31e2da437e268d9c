// Offline: after one visit the lesson works without a network (the service worker caches the
// build), the header says so, and a new deploy replaces the cached build as a whole: the page
// keeps its version until the learner chooses "Update", and then every file is the new build's.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withPage, appReady, DIST } from './harness.mjs';
import { serveCdn } from '../bench/cdn-server.mjs';

const buildOf = (page) => page.locator('meta[name="context-lab-build"]').getAttribute('content');
const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the lesson reloads and works offline, and says it is ready offline', () => withPage(async ({ page, context, shot }) => {
  await page.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor();
  await shot('offline-ready');
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 2, name: /WithTimeout/ }).first().waitFor();
  // The live parts work: a quiz answer is checked, the tree is there.
  const q = page.getByRole('group').filter({ has: page.getByRole('button', { name: 'Check answer' }) }).first();
  await q.getByRole('radio').first().check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await q.locator('.feedback').waitFor();
  await page.getByRole('complementary', { name: 'Context tree' }).getByRole('button', { name: 'Reset tree' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor();
  await context.setOffline(false);
}));

test('a new deploy is cached whole beside the old one and used only after "Update"', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'context-lab-deploy-'));
  cpSync(DIST, dir, { recursive: true });
  const cdn = await serveCdn({ dir });
  after(() => { cdn.server.close(); rmSync(dir, { recursive: true, force: true }); });
  await withPage(async ({ page }) => {
    await page.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor();
    const first = await buildOf(page);
    assert.deepEqual(await cacheNames(page), [`context-lab-${first}`]);

    // Deploy: the same files under a new build id (index.html and sw.js name it).
    const second = 'f'.repeat(16);
    for (const f of ['index.html', 'sw.js']) {
      writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replaceAll(first, second));
    }
    cdn.reload();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const update = page.getByRole('button', { name: 'Update' });
    await update.waitFor();
    assert.deepEqual((await cacheNames(page)).sort(), [`context-lab-${first}`, `context-lab-${second}`].sort(),
      'the new build is cached beside the old one');
    // Until the learner updates, a reload is still the old build, whole.
    await page.reload();
    await appReady(page);
    assert.equal(await buildOf(page), first);
    await page.getByRole('button', { name: 'Update' }).click();
    await page.waitForFunction((b) => document.querySelector('meta[name="context-lab-build"]')?.content === b, second);
    await appReady(page);
    await page.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor();
    assert.deepEqual(await cacheNames(page), [`context-lab-${second}`], 'the old build is gone');
  }, { url: cdn.url });
});
