// The events table: every filter of /api/events, sortable by date and credibility, paged with the
// server's cursor, exportable as CSV (built here, for the filters) or as the server's exports.

import {h, replace, note, spinner, clip} from '../dom.js';
import {get, getAll, download, saveBlob, ApiError} from '../api.js';
import {update, href, go, validDate} from '../state.js';
import {TYPES, typeChip, actorLinks, dateText, dateTitle, placeText, credBadge, num} from '../model.js';
import {eventsCsv} from '../csv.js';
import * as live from '../live.js';

const FILTERS = ['actor', 'type', 'since', 'until', 'outlet', 'bbox', 'min_credibility', 'q', 'sort', 'limit'];
const CSV_MAX = 20000;
export const EXPORTS = [['events.csv', 'events.csv', 'Events, CSV (all)'], ['events.jsonl', 'events.jsonl', 'Events, JSON Lines'],
  ['geojson', 'events.geojson', 'Events, GeoJSON'], ['gdelt', 'events.gdelt.tsv', 'Events, GDELT TSV'],
  ['plover', 'events.plover.jsonl', 'Events, PLOVER JSON'], ['graphml', 'relations.graphml', 'Relations, GraphML']];
const cursors = []; // the cursors of the pages before this one, for "previous"
let cursorsKey = '';

export async function render(root, r) {
  document.title = 'Events · Faultline';
  const p = r.params;
  const query = Object.fromEntries(FILTERS.filter((k) => p[k]).map((k) => [k, p[k]]));
  const key = JSON.stringify(query);
  if (key !== cursorsKey) { cursors.length = 0; cursorsKey = key; }

  root.append(filterForm(p));
  const banner = h('div', {class: 'banner', hidden: true});
  const status = h('div', {class: 'pager'});
  const body = h('div', {class: 'table-wrap'}, spinner('Loading events…'));
  root.append(banner, status, body);

  let page;
  try {
    page = await get('/api/events', {...query, cursor: p.cursor, limit: p.limit || 100});
  } catch (e) {
    replace(body, note(e instanceof ApiError && e.status === 400 ? `The server refused these filters: ${e.message}` : `The server answered: ${e.message}`, 'error'));
    return undefined;
  }
  const start = cursors.length * Number(p.limit || 100);
  replace(status,
    h('span', null, page.items.length ? `Events ${start + 1}–${start + page.items.length}` : 'No events',
      page.total !== null && page.total !== undefined ? ` of ${page.total.toLocaleString('en')}` : ''),
    h('button', {type: 'button', disabled: !p.cursor, on: {click: () => { cursors.length = 0; update({cursor: null}); }}}, '« First'),
    h('button', {type: 'button', disabled: !p.cursor, on: {click: () => update({cursor: cursors.pop() || null})}}, '‹ Previous'),
    h('button', {type: 'button', disabled: !page.next, on: {click: () => { cursors.push(p.cursor || null); update({cursor: page.next}); }}}, 'Next ›'),
    h('span', {class: 'spacer'}),
    csvButton(query, page.total),
    exportMenu());
  replace(body, table(page.items, p.sort || 'date'));

  let fresh = 0;
  const off = live.subscribe((kind) => {
    if (kind !== 'event') return;
    fresh++;
    replace(banner, `${fresh} new event${fresh > 1 ? 's' : ''} stored since this page was drawn.`,
      h('button', {type: 'button', on: {click: () => window.dispatchEvent(new HashChangeEvent('hashchange'))}}, 'Show'));
    banner.hidden = false;
  });
  return off;
}

function filterForm(p) {
  const field = (name, label, input) => {
    input.name = name;
    if (p[name]) input.value = p[name];
    return h('label', null, label, input);
  };
  const typeSel = h('select', null, h('option', {value: ''}, 'any'), TYPES.map((t) => h('option', {value: t.type}, t.type)));
  const credSel = h('select', null, h('option', {value: ''}, 'any'),
    [1, 2, 3, 4, 5, 6].map((n) => h('option', {value: String(n)}, `${n} or better`)));
  const sortSel = h('select', null, h('option', {value: 'date'}, 'date, oldest first'), h('option', {value: '-date'}, 'date, newest first'),
    h('option', {value: 'credibility'}, 'credibility, best first'), h('option', {value: '-credibility'}, 'credibility, worst first'));
  const limitSel = h('select', null, ['50', '100', '250', '500', '1000'].map((n) => h('option', {value: n}, n)));
  limitSel.value = '100';
  const form = h('form', {class: 'filters', autocomplete: 'off'},
    field('q', 'Text', h('input', {type: 'search', size: 16, placeholder: 'words in the sentence'})),
    field('actor', 'Actor (id, with its members)', h('input', {size: 16, placeholder: 'e.g. hezbollah'})),
    field('type', 'Type', typeSel),
    field('since', 'From', h('input', {size: 10, placeholder: 'YYYY-MM'})),
    field('until', 'To', h('input', {size: 10, placeholder: 'YYYY-MM'})),
    field('outlet', 'Outlet', h('input', {size: 14})),
    field('bbox', 'Box (w,s,e,n)', h('input', {size: 16, placeholder: '35,32,43,37'})),
    field('min_credibility', 'Credibility', credSel),
    field('sort', 'Order', sortSel),
    field('limit', 'Rows', limitSel),
    h('button', {type: 'submit', class: 'primary'}, 'Apply'),
    h('button', {type: 'button', class: 'link', on: {click: () => go('events', [], {}, {carry: false})}}, 'clear all'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    let bad = false;
    for (const k of ['since', 'until']) {
      const input = form.elements[k];
      const wrong = data[k] !== '' && !validDate(data[k]);
      input.classList.toggle('invalid', wrong);
      bad ||= wrong;
    }
    const bbox = form.elements.bbox;
    const wrongBox = data.bbox !== '' && !/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/.test(data.bbox.replace(/\s/g, ''));
    bbox.classList.toggle('invalid', wrongBox);
    if (bad || wrongBox) return;
    const params = Object.fromEntries(FILTERS.map((k) => [k, (data[k] || '').trim() || null]));
    if (params.sort === 'date') params.sort = null;
    if (params.limit === '100') params.limit = null;
    if (params.bbox) params.bbox = params.bbox.replace(/\s/g, '');
    update({...params, cursor: null});
  });
  return form;
}

