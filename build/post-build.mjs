// Trunk's post-build hook (Trunk.toml): finishes the build in Trunk's staging directory.
// 0. Runs .ci/worker-meta.sh, which names the gorun worker's loader in index.html (one hook for
//    both, so they never race over index.html and the CSP and build id below cover its work),
//    then names the worker's three files (which Trunk leaves unhashed) by their content hash, so
//    a page never gets another build's worker and the service worker may keep them per build.
// 1. Paints the lesson before the wasm arrives: puts the page's HTML, rendered natively by
//    `cargo run --bin prerender` (src/bin/prerender.rs, the same Leptos components the app uses),
//    into <body>. The app then brings the interactive parts to life (src/ui/islands.rs).
// 1b. The lab's module (src/bin/lab.rs: the tree panel and the playground): cargo, wasm-bindgen
//    and (release) wasm-opt, as Trunk does for the lesson's module; its files are named by their
//    content hash and the loader's placeholders (__LAB_JS__, __LAB_WASM__, see Trunk.toml) point
//    at them.
// 2. Offline: names the build by a hash of its files, writes that id into index.html and writes
//    sw.js (from build/sw.js) with the id and the list of files to cache.
// 3. A content security policy (meta tag) allowing only the app's own files, its wasm, and the
//    inline loader scripts by their sha256 hashes (computed here, so they match what is served).
//
// Run by Trunk with TRUNK_STAGING_DIR set; by hand: `node build/post-build.mjs <dir>`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync, renameSync, unlinkSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!staging) throw new Error('usage: node build/post-build.mjs <trunk staging dir> (or set TRUNK_STAGING_DIR)');
const indexPath = join(staging, 'index.html');

// 0. The worker's loader, named for the playground.
execFileSync('sh', [join(root, '.ci', 'worker-meta.sh')], {
  cwd: root, env: { ...process.env, TRUNK_STAGING_DIR: staging }, stdio: ['ignore', 'inherit', 'inherit'],
});
let html = readFileSync(indexPath, 'utf8');

// 0b. The worker's files, content-hashed: loader, glue and wasm renamed, the loader and the
//     meta tag rewritten to the new names.
{
  const names = ['gorun-worker.js', 'gorun-worker_bg.wasm', 'gorun-worker_loader.js'];
  if (!names.every((n) => existsSync(join(staging, n)))) throw new Error(`the worker's files are not all in ${staging}: ${names.join(', ')}`);
  const hash = createHash('sha256');
  for (const n of names) hash.update(n).update(readFileSync(join(staging, n)));
  const h = hash.digest('hex').slice(0, 16);
  const renamed = (n) => n.replace('gorun-worker', `gorun-worker-${h}`);
  const loader = readFileSync(join(staging, 'gorun-worker_loader.js'), 'utf8')
    .replaceAll('./gorun-worker.js', `./${renamed('gorun-worker.js')}`)
    .replaceAll('./gorun-worker_bg.wasm', `./${renamed('gorun-worker_bg.wasm')}`);
  if (!loader.includes(h)) throw new Error('the worker loader names neither its glue nor its wasm');
  writeFileSync(join(staging, renamed('gorun-worker_loader.js')), loader);
  renameSync(join(staging, 'gorun-worker.js'), join(staging, renamed('gorun-worker.js')));
  renameSync(join(staging, 'gorun-worker_bg.wasm'), join(staging, renamed('gorun-worker_bg.wasm')));
  unlinkSync(join(staging, 'gorun-worker_loader.js'));
  if (!html.includes('content="./gorun-worker_loader.js"')) throw new Error('index.html has no gorun-worker meta tag');
  html = html.replace('content="./gorun-worker_loader.js"', `content="./${renamed('gorun-worker_loader.js')}"`);
}

// 1. The page as first painted.
const page = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'], {
  cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'],
});
if (!page.includes('class="lesson"')) throw new Error('prerender printed no lesson');
const bodyEnd = html.lastIndexOf('</body>');
if (bodyEnd < 0) throw new Error(`${indexPath} has no </body>`);
html = html.slice(0, bodyEnd) + page + '\n' + html.slice(bodyEnd);

// 1b. The lab's module.
{
  const release = process.env.TRUNK_PROFILE === 'release';
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  run('cargo', ['build', '--quiet', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown', '--bin', 'lab']);
  const targetDir = process.env.CARGO_TARGET_DIR ? resolve(root, process.env.CARGO_TARGET_DIR) : join(root, 'target');
  const built = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'lab.wasm');
  const work = mkdtempSync(join(tmpdir(), 'context-lab-lab-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'lab', built]);
    if (release) {
      const local = join(root, 'node_modules', '.bin', 'wasm-opt');
      run(existsSync(local) ? local : 'wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
        join(work, 'lab_bg.wasm'), '-o', join(work, 'lab_bg.wasm')]);
    }
    const js = readFileSync(join(work, 'lab.js'));
    const wasm = readFileSync(join(work, 'lab_bg.wasm'));
    const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
    writeFileSync(join(staging, `lab-${hash}.js`), js);
    writeFileSync(join(staging, `lab-${hash}_bg.wasm`), wasm);
    if (!html.includes('__LAB_JS__')) throw new Error('the loader has no __LAB_JS__ placeholder (Trunk.toml pattern_script)');
    html = html.replaceAll('__LAB_JS__', `lab-${hash}.js`).replaceAll('__LAB_WASM__', `lab-${hash}_bg.wasm`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
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
// The interpreter worker's files are cached on first use (the playground's first Run), not at
// install: a visit that never runs a program never downloads them.
const onDemand = (f) => f.startsWith('gorun-worker-');
const sw = readFileSync(join(root, 'build', 'sw.js'), 'utf8')
  .replace("'__BUILD__'", JSON.stringify(build))
  .replace('__FILES__', JSON.stringify(['./', ...files.filter((f) => !onDemand(f)).map((f) => `./${f}`)]))
  .replace('__ON_DEMAND__', JSON.stringify(files.filter(onDemand).map((f) => `./${f}`)));
writeFileSync(join(staging, 'sw.js'), sw);

writeFileSync(indexPath, html);
console.log(`post-build: build ${build}: page ${page.length} B, ${files.length + 1} files cached offline (the worker's on first use), ${hashes.length} inline script hash(es)`);
