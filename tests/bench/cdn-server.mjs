// Serves the release bundle (dist/) the way a CDN serves it, for the budget command and the
// browser tests that care about caching (offline):
// - brotli (quality 11, compressed once at start) when the client accepts it, for text and wasm;
// - `cache-control: public, max-age=31536000, immutable` for files whose name carries Trunk's
//   content hash (`name-0123456789abcdef.ext`), `no-cache` for everything else (index.html,
//   sw.js), so a new deploy is seen on the next visit;
// - 404 for a file that does not exist (as a CDN does; a missing favicon shows up as an error).
//
// Standalone: `node tests/bench/cdn-server.mjs [port]` serves on 127.0.0.1 (default 8090).
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { extname, join, relative, resolve, dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// BUNDLE_DIR serves another build (e.g. an older one, to compare).
export const DIST = process.env.BUNDLE_DIR || join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'dist');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.ico', '.webmanifest', '.txt']);
/** Hashed names: Trunk's `context-lab-3f0c…(16 hex).wasm`, `main-…css`, and the worker's
 * `gorun-worker-…_loader.js` (named by build/post-build.mjs). */
export const HASHED = /-[0-9a-f]{16}(_bg|_loader)?\.[a-z0-9]+$/;

/** Reads every file under `dir` into memory, with its brotli form and an ETag. */
function load(dir) {
  const files = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) { walk(full); continue; }
      const body = readFileSync(full);
      const ext = extname(name);
      const br = COMPRESSIBLE.has(ext)
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : null;
      const url = '/' + relative(dir, full).split(sep).join('/');
      const etag = '"' + createHash('sha1').update(body).digest('hex').slice(0, 20) + '"';
      files.set(url, { body, br, etag, type: MIME[ext] || 'application/octet-stream', hashed: HASHED.test(name) });
    }
  };
  walk(dir);
  return files;
}

/**
 * Starts the server on 127.0.0.1 (`port` 0 picks a free one). Resolves to
 * `{ server, url, files, reload() }`; `reload()` rereads `dir` (a new deploy).
 */
export async function serveCdn({ dir = DIST, port = 0 } = {}) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No release bundle in ${dir}: build it with \`make release\`.`);
  }
  let files = load(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const f = files.get(path === '/' ? '/index.html' : path);
    if (!f) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const headers = {
      'content-type': f.type,
      'cache-control': f.hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: f.etag,
      vary: 'accept-encoding',
    };
    if (req.headers['if-none-match'] === f.etag) { res.writeHead(304, headers).end(); return; }
    const useBr = f.br && /\bbr\b/.test(req.headers['accept-encoding'] || '');
    const body = useBr ? f.br : f.body;
    if (useBr) headers['content-encoding'] = 'br';
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { server, url, get files() { return files; }, reload() { files = load(dir); } };
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  const { url } = await serveCdn({ port: Number(process.argv[2] || 8090) });
  console.log(`serving ${DIST} as a CDN would (brotli, long cache for hashed files) on ${url}`);
}