/** The events table: with `sort`, its date and credibility headers sort the view. */
export function table(rows, sort = null) {
  if (rows.length === 0) return note('No event matches these filters.');
  return h('table', {class: 'data'}, head(sort), h('tbody', null, rows.map((e) => row(e))));
}

/** The table's head alone, for tables that fill as events arrive. */
export function head(sort = null) {
  const sortHead = (label, field) => {
    if (!sort) return h('th', {class: 'nowrap'}, label);
    const active = sort.replace('-', '') === field;
    const next = active && !sort.startsWith('-') ? `-${field}` : field;
    return h('th', {class: 'sortable nowrap', title: `sort by ${field}`, on: {click: () => update({sort: next === 'date' ? null : next, cursor: null})}},
      label, active ? h('span', {class: 'arrow'}, sort.startsWith('-') ? ' ▼' : ' ▲') : null);
  };
  return h('thead', null, h('tr', null, sortHead('Date', 'date'), h('th', null, 'Type'), h('th', null, 'Source'), h('th', null, ''),
    h('th', null, 'Target'), h('th', null, 'Place'), h('th', null, 'Outlet'), sortHead('Cred.', 'credibility'),
    h('th', {class: 'num', title: 'reports that tell it'}, 'Corr.'), h('th', {class: 'num', title: 'the coder\'s confidence'}, 'Conf.'),
    h('th', null, 'Sentence')));
}

export function row(e, fresh = false) {
  const tr = h('tr', {class: fresh ? 'clickable new' : 'clickable', title: 'open the evidence', dataset: {id: e.id}},
    h('td', {class: 'nowrap', title: dateTitle(e.date)}, dateText(e.date)),
    h('td', null, typeChip(e.type)),
    h('td', null, actorLinks(e.source)),
    h('td', {class: 'muted'}, '→'),
    h('td', null, actorLinks(e.target)),
    h('td', {title: e.location?.precision || ''}, placeText(e.location)),
    h('td', null, e.outlet || '—'),
    h('td', null, credBadge(e.credibility)),
    h('td', {class: 'num'}, num(e.corroboration)),
    h('td', {class: 'num'}, num(e.confidence)),
    h('td', {class: 'sentence'}, clip(e.text, 200)));
  tr.addEventListener('click', (ev) => {
    if (ev.target.closest('a')) return;
    go('evidence', [], {event: e.id});
  });
  return tr;
}

function csvButton(query, total) {
  const btn = h('button', {type: 'button', title: `the events these filters select, up to ${CSV_MAX.toLocaleString('en')}`}, 'CSV of this selection');
  btn.addEventListener('click', async () => {
    btn.disabled = true;
    btn.textContent = 'Preparing CSV…';
    try {
      const all = await getAll('/api/events', query, CSV_MAX);
      saveBlob(new Blob([eventsCsv(all.items)], {type: 'text/csv;charset=utf-8'}), 'faultline-events.csv');
      btn.textContent = all.truncated ? `CSV: first ${all.items.length} of ${total}` : 'CSV of this selection';
    } catch (e) {
      btn.textContent = `CSV failed: ${e.message}`;
    } finally {
      btn.disabled = false;
    }
  });
  return btn;
}

export function exportMenu() {
  const sel = h('select', {'aria-label': 'download an export of the whole store'},
    h('option', {value: ''}, 'Export the whole store…'), EXPORTS.map(([fmt, , label]) => h('option', {value: fmt}, label)));
  sel.addEventListener('change', async () => {
    const hit = EXPORTS.find(([fmt]) => fmt === sel.value);
    sel.value = '';
    if (!hit) return;
    try {
      await download(`/api/exports/${hit[0]}`, hit[1]);
    } catch (e) {
      sel.options[0].textContent = `Export failed: ${e.message}`;
    }
  });
  return sel;
}

