// How the page shows the model's values: PLOVER types, actors, dates, places, credibility.

import {h} from './dom.js';
import {href} from './state.js';

// PLOVER's 16 event types, cooperative (cool colours) then conflictual (warm), with the quad class
// that colours clusters and charts.
export const TYPES = [
  ['AGREE', '#1c7ed6', 'verbal cooperation'], ['CONSULT', '#74c0fc', 'verbal cooperation'],
  ['SUPPORT', '#4263eb', 'verbal cooperation'], ['CONCEDE', '#91a7ff', 'verbal cooperation'],
  ['REQUEST', '#66d9e8', 'verbal cooperation'], ['COOPERATE', '#2f9e44', 'material cooperation'],
  ['AID', '#69db7c', 'material cooperation'], ['RETREAT', '#0ca678', 'material cooperation'],
  ['ACCUSE', '#ffc078', 'verbal conflict'], ['REJECT', '#f59f00', 'verbal conflict'],
  ['THREATEN', '#e8590c', 'verbal conflict'], ['PROTEST', '#da77f2', 'verbal conflict'],
  ['SANCTION', '#ae3ec9', 'material conflict'], ['MOBILIZE', '#7048e8', 'material conflict'],
  ['COERCE', '#d6336c', 'material conflict'], ['ASSAULT', '#c92a2a', 'material conflict'],
].map(([type, colour, family]) => ({type, colour, family}));

const BY_TYPE = new Map(TYPES.map((t) => [t.type, t]));

export const COOPERATION = '#2b8a3e';
export const CONFLICT = '#c92a2a';
export const BALANCE = '#1f2933';

export function typeColour(type) {
  return BY_TYPE.get(type)?.colour ?? '#868e96';
}

export function isConflict(type) {
  return (BY_TYPE.get(type)?.family ?? '').includes('conflict');
}

/** A small coloured label of an event type. */
export function typeChip(type) {
  const el = h('span', {class: 'type-chip', title: BY_TYPE.get(type)?.family ?? ''}, type || '—');
  el.style.setProperty('--c', typeColour(type));
  return el;
}

/** An actor reference (object or bare id) as a link to its page. */
export function actorLink(ref) {
  if (!ref) return null;
  const id = typeof ref === 'string' ? ref : ref.id;
  const name = typeof ref === 'string' ? ref : (ref.name || ref.id);
  const title = typeof ref === 'string' ? id
    : [id, ref.kind, ref.country, ref.sector, ref.text && ref.text !== name ? `“${ref.text}”` : null].filter(Boolean).join(' · ');
  return h('a', {class: 'actor', href: href('actor', [id]), title}, name);
}

/** A list of actor references as links separated by commas. */
export function actorLinks(refs) {
  if (!refs || refs.length === 0) return h('span', {class: 'muted'}, '—');
  const out = h('span', {class: 'actors'});
  refs.forEach((r, i) => {
    if (i) out.append(', ');
    out.append(actorLink(r));
  });
  return out;
}

export function actorName(ref) {
  if (!ref) return '';
  return typeof ref === 'string' ? ref : (ref.name || ref.id);
}

/** A date object {value, precision, basis} or a bare value as text. */
export function dateText(d) {
  if (!d) return '—';
  if (typeof d === 'string') return d;
  return d.value + (d.estimated ? ' (est.)' : '');
}

export function dateTitle(d) {
  if (!d || typeof d === 'string') return '';
  return [d.precision && `precision: ${d.precision}`, d.basis && `from: ${d.basis}`].filter(Boolean).join(' · ');
}

export function placeText(loc) {
  if (!loc) return '—';
  return loc.name || [loc.lat, loc.lon].join(', ');
}

const NUM = new Intl.NumberFormat('en', {maximumFractionDigits: 2});

export function num(v) {
  return v === null || v === undefined ? '—' : NUM.format(v);
}

const CRED_LABELS = {1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'truth cannot be judged'};

/**
 * The credibility of a claim on the 1..6 scale (1 best) — with the outlet's reliability grade A..F
 * when known — as a badge: "E5".
 */
export function credBadge(credibility, grade, label) {
  if (credibility === null || credibility === undefined) return h('span', {class: 'muted'}, '—');
  const text = (grade || '') + credibility;
  const el = h('span', {class: `cred cred-${credibility}`, title: `${text}: ${label || CRED_LABELS[credibility] || ''}`}, text);
  return el;
}

export function credLabel(n) {
  return CRED_LABELS[n] || '';
}

/** The estimate words of a force size: at_least 25000 → "at least 25,000". */
export function personnelText(n, estimate) {
  if (n === null || n === undefined) return '—';
  const words = {at_least: 'at least ', at_most: 'at most ', about: 'about ', from: 'from ', to: 'down to ', exact: ''};
  return (words[estimate] ?? (estimate ? `${estimate} ` : '')) + NUM.format(n);
}

/** Periods: YYYY, YYYY-Qn, YYYY-MM (or a day) → the UTC time of their start, in seconds. */
export function periodStart(p) {
  const m = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})))?/.exec(p || '');
  if (!m) return null;
  const month = m[2] ? (Number(m[2]) - 1) * 3 : m[3] ? Number(m[3]) - 1 : 0;
  return Date.UTC(Number(m[1]), month, 1) / 1000;
}

/** The next period after p, at the same granularity. */
export function nextPeriod(p) {
  let m;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) return m[2] === '4' ? `${+m[1] + 1}-Q1` : `${m[1]}-Q${+m[2] + 1}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) return m[2] === '12' ? `${+m[1] + 1}-01` : `${m[1]}-${String(+m[2] + 1).padStart(2, '0')}`;
  if ((m = /^(\d{4})$/.exec(p))) return String(+m[1] + 1);
  return null;
}

/** The period before p, at the same granularity. */
export function prevPeriod(p) {
  let m;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) return m[2] === '1' ? `${+m[1] - 1}-Q4` : `${m[1]}-Q${+m[2] - 1}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) return m[2] === '01' ? `${+m[1] - 1}-12` : `${m[1]}-${String(+m[2] - 1).padStart(2, '0')}`;
  if ((m = /^(\d{4})$/.exec(p))) return String(+m[1] - 1);
  return null;
}

/** All periods from a to b inclusive (at most `cap`). */
export function periodRange(a, b, cap = 600) {
  const out = [];
  for (let p = a; p && p <= b && out.length < cap; p = nextPeriod(p)) out.push(p);
  return out;
}

/** The window a period covers, as the API's since/until: 2018-Q3 → 2018-07 … 2018-09. */
export function periodWindow(p) {
  const m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (!m) return {since: p, until: p};
  const first = (Number(m[2]) - 1) * 3 + 1;
  return {since: `${m[1]}-${String(first).padStart(2, '0')}`, until: `${m[1]}-${String(first + 2).padStart(2, '0')}`};
}

export function eventDate(e) {
  return e?.date?.value ?? null;
}
