// The page: the header (views, the shared time window and selection, the live feed) and the router
// that draws the view the address names.

import {h, replace, debounce, note} from './dom.js';
import {captureToken, get, setToken, ApiError} from './api.js';
import {route, href, update, validDate} from './state.js';
import * as live from './live.js';
import * as map from './views/map.js';
import * as network from './views/network.js';
import * as timeline from './views/timeline.js';
import * as events from './views/events.js';
import * as evidence from './views/evidence.js';
import * as actor from './views/actor.js';
import * as actors from './views/actors.js';
import * as dyad from './views/dyad.js';
import * as upload from './views/upload.js';

const VIEWS = {map, network, timeline, events, evidence, actor, actors, dyad, upload};
const NAV = [['map', 'Map'], ['network', 'Network'], ['timeline', 'Timeline'], ['events', 'Events'],
  ['actors', 'Actors'], ['upload', 'Upload']];

const $ = (id) => document.getElementById(id);
let cleanup = null;
let drawn = 0;
let pending = 0;

async function draw() {
  const r = route();
  const view = VIEWS[r.view];
  // a fresh element per drawing: a view still loading when the address changed fills a detached one
  const root = document.createElement('main');
  root.id = 'view';
  $('view').replaceWith(root);
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
  pending = 0;
  showPending();
  syncHeader(r);
  const mine = ++drawn;
  root.className = `view view-${r.view}`;
  if (!view) {
    root.append(note(`There is no view “${r.view}”.`, 'error'));
    return;
  }
  try {
    const c = await view.render(root, r);
    if (mine === drawn) cleanup = c; else if (typeof c === 'function') c();
  } catch (e) {
    if (mine !== drawn) return;
    console.error(e);
    root.append(note(e instanceof ApiError ? `The server answered: ${e.message}` : `This view failed: ${e.message}`, 'error'));
  }
}

function syncHeader(r) {
  for (const [view] of NAV) {
    const a = $(`nav-${view}`);
    a.href = href(view, [], {});
    a.classList.toggle('active', r.view === view || (view === 'actors' && (r.view === 'actor' || r.view === 'dyad')));
  }
  $('since').value = r.params.since || '';
  $('until').value = r.params.until || '';
  $('window-clear').hidden = !(r.params.since || r.params.until);
  const chip = $('selection-chip');
  chip.replaceChildren();
  if (r.params.actor) {
    const label = h('a', {href: href('actor', [r.params.actor]), title: `the selected actor (${r.params.actor}): every view shows it`}, names.get(r.params.actor) || r.params.actor);
    if (!names.has(r.params.actor)) nameOf(r.params.actor).then((name) => { label.textContent = name; });
    chip.append(label,
      h('button', {type: 'button', class: 'x', title: 'clear the selection', on: {click: () => update({actor: null})}}, '×'));
  }
  chip.hidden = !r.params.actor;
}

const names = new Map();

/** An actor's name for the selection chip (its id until the listing answers). */
async function nameOf(id) {
  try {
    const page = await get('/api/actors', {q: id, limit: 10});
    const hit = page.items.find((row) => row.actor.id === id);
    names.set(id, hit ? hit.actor.name : id);
  } catch {
    names.set(id, id);
  }
  return names.get(id);
}

function setWindow() {
  const since = $('since').value.trim();
  const until = $('until').value.trim();
  for (const [el, v] of [[$('since'), since], [$('until'), until]]) {
    el.classList.toggle('invalid', v !== '' && !validDate(v));
  }
  if ((since && !validDate(since)) || (until && !validDate(until))) return;
  update({since: since || null, until: until || null, cursor: null});
}

function header() {
  const nav = $('nav');
  for (const [view, label] of NAV) nav.append(h('a', {id: `nav-${view}`, href: `#/${view}`}, label));
  for (const id of ['since', 'until']) {
    $(id).addEventListener('change', setWindow);
    $(id).addEventListener('keydown', (e) => { if (e.key === 'Enter') setWindow(); });
  }
  $('window-clear').addEventListener('click', () => update({since: null, until: null, cursor: null}));

  const pick = $('actor-pick');
  const options = $('actor-options');
  const suggest = debounce(async () => {
    const q = pick.value.trim();
    if (q.length < 2) return;
    try {
      const page = await get('/api/actors', {q, limit: 20});
      replace(options, page.items.map((row) => h('option', {value: row.actor.id}, `${row.actor.name} (${row.mentions})`)));
    } catch { /* suggestions are optional */ }
  }, 250);
  pick.addEventListener('input', suggest);
  pick.addEventListener('change', () => {
    const id = pick.value.trim();
    if (id) update({actor: id, cursor: null});
    pick.value = '';
  });

  $('live').addEventListener('click', () => draw());
  live.onState((s) => {
    $('live').dataset.state = s;
    $('live').title = {live: 'new events arrive live; click to re-draw the view', reconnecting: 'the live feed is reconnecting', off: 'no live feed'}[s];
    showPending();
  });
  live.subscribe((kind) => {
    if (kind === 'event') {
      pending++;
      showPending();
    }
    if (kind === 'revision') status();
  });
}

function showPending() {
  const el = $('live');
  const s = el.dataset.state || 'off';
  el.textContent = s === 'live' ? (pending ? `● ${pending} new` : '● live') : s === 'reconnecting' ? '○ reconnecting' : '○ offline';
}

async function status() {
  try {
    const s = await get('/api/status');
    $('store-status').textContent = `${s.articles} articles · ${s.events} events · ${s.actors} actors`;
    $('store-status').title = `store: ${s.store} · revision ${s.revision} · version ${s.version}`;
  } catch (e) {
    $('store-status').textContent = e instanceof ApiError && e.status === 401 ? 'token needed' : 'server unreachable';
  }
}

/** When the server wants a token the page was not opened with, ask for it. */
function askToken(message) {
  const box = $('notice');
  if (!box.hidden) return;
  const input = h('input', {type: 'password', autocomplete: 'off', placeholder: 'token', 'aria-label': 'token'});
  const form = h('form', {class: 'token-form', on: {submit: (e) => {
    e.preventDefault();
    setToken(input.value.trim());
    box.hidden = true;
    live.restart();
    status();
    draw();
  }}}, h('span', null, `This server needs its access token (${message}). Open the link you were given with #token=…, or paste it: `),
  input, h('button', {type: 'submit'}, 'Use'));
  replace(box, form);
  box.hidden = false;
}

function main() {
  captureToken();
  header();
  window.addEventListener('faultline:unauthorized', (e) => askToken(e.detail));
  window.addEventListener('hashchange', draw);
  if (!location.hash || location.hash === '#' || location.hash === '#/') history.replaceState(null, '', '#/map');
  status();
  live.start();
  draw();
}

main();
