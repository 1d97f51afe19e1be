// Kilo Guardian's service worker (docs/notifications.md): shows the reminders the server pushes while
// the app is closed, and answers their "Taken" / "Snooze" buttons without opening it.
'use strict';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('push', event => {
  let message;
  try {
    message = event.data ? event.data.json() : null;
  } catch (unreadable) {
    message = null;
  }
  message = message || { title: 'Kilo Guardian', body: 'Something needs your attention.' };
  const buttons = Array.isArray(message.actions) ? message.actions : [];
  event.waitUntil(self.registration.showNotification(message.title, {
    body: message.body,
    tag: message.tag,
    icon: '/icons/kilo-192.png',
    badge: '/icons/kilo-192.png',
    // a dose stays on screen until it is answered
    requireInteraction: buttons.length > 0,
    actions: buttons,
    data: { url: message.url || '/', actionUrl: message.actionUrl || null, kind: message.kind || null }
  }));
});

self.addEventListener('notificationclick', event => {
  const notification = event.notification;
  const data = notification.data || {};
  notification.close();
  if (event.action && data.actionUrl) {
    event.waitUntil(act(data.actionUrl + '/' + event.action, notification.title));
    return;
  }
  event.waitUntil(openApp(data.url || '/'));
});

// The token in the URL is the credential. No cookie goes along ('omit'): a cookie-carrying POST to
// /api would need the page's CSRF header, which a service worker does not have.
async function act(url, title) {
  let response;
  try {
    response = await fetch(url, { method: 'POST', credentials: 'omit' });
  } catch (offline) {
    response = null;
  }
  if (response && response.ok) {
    return;
  }
  const reason = !response ? 'the app could not be reached'
    : response.status === 409 ? 'it was already answered'
    : response.status === 410 ? 'the buttons have expired'
    : 'the app answered ' + response.status;
  await self.registration.showNotification(title, {
    body: 'Not recorded: ' + reason + '. Open Kilo Guardian to take or snooze the dose.',
    tag: 'action-failed',
    icon: '/icons/kilo-192.png',
    data: { url: '/' }
  });
}

async function openApp(url) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows) {
    if (new URL(client.url).origin === self.location.origin && 'focus' in client) {
      return client.focus();
    }
  }
  return self.clients.openWindow(url);
}
