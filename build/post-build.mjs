// Trunk's post-build hook (Trunk.toml): finishes the build in Trunk's staging directory.
// 1. Paints the lesson before the wasm arrives: puts the page's HTML, rendered natively by
//    `cargo run --bin prerender` (src/bin/prerender.rs, the same Leptos components the app uses),
//    into <body>. The app then brings the interactive parts to life (src/ui/islands.rs).
// 1b. The tree panel's own wasm module (src/bin/tree.rs): cargo, wasm-bindgen and (release)
//    wasm-opt, as Trunk does for the main module; its files are named by their content hash and
//    the loader's placeholders (__TREE_JS__, __TREE_WASM__, see Trunk.toml) point at them.
// 2. Offline: names the build by a hash of its files, writes that id into index.html and writes
//    sw.js (from build/sw.js) with the id and the list of files to cache.
// 3. A content security policy (meta tag) allowing only the app's own files, its wasm, and the
//    inline loader scripts by their sha256 hashes (computed here, so they match what is served).
//
// Run by Trunk with TRUNK_STAGING_DIR set; by hand: `node build/post-build.mjs <dir>`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, statSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!staging) throw new Error('usage: node build/post-build.mjs <trunk staging dir> (or set TRUNK_STAGING_DIR)');
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// 1. The page as first painted.
const page = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'], {
  cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'],
});
if (!page.includes('class="lesson"')) throw new Error('prerender printed no lesson');
const bodyEnd = html.lastIndexOf('</body>');
if (bodyEnd < 0) throw new Error(`${indexPath} has no </body>`);
html = html.slice(0, bodyEnd) + page + '\n' + html.slice(bodyEnd);

// 1b. The tree module.
const release = process.env.TRUNK_PROFILE === 'release';
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
run('cargo', ['build', '--quiet', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown', '--bin', 'tree']);
const targetDir = process.env.CARGO_TARGET_DIR ? resolve(root, process.env.CARGO_TARGET_DIR) : join(root, 'target');
const built = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'tree.wasm');
const work = mkdtempSync(join(tmpdir(), 'context-lab-tree-'));
try {
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'tree', built]);
  if (release) {
    const local = join(root, 'node_modules', '.bin', 'wasm-opt');
    run(existsSync(local) ? local : 'wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
      join(work, 'tree_bg.wasm'), '-o', join(work, 'tree_bg.wasm')]);
  }
  const js = readFileSync(join(work, 'tree.js'));
  const wasm = readFileSync(join(work, 'tree_bg.wasm'));
  const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
  writeFileSync(join(staging, `tree-${hash}.js`), js);
  writeFileSync(join(staging, `tree-${hash}_bg.wasm`), wasm);
  if (!html.includes('__TREE_JS__')) throw new Error('the loader has no __TREE_JS__ placeholder (Trunk.toml pattern_script)');
  html = html.replaceAll('__TREE_JS__', `tree-${hash}.js`).replaceAll('__TREE_WASM__', `tree-${hash}_bg.wasm`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 3. The content security policy. Inline scripts are allowed by hash only (Trunk's loader).
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>'))) && m[1].trim())
  .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  // Leptos sets a few style attributes (the progress meter's width, the tree's layout).
  "style-src-attr 'unsafe-inline'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta charset="utf-8" ?\/?>/, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
if (!html.includes('Content-Security-Policy')) throw new Error('index.html has no <meta charset="utf-8"> to put the CSP after');

// 2. The build's id (a hash of every file it serves) and the service worker that caches it.
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name !== 'index.html' && name !== 'sw.js') files.push(relative(staging, full).split(sep).join('/'));
  }
};
walk(staging);
const id = createHash('sha256');
id.update(html);
for (const f of files) id.update(f).update(readFileSync(join(staging, f)));
const build = id.digest('hex').slice(0, 16);
html = html.replace('</head>', `  <meta name="context-lab-build" content="${build}" />\n  </head>`);
const sw = readFileSync(join(root, 'build', 'sw.js'), 'utf8')
  .replace("'__BUILD__'", JSON.stringify(build))
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
writeFileSync(join(staging, 'sw.js'), sw);

writeFileSync(indexPath, html);
console.log(`post-build: build ${build}: page ${page.length} B, ${files.length + 1} files cached offline, ${hashes.length} inline script hash(es)`);
