// The load budget, as a benchmark that prints figures (it never fails a build on them):
// serves the release bundle as a CDN does (tests/bench/cdn-server.mjs: brotli, long cache for
// hashed files), runs Lighthouse 12.2.3 (package.json pins it) in its default mobile configuration
// (simulated slow 4G, 4x CPU slowdown) RUNS times (default 3), and prints the median of each
// figure against its budget.
// Run: `make budget` (builds the release first), or `node tests/bench/budget.mjs` after `make release`.
// Each run's JSON report is kept in tests/bench/out/ for a closer look.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serveCdn } from './cdn-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(root, 'tests', 'bench', 'out');
const LIGHTHOUSE = join(root, 'node_modules', '.bin', 'lighthouse');
const CHROME = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = Number(process.env.RUNS || 3);
const KiB = 1024;

if (!existsSync(LIGHTHOUSE)) throw new Error('Lighthouse is not installed: run `npm ci` (package.json pins lighthouse 12.2.3).');
mkdirSync(OUT, { recursive: true });

const { server, url } = await serveCdn();
const reports = [];
try {
  for (let i = 1; i <= RUNS; i++) {
    const path = join(OUT, `lighthouse-${i}.json`);
    await promisify(execFile)(LIGHTHOUSE, [
      url, '--output=json', `--output-path=${path}`, '--quiet',
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ], { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 << 20 });
    const lhr = JSON.parse(readFileSync(path, 'utf8'));
    if (lhr.runtimeError) console.log(`run ${i}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    reports.push(lhr);
    process.stdout.write(`run ${i}/${RUNS}: performance ${score(lhr, 'performance')}, LCP ${fmtMs(num(lhr, 'largest-contentful-paint'))}, TBT ${fmtMs(num(lhr, 'total-blocking-time'))}\n`);
  }
} finally {
  server.close();
}

function score(lhr, cat) { const s = lhr.categories[cat]?.score; return s == null ? NaN : Math.round(s * 100); }
function num(lhr, id) { const v = lhr.audits[id]?.numericValue; return v == null ? NaN : v; }
function items(lhr, id) { return lhr.audits[id]?.details?.items || []; }
function median(xs) { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; }
function fmtMs(v) { return Number.isNaN(v) ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`; }
function fmtKiB(v) { return `${(v / KiB).toFixed(1)} KiB`; }

const rows = [
  ['performance', (r) => score(r, 'performance'), (v) => v >= 95, String, '>= 95'],
  ['accessibility', (r) => score(r, 'accessibility'), (v) => v >= 95, String, '>= 95'],
  ['best practices', (r) => score(r, 'best-practices'), (v) => v >= 95, String, '>= 95'],
  ['largest contentful paint', (r) => num(r, 'largest-contentful-paint'), (v) => v < 1500, fmtMs, '< 1.5 s'],
  ['total blocking time', (r) => num(r, 'total-blocking-time'), (v) => v < 150, fmtMs, '< 150 ms'],
  ['console errors', (r) => items(r, 'errors-in-console').length, (v) => v === 0, String, '0'],
  ['downloaded before interaction', (r) => num(r, 'total-byte-weight'), (v) => v <= 200 * KiB, fmtKiB, '<= 200 KiB'],
];
const extra = [
  ['first contentful paint', (r) => num(r, 'first-contentful-paint'), fmtMs],
  ['speed index', (r) => num(r, 'speed-index'), fmtMs],
  ['cumulative layout shift', (r) => num(r, 'cumulative-layout-shift'), (v) => v.toFixed(3)],
  ['time to interactive', (r) => num(r, 'interactive'), fmtMs],
  ['DOM elements', (r) => num(r, 'dom-size'), String],
  ['main-thread work', (r) => num(r, 'mainthread-work-breakdown'), fmtMs],
];

console.log(`\nLighthouse 12 (default mobile: slow 4G, 4x CPU), median of ${reports.length} runs, ${url}`);
console.log(`${'figure'.padEnd(32)}${'median'.padStart(12)}  ${'budget'.padEnd(11)} runs`);
let over = 0;
for (const [name, get, ok, fmt, budget] of rows) {
  const vs = reports.map(get);
  const m = median(vs);
  const pass = ok(m);
  if (!pass) over++;
  console.log(`${name.padEnd(32)}${fmt(m).padStart(12)}  ${budget.padEnd(11)} ${pass ? 'ok  ' : 'OVER'} (${vs.map(fmt).join(', ')})`);
}
for (const [name, get, fmt] of extra) {
  const vs = reports.map(get);
  console.log(`${name.padEnd(32)}${fmt(median(vs)).padStart(12)}  ${''.padEnd(11)}      (${vs.map(fmt).join(', ')})`);
}
const last = reports[reports.length - 1];
console.log('\nbytes by resource (last run, transferred):');
for (const it of items(last, 'network-requests')) {
  console.log(`  ${String(it.transferSize).padStart(8)} B  ${(it.resourceType || '').padEnd(10)} ${it.url.replace(url, '/')}`);
}
for (const it of items(last, 'errors-in-console')) console.log(`console error: ${it.source}: ${it.description}`);
console.log(over ? `\n${over} figure(s) over budget.` : '\nevery figure within budget.');
