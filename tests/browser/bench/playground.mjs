// Playground bench (printed, not asserted): the time from pressing "Run" beside the exercise's
// program to its output in the console, on the first run (the worker is downloaded, compiled
// and started) and on later runs (the worker is reused). The playground then plays the run on
// its timeline; the bench sets the speed to Instant first, so the console shows all the output
// as soon as the run is back. Serves the release bundle
// as a CDN would (brotli, long caching for hashed files), in headless Chromium.
// Run: `make bench-playground` (after `make release`), or `node tests/browser/bench/playground.mjs`.
import { chromium } from 'playwright-core';
import { serveCdn } from '../../bench/cdn-server.mjs';

// The bundle as users get it: brotli, hashed files cached (tests/bench/cdn-server.mjs).
const { server, url } = await serveCdn();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const RUNS = 5;
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // From the click on "Run" beside the exercise's starter program to the console's first text.
  const button = page.getByRole('button', { name: /^Run The starter.* in the playground$/ });
  await button.scrollIntoViewIfNeeded();
  // Instant playback: the console shows the whole output once the run is back.
  await page.locator('.pg-speed select').evaluate((s) => { s.value = '0'; s.dispatchEvent(new Event('change', { bubbles: true })); });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => {
      window.__firstOutput = new Promise((done) => {
        let t0 = 0;
        document.addEventListener('click', () => { t0 = performance.now(); }, { capture: true, once: true });
        // The previous run's output stays until this one is back: wait for the run to start
        // ("Running…"), then for its output.
        let started = false;
        const seen = () => {
          const status = document.querySelector('.pg-status-live');
          if (t0 && status && status.textContent.startsWith('Running')) started = true;
          const out = document.querySelector('.pg-output');
          if (started && out && out.textContent.length) { obs.disconnect(); done(performance.now() - t0); }
        };
        const obs = new MutationObserver(seen);
        obs.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    });
    await (i === 0 ? button : page.getByRole('button', { name: 'Run', exact: true })).click();
    times.push(await page.evaluate(() => window.__firstOutput));
  }
  console.log(`exercise program: Run to first output, first run (worker downloaded and started): ${times[0].toFixed(0)} ms`);
  const warm = times.slice(1).sort((a, b) => a - b);
  console.log(`exercise program: Run to first output, later runs (median of ${warm.length}): ${warm[Math.floor(warm.length / 2)].toFixed(0)} ms`);
} finally {
  await browser.close();
  server.close();
}
