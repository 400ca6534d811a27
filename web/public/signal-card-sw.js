// Keeps the last copy of the signal card for offline use on a phone. It handles exactly one URL, network first, and
// stores only successful answers; every other request passes untouched.
const CACHE = 'regie-signal-card-v1';
const CARD = '/api/v1/signal-card/offline';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await self.clients.claim();
      try {
        const response = await fetch(CARD, { credentials: 'same-origin' });
        if (response.ok) await (await caches.open(CACHE)).put(CARD, response);
      } catch {
        // Offline while activating: the next visit with a connection stores it.
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname !== CARD) return;
  event.respondWith(
    (async () => {
      try {
        const response = await fetch(event.request);
        if (response.ok) await (await caches.open(CACHE)).put(CARD, response.clone());
        return response;
      } catch {
        return (await caches.match(CARD)) ?? Response.error();
      }
    })(),
  );
});
