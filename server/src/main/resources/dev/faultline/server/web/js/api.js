// The REST API under /api. Every request carries the token when the page was opened with one
// (#token=…, kept in sessionStorage for the tab); server-sent events cannot carry headers, so
// their URLs carry it as ?access_token=.

const TOKEN_KEY = 'faultline.token';

/** Takes #token=… (or &token=… among a view's parameters) out of the address and keeps it. */
export function captureToken() {
  const hash = location.hash;
  const m = hash.match(/(^#|[?&])token=([^&]*)/);
  if (!m) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[2]));
  let rest = hash.replace(/(^#|[?&])token=[^&]*/, '$1').replace(/[?&]$/, '').replace('?&', '?');
  if (rest === '#' || rest === '') rest = '#/map';
  history.replaceState(null, '', location.pathname + location.search + rest);
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** /api/path?k=v with empty parameters left out. */
export function apiUrl(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  }
  const qs = q.toString();
  return path + (qs ? `?${qs}` : '');
}

function headers(extra = {}) {
  const t = token();
  return t ? {...extra, Authorization: `Bearer ${t}`} : extra;
}

async function check(res) {
  if (res.ok) return res;
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = await res.json();
    if (body && body.error) message = body.error;
  } catch { /* not JSON: keep the status line */ }
  if (res.status === 401) window.dispatchEvent(new CustomEvent('faultline:unauthorized', {detail: message}));
  throw new ApiError(res.status, message);
}

export async function get(path, params, options = {}) {
  const res = await fetch(apiUrl(path, params), {headers: headers({Accept: 'application/json'}), signal: options.signal});
  await check(res);
  return res.json();
}

/** GET that answers null for a 404 instead of failing. */
export async function getOrNull(path, params, options) {
  try {
    return await get(path, params, options);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Follows `next` cursors until `max` rows are read; answers {items, total, truncated}. */
export async function getAll(path, params, max = 5000, options = {}) {
  const items = [];
  let cursor = null;
  let total = null;
  do {
    const page = await get(path, {...params, limit: Math.min(1000, max - items.length), cursor}, options);
    items.push(...page.items);
    total = page.total ?? total;
    cursor = page.next;
  } while (cursor && items.length < max);
  return {items, total: total ?? items.length, truncated: Boolean(cursor)};
}

/** POST a JSON object or a FormData (multipart). */
export async function post(path, body) {
  const isForm = body instanceof FormData;
  const res = await fetch(path, {
    method: 'POST',
    headers: headers(isForm ? {Accept: 'application/json'} : {Accept: 'application/json', 'Content-Type': 'application/json'}),
    body: isForm ? body : JSON.stringify(body),
  });
  await check(res);
  return res.json();
}

/** An EventSource on a stream URL, with the token as ?access_token= when there is one. */
export function eventSource(path) {
  const t = token();
  const url = t ? apiUrl(path, {access_token: t}) : path;
  return new EventSource(url);
}

/** Fetches a file with the token and hands it to the browser as a download. */
export async function download(path, filename, params) {
  const res = await fetch(apiUrl(path, params), {headers: headers()});
  await check(res);
  saveBlob(await res.blob(), filename);
}

export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
