// Context Lab's service worker: the lesson works offline after the first visit.
//
// build/post-build.mjs writes the build's id and its file list over the two placeholders below
// (a new deploy is a new sw.js, which the browser notices and installs beside the old one).
// The interpreter worker's files are left out of the install and cached in the same way when the
// playground first fetches them.
// Each build has its own cache, filled completely at install or not at all, and the pages a
// worker controls are served only from its own build's cache: a page is never a mix of two
// versions. The new worker waits until the page asks it to take over (the learner chose to
// reload) or until no page of the old version is open; then the old caches are deleted.
const BUILD = '__BUILD__';
const FILES = __FILES__;
// Files this build caches when first asked for (the interpreter worker, content-hashed by
// build/post-build.mjs), into the same per-build cache.
const ON_DEMAND = new Set(__ON_DEMAND__.map((f) => new URL(f, self.location).pathname));
const CACHE = `context-lab-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })));
      // index.html is not content-hashed: make sure the one fetched is this build's.
      const index = await (await cache.match('./')).text();
      if (!index.includes(`content="${BUILD}"`)) throw new Error(`index.html is not build ${BUILD}`);
    } catch (e) {
      await caches.delete(CACHE);
      throw e;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('context-lab-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page address is the one-page app: answer with this build's index.html.
    const hit = request.mode === 'navigate' ? await cache.match('./') : await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok && ON_DEMAND.has(new URL(request.url).pathname)) await cache.put(request, response.clone());
    return response;
  })());
});
