// The page's state lives in its address: #/view/arg…?param=…, so that every view is a permalink.
// The time window (since, until) and the selection (actor) are shared: they travel with every link
// from one view to another. A view's own state (the map's zoom, the slider, a table's sort) is
// written back with replaceState, which does not re-draw the view.

export const SHARED = ['since', 'until', 'actor'];

/** {view, args, params} of the current address. */
export function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [view, ...args] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return {view: view || 'map', args, params: Object.fromEntries(new URLSearchParams(query))};
}

/** The shared part of the current state. */
export function shared() {
  const p = route().params;
  return Object.fromEntries(SHARED.filter((k) => p[k]).map((k) => [k, p[k]]));
}

/**
 * The address of a view: the shared state is carried along unless `params` says otherwise
 * (a null value drops a parameter).
 */
export function href(view, args = [], params = {}, {carry = true} = {}) {
  const merged = {...(carry ? shared() : {}), ...params};
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  }
  const path = [view, ...args].map(encodeURIComponent).join('/');
  const qs = q.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

/** Goes to a view (a new history entry, the view re-drawn). */
export function go(view, args, params, options) {
  location.hash = href(view, args, params, options);
}

/** Changes the current view's parameters. With redraw false, only the address changes. */
export function update(params, {redraw = true} = {}) {
  const r = route();
  const next = href(r.view, r.args, {...r.params, ...params}, {carry: false});
  if (redraw) location.hash = next;
  else history.replaceState(null, '', next);
}

/** Dates the API takes: YYYY, YYYY-MM or YYYY-MM-DD. */
export function validDate(v) {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v);
}
