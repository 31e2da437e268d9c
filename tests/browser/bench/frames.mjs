// Frame-time bench for the context tree (printed, not asserted): loads the release bundle with
// `#tree-bench=1000` (the panel starts from a generated 1,000-node tree), cancels its cancellable
// root, and records requestAnimationFrame deltas in headless Chromium while the wave animates.
// Run: `make bench-ui` (after `make release`), or `node tests/browser/bench/frames.mjs [N]`.
// `FIT=1` presses Fit first, so the whole tree is on screen and none of it is culled (the worst case).
import { chromium } from 'playwright-core';
import { serveCdn } from '../../bench/cdn-server.mjs';

const N = Number(process.argv[2] || 1000);

// The bundle as users get it: brotli, hashed files cached (tests/bench/cdn-server.mjs).
const { server, url } = await serveCdn();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const t0 = Date.now();
  await page.goto(`${url}#tree-bench=${N}`);
  await page.waitForFunction((n) => document.querySelectorAll('.tree-svg .node').length === n, N, { timeout: 60000 });
  const loadMs = Date.now() - t0;
  const panel = page.getByRole('complementary', { name: 'Context tree' });
  if (process.env.FIT) await panel.getByRole('button', { name: 'Fit', exact: true }).click();
  await panel.getByRole('button', { name: /^root: / }).click();
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const loop = (t) => { window.__frames.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  });
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  const clickAt = await page.evaluate(() => performance.now());
  await panel.getByRole('button', { name: 'Cancel root', exact: true }).click();
  await page.waitForSelector('.tree-panel[data-animating="true"]', { timeout: 10000 }).catch(() => {});
  await page.waitForSelector('.tree-panel[data-animating="false"]', { timeout: 60000 });
  await page.waitForTimeout(400); // the last CSS transitions
  const { frames, wave } = await page.evaluate((c) => {
    window.__stop = true;
    return { frames: window.__frames.slice(18), wave: performance.now() - c }; // skip the 300ms idle lead-in
  }, clickAt);
  const m1 = await metrics();
  const spent = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration']
    .map((k) => `${k.replace('Duration', '')} ${((m1[k] - m0[k]) * 1000).toFixed(0)} ms`).join(', ');
  const done = await page.locator('.tree-svg .node.canceled').count();
  const sorted = [...frames].sort((a, b) => a - b);
  const p = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(`context tree frame-time bench: ${N} nodes (page ready in ${loadMs} ms), cancel root -> ${done} nodes show context canceled`);
  console.log(`  wave animation: ${wave.toFixed(0)} ms, ${frames.length} frames`);
  console.log(`  main thread during the wave: ${spent}`);
  console.log(`  frame delta: longest ${sorted.at(-1).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, median ${p(0.5).toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
}
