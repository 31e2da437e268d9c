// Prints the release bundle's sizes (raw and brotli, quality 11) for wasm, JS, CSS and HTML (which
// carries the prerendered lesson).
// Run after `make release`: `node tests/bench/bundle-size.mjs` (or `make size`).
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;
const rows = [];
for (const ext of ['.wasm', '.js', '.css', '.html']) {
  const files = readdirSync(dist).filter((f) => f.endsWith(ext));
  if (!files.length) throw new Error(`no ${ext} file in dist/: run \`make release\` first`);
  for (const f of files) {
    const raw = readFileSync(join(dist, f));
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    rows.push({ file: f, raw: raw.length, brotli: br.length });
  }
}
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(44)} ${pad('raw B', 9)} ${pad('brotli B', 9)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)} ${pad(r.raw, 9)} ${pad(r.brotli, 9)}`);
const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, brotli: a.brotli + r.brotli }), { raw: 0, brotli: 0 });
console.log(`${'total'.padEnd(44)} ${pad(total.raw, 9)} ${pad(total.brotli, 9)}`);
