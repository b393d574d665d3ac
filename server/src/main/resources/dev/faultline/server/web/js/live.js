// The store's live feed: /api/stream sends every new event (`event`) and each change of the
// store's revision (`revision`). Views subscribe while they are shown.

import {eventSource} from './api.js';

const listeners = new Set();
let source = null;
let state = 'off';
const stateListeners = new Set();

/** Opens the stream once; the browser reconnects by itself when it drops. */
export function start() {
  if (source) return;
  source = eventSource('/api/stream');
  source.addEventListener('open', () => setState('live'));
  source.addEventListener('error', () => setState(source.readyState === EventSource.CLOSED ? 'off' : 'reconnecting'));
  for (const kind of ['event', 'revision']) {
    source.addEventListener(kind, (m) => {
      let data;
      try {
        data = JSON.parse(m.data);
      } catch {
        return;
      }
      for (const fn of listeners) fn(kind, data);
    });
  }
}

/** Restarts the stream (after the token changed). */
export function restart() {
  source?.close();
  source = null;
  start();
}

function setState(s) {
  state = s;
  for (const fn of stateListeners) fn(s);
}

/** fn(kind, data) for every message; answers a function that unsubscribes. */
export function subscribe(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function onState(fn) {
  stateListeners.add(fn);
  fn(state);
  return () => stateListeners.delete(fn);
}
