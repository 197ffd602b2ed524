// Offline use: the built site registers its service worker (dist/sw.js, made by
// build/offlinePlugin.ts), which keeps every file of the site after the first load. Not in
// development nor in tests, and never an error: without it the site works as before, online.

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    // Beside index.html, wherever the site is served from; it looks after that folder only.
    navigator.serviceWorker
      .register(new URL('./sw.js', document.baseURI), { scope: './' })
      .catch((error: unknown) => console.info('The site will not work offline:', error));
  };
  // After the page's own files have loaded: keeping them all must not slow the first start.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
