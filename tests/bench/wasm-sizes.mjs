// A twiggy-style size breakdown of the app's wasm: which crates and functions cost what.
// Reads a wasm that still has its name section (cargo's output, before wasm-bindgen and
// wasm-opt strip it): code bytes per function, grouped by crate, plus the data segments.
// Sizes are before wasm-opt -Oz, so they rank rather than measure the shipped file.
// Run: `make wasm-sizes`, or `node tests/bench/wasm-sizes.mjs [file.wasm] [top N]`.
import { readFileSync } from 'node:fs';

const file = process.argv[2] || 'target/wasm32-unknown-unknown/release/context-lab.wasm';
const TOP = Number(process.argv[3] || 40);
const buf = readFileSync(file);
let pos = 8;
const u32 = () => { let r = 0, s = 0, b; do { b = buf[pos++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
const str = () => { const n = u32(); const t = buf.toString('utf8', pos, pos + n); pos += n; return t; };

let imported = 0;
const bodies = [];
const names = new Map();
let data = 0;
while (pos < buf.length) {
  const id = buf[pos++];
  const size = u32();
  const end = pos + size;
  if (id === 2) { // imports: count functions
    for (let n = u32(); n > 0; n--) {
      str(); str();
      const kind = buf[pos++];
      if (kind === 0) { u32(); imported++; } else if (kind === 1) { pos++; const f = buf[pos++]; u32(); if (f & 1) u32(); } else if (kind === 2) { const f = buf[pos++]; u32(); if (f & 1) u32(); } else if (kind === 3) { pos += 2; } else { pos++; u32(); }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n--) { const len = u32(); bodies.push(len + 1); pos += len; }
  } else if (id === 11) {
    data = size;
  } else if (id === 0) {
    const name = str();
    if (name === 'name') {
      while (pos < end) {
        const sub = buf[pos++];
        const len = u32();
        const subEnd = pos + len;
        if (sub === 1) for (let n = u32(); n > 0; n--) { const i = u32(); names.set(i, str()); }
        pos = subEnd;
      }
    }
  }
  pos = end;
}
if (!names.size) throw new Error(`${file} has no name section: use cargo's output (target/wasm32-unknown-unknown/release/*.wasm), not dist/`);

/** Rust legacy mangling `_ZN4core3fmt5write17h…E` to `core::fmt::write`. */
function demangle(sym) {
  if (!sym.startsWith('_ZN')) return sym;
  const parts = [];
  let i = 3;
  while (i < sym.length && sym[i] !== 'E') {
    let n = 0;
    while (/[0-9]/.test(sym[i])) n = n * 10 + Number(sym[i++]);
    if (!n) break;
    parts.push(sym.slice(i, i + n));
    i += n;
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts.join('::')
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&')
    .replace(/\$C\$/g, ',').replace(/\$BP\$/g, '*').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}')
    .replace(/\$u5b\$/g, '[').replace(/\$u5d\$/g, ']').replace(/\$u27\$/g, "'").replace(/\.\./g, '::').replace(/^_</, '<');
}
/** The first crate a Rust v0 symbol (`_RNvNtCs…_4core3fmt…`) names. */
const v0Crate = (sym) => { const m = sym.match(/C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_])/); if (!m) return null; const at = m.index + m[0].length - 1; return sym.slice(at, at + Number(m[1])); };
const crateOf = (name) => (name.startsWith('_R') && v0Crate(name)) || (name.match(/[A-Za-z_][A-Za-z0-9_]*(?=::)/) || [name.startsWith('__wbg') || name.startsWith('__wbindgen') ? 'wasm_bindgen' : '(other)'])[0];

const fns = bodies.map((size, i) => ({ size, name: demangle(names.get(imported + i) || `func[${imported + i}]`) }));
const code = fns.reduce((a, f) => a + f.size, 0);
const byCrate = new Map();
for (const f of fns) {
  const c = crateOf(f.name);
  const e = byCrate.get(c) || { size: 0, count: 0 };
  e.size += f.size; e.count++;
  byCrate.set(c, e);
}
const pct = (n) => `${((100 * n) / (code + data)).toFixed(1)}%`.padStart(6);
console.log(`${file}: ${buf.length} B; code ${code} B in ${fns.length} functions, data ${data} B (before wasm-opt)\n`);
console.log('by crate (code bytes):');
for (const [c, e] of [...byCrate].sort((a, b) => b[1].size - a[1].size).slice(0, 30)) {
  console.log(`${String(e.size).padStart(9)} ${pct(e.size)}  ${String(e.count).padStart(5)} fns  ${c}`);
}
console.log(`${String(data).padStart(9)} ${pct(data)}             data segments (strings, tables, lesson text)`);
console.log(`\nlargest ${TOP} functions:`);
for (const f of [...fns].sort((a, b) => b.size - a.size).slice(0, TOP)) {
  console.log(`${String(f.size).padStart(9)} ${pct(f.size)}  ${f.name.slice(0, 150)}`);
}
