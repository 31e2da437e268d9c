// Soak: an hour of the page's time, on Playwright's fake clock, of deadlines firing and presets
// switching in the context tree at the highest clock speed (4x), driven through the UI as a
// learner would. Afterwards the page holds no more DOM nodes, event listeners or live timers than
// after the first round: nothing the tree does leaks.
//
// DOM nodes and listeners come from Chromium's own counters (DevTools' Memory.getDOMCounters,
// after a garbage collection); live timers from wrappers around setTimeout/setInterval and their
// clear functions, installed before the app starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

const HOUR_MS = 60 * 60 * 1000;
const VISIT_MS = 60 * 1000;
const PRESETS = ['timeout-chain', 'deadline-cap', 'call-chain', 'exercise'];

/** Counts live timers: set and neither fired (timeouts) nor cleared. Runs before the app. */
function countTimers() {
  const live = new Map();
  const { setTimeout: st, setInterval: si, clearTimeout: ct, clearInterval: ci } = window;
  window.setTimeout = function (fn, ms, ...args) {
    const id = st.call(window, (...a) => { live.delete(id); if (typeof fn === 'function') fn(...a); }, ms, ...args);
    live.set(id, 'timeout');
    return id;
  };
  window.setInterval = function (fn, ms, ...args) {
    const id = si.call(window, fn, ms, ...args);
    live.set(id, 'interval');
    return id;
  };
  window.clearTimeout = function (id) { live.delete(id); return ct.call(window, id); };
  window.clearInterval = function (id) { live.delete(id); return ci.call(window, id); };
  window.__liveTimers = () => [...live.values()].reduce((n, k) => ({ ...n, [k]: (n[k] || 0) + 1 }), { timeout: 0, interval: 0 });
}

test('an hour of deadlines firing and presets switching at 4x leaves no growth in DOM nodes, listeners or timers', () => withPage(async ({ page, context }) => {
  const panel = page.getByRole('complementary', { name: 'Context tree' });
  const cdp = await context.newCDPSession(page);
  const settle = async () => {
    await page.clock.runFor(2000);
    await page.waitForSelector('.tree-panel[data-animating="false"]');
  };
  const counters = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { nodes, listeners: jsEventListeners, ...(await page.evaluate(() => window.__liveTimers())) };
  };
  await panel.getByLabel('Clock speed').selectOption('4');
  let elapsed = 0;
  let visits = 0;
  /** One visit: load a preset, let its deadlines fire, reset it and let them fire again, idle. */
  let sawTimers = false;
  const visit = async (preset) => {
    await panel.getByLabel('Start from').selectOption(preset);
    await page.clock.runFor(200);
    // A deadline is pending: the clock's interval runs (and the probe sees it).
    sawTimers ||= (await page.evaluate(() => window.__liveTimers())).interval > 0;
    await page.clock.runFor(1800);
    await panel.getByRole('button', { name: 'Reset tree', exact: true }).click();
    await page.clock.runFor(2000);
    await page.clock.runFor(VISIT_MS - 4000);
    elapsed += VISIT_MS;
    visits++;
  };
  // A first round allocates what the page keeps (caches, pooled elements): measure after it.
  for (const p of PRESETS) await visit(p);
  await visit(PRESETS[0]);
  await settle();
  const before = await counters();
  while (elapsed < HOUR_MS) await visit(PRESETS[visits % PRESETS.length]);
  // The same state as when first measured: the first preset, its deadlines fired, animation done.
  await visit(PRESETS[0]);
  await settle();
  const after = await counters();
  console.log(`soak: ${visits} visits, ${elapsed / 60000} min of page time at 4x; before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
  assert.ok(sawTimers, 'the timer probe saw the clock running');
  assert.match(await panel.innerText(), /context deadline exceeded/, 'deadlines fired');
  assert.ok(after.nodes <= before.nodes, `DOM nodes grew from ${before.nodes} to ${after.nodes}`);
  assert.ok(after.listeners <= before.listeners, `listeners grew from ${before.listeners} to ${after.listeners}`);
  assert.ok(after.interval <= before.interval, `live intervals grew from ${before.interval} to ${after.interval}`);
  assert.ok(after.timeout <= before.timeout, `live timeouts grew from ${before.timeout} to ${after.timeout}`);
}, { clock: true, initScript: countTimers }));
