// The service worker: keeps every file of the built site so that it works offline after its
// first load. The build (build/offlinePlugin.ts) turns this file into dist/sw.js and puts two
// constants in front of it: the build's file list and a version hashed from those files.
//
// A classic script, not a module (no import or export), so that every browser with service
// workers can run it. Every URL is relative to the worker's own location: the site may be
// served from any sub-path of a static host.

/** The build's files, relative to sw.js: index.html, every chunk (the worker's too), assets. */
declare const __PRECACHE__: readonly string[];
/** A hash of the build's file names and contents: a new build, a new cache. */
declare const __CACHE_VERSION__: string;

const sw = self as unknown as ServiceWorkerGlobalScope;
// One origin may host the site at several paths: each scope keeps (and clears) its own caches.
const CACHE_PREFIX = `kafkasim ${sw.registration.scope} `;
const CACHE_NAME = CACHE_PREFIX + __CACHE_VERSION__;
const INDEX_URL = new URL('index.html', sw.location.href).href;
/** Where the meta cache keeps the name of the current build's cache. */
const META_URL = new URL('kafkasim-current-cache', sw.location.href).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      // Past the HTTP cache: the files must be this build's, not an older copy.
      await cache.addAll(
        __PRECACHE__.map(
          (path) => new Request(new URL(path, sw.location.href), { cache: 'reload' }),
        ),
      );
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The build before this one stays one generation more: a tab still running it (open across
      // a deploy) can load its lazy chunks and lessons from there after the host dropped them.
      const meta = await caches.open(`${CACHE_PREFIX}meta`);
      const before = await (await meta.match(META_URL))?.text();
      await meta.put(META_URL, new Response(CACHE_NAME));
      const keep = new Set([CACHE_NAME, `${CACHE_PREFIX}meta`, before ?? CACHE_NAME]);
      const names = await caches.keys();
      const stale = names.filter((name) => name.startsWith(CACHE_PREFIX) && !keep.has(name));
      await Promise.all(stale.map((name) => caches.delete(name)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});

/** A page: the network's when it answers (a new build shows at once), else the kept index.html. */
async function networkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const kept = await (await caches.open(CACHE_NAME)).match(INDEX_URL);
    if (!kept) throw error;
    // A host that redirects /index.html to / gave a redirected response, which a navigation may
    // not be answered with: the same page, as a fresh response.
    return kept.redirected
      ? new Response(await kept.blob(), { status: 200, headers: kept.headers })
      : kept;
  }
}

/** Anything else: the kept copy, else the network's (kept for next time if it is a plain 200). */
async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  // Any kept build's copy: hashed names never change content, and an older tab needs its own.
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  // Never an opaque, redirected-away or error response, nor a partial (206) one.
  if (response.status === 200 && response.type === 'basic')
    await cache.put(request, response.clone());
  return response;
}
