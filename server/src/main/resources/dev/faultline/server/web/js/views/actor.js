// One actor (/api/actors/{id}): what it belongs to, its names, the offices held in it or by it over
// time, its allies and enemies per period, its relations with their sources, what the reports say
// of its forces, and its events in the window.

import {h, s, replace, note, spinner, panel} from '../dom.js';
import {get, getAll, getOrNull} from '../api.js';
import {update, href} from '../state.js';
import {actorLink, actorName, dateText, placeText, credBadge, num, personnelText} from '../model.js';
import {relationVerb} from './evidence.js';
import {table as eventsTable} from './events.js';

export async function render(root, r) {
  const id = r.args[0];
  const p = r.params;
  if (!id) {
    root.append(note('Which actor? Pick one under Actors.'));
    return;
  }
  root.append(spinner());
  const a = await getOrNull(`/api/actors/${encodeURIComponent(id)}`);
  if (!a) {
    replace(root, note(`There is no actor “${id}” in the analysed reports.`, 'error'), h('p', null, h('a', {href: href('actors', [], {q: id})}, 'Search the actors →')));
    return;
  }
  const me = a.actor;
  document.title = `${me.name} · Faultline`;
  const eventsBox = h('div', null, spinner());
  const battleBox = h('div');
  replace(root,
    h('div', {class: 'page-head'}, h('h1', null, me.name || me.id),
      h('span', {class: 'sub'}, [me.kind, me.country, me.sector].filter(Boolean).join(' · '), ' · ', h('span', {class: 'mono'}, me.id),
        me.origin === 'derived' ? ' · not in the knowledge base' : ''),
      h('span', {class: 'spacer'}),
      h('div', {class: 'actions'},
        p.actor === me.id ? h('span', {class: 'badge'}, 'selected') : h('button', {type: 'button', on: {click: () => update({actor: me.id})}}, 'Select everywhere'),
        h('a', {href: href('events', [], {actor: me.id})}, 'Events'), h('a', {href: href('map', [], {actor: me.id})}, 'Map'),
        h('a', {href: href('network', [], {sel: me.id})}, 'Network'), h('a', {href: href('timeline', [], {actor: me.id})}, 'Timeline'))),
    h('div', {class: 'cols'},
      h('div', null, identityPanel(a), officesPanel(a, me)),
      h('div', null, alliesPanel(a, me), forcesPanel(a), battleBox)),
    relationsPanel(a, me),
    panel(`Events${p.since || p.until ? ` ${p.since || '…'} – ${p.until || '…'}` : ''}`, eventsBox));

  getAll('/api/order-of-battle', {by: 'year'}, 5000)
    .then((oob) => replace(battleBox, battlePanel(oob.items.filter((x) => x.actor.id === me.id || (x.actor.lineage || []).includes(me.id)))))
    .catch(() => replace(battleBox));
  const page = await get('/api/events', {actor: me.id, since: p.since, until: p.until, sort: '-date', limit: 25});
  replace(eventsBox, page.items.length ? h('div', {class: 'table-wrap'}, eventsTable(page.items)) : note('No event of this actor in the window.'),
  page.next ? h('p', null, h('a', {href: href('events', [], {actor: me.id, sort: '-date'})}, `all ${page.total ?? ''} events in the table →`)) : null);
}

function identityPanel(a) {
  const lineage = a.lineage || [];
  return panel('Who',
    h('dl', {class: 'kv'},
      h('dt', null, 'Belongs to'), h('dd', null, lineage.length > 1 ? lineage.map((x, i) => [i ? h('span', {class: 'arrow-sep'}, '›') : '', i === 0 ? h('strong', null, actorName(x)) : actorLink(x)]) : h('span', {class: 'muted'}, 'nothing above it')),
      h('dt', null, 'Mentions'), h('dd', null, `${num(a.mentions)}${a.articles ? ` in ${a.articles} article${a.articles > 1 ? 's' : ''}` : ''}`),
      h('dt', null, 'Named'), h('dd', null, h('div', {class: 'tags'}, [...new Set([...(a.aliases || []), ...(a.spellings || [])])].map((x) => h('span', {class: 'tag'}, x))))));
}

function officesPanel(a, me) {
  const offices = a.offices || [];
  if (!offices.length) return panel('Offices', note('The knowledge base records no office held in it or by it.'));
  return panel('Offices over time', gantt(offices, me), h('table', {class: 'data'},
    h('thead', null, h('tr', null, h('th', null, 'Office'), h('th', null, 'Holder'), h('th', null, 'From'), h('th', null, 'To'), h('th', null, 'Source'))),
    h('tbody', null, offices.map((o) => h('tr', null, h('td', null, o.office), h('td', null, actorLink(o.holder)), h('td', {class: 'nowrap'}, o.from || '…'),
      h('td', {class: 'nowrap'}, o.to || 'now'), h('td', {class: 'muted'}, o.citation || ''))))));
}

/** Offices as bars on a line of years. */
function gantt(offices, me) {
  const year = (d, fallback) => (d ? Number(d.slice(0, 4)) + (d.length >= 7 ? (Number(d.slice(5, 7)) - 1) / 12 : 0) : fallback);
  const now = new Date().getUTCFullYear() + new Date().getUTCMonth() / 12;
  const starts = offices.map((o) => year(o.from, null)).filter((v) => v !== null);
  const y0 = Math.floor(Math.min(...starts, now - 10));
  const y1 = Math.ceil(now);
  const W = 640;
  const left = 170;
  const rowH = 20;
  const H = offices.length * rowH + 24;
  const xOf = (y) => left + ((y - y0) / Math.max(1, y1 - y0)) * (W - left - 10);
  const svg = s('svg', {class: 'gantt', viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': 'offices over time'});
  const step = y1 - y0 > 30 ? 10 : 5;
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    svg.append(s('line', {class: 'axis', x1: xOf(y), x2: xOf(y), y1: 0, y2: H - 16}), s('text', {x: xOf(y), y: H - 4, 'text-anchor': 'middle'}, String(y)));
  }
  offices.forEach((o, i) => {
    const from = year(o.from, y0);
    const to = year(o.to, now);
    const y = i * rowH + 4;
    const holder = typeof o.holder === 'string' ? o.holder : o.holder?.id;
    const label = holder === me.id ? o.office : `${actorName(o.holder)}`;
    svg.append(s('text', {x: left - 6, y: y + 11, 'text-anchor': 'end'}, label.length > 28 ? `${label.slice(0, 27)}…` : label),
      s('rect', {x: xOf(from), y, width: Math.max(2, xOf(to) - xOf(from)), height: 13, rx: 2, fill: o.to ? '#74a9cf' : '#1c7ed6'},
        s('title', null, `${actorName(o.holder)}: ${o.office}, ${o.from || '…'} – ${o.to || 'now'}`)));
  });
  return svg;
}

function alliesPanel(a, me) {
  const rows = a.allies_over_time || [];
  if (!rows.length) return panel('Allies and enemies over time', note('No period with allies or enemies.'));
  const chips = (ids, cls) => (ids.length ? h('div', {class: 'tags'}, ids.map((x) => {
    const other = typeof x === 'string' ? x : x.id;
    return h('a', {class: `tag ${cls}`, href: href('dyad', [me.id, other]), title: `${me.id} and ${other} over time`}, typeof x === 'string' ? x : actorName(x));
  })) : h('span', {class: 'muted'}, '—'));
  return panel('Allies and enemies over time', h('table', {class: 'data'},
    h('thead', null, h('tr', null, h('th', null, 'Period'), h('th', null, 'In its bloc'), h('th', null, 'Hostile'))),
    h('tbody', null, rows.map((x) => h('tr', null, h('td', {class: 'nowrap'}, x.period), h('td', null, chips(x.allies || [], 'ally')), h('td', null, chips(x.enemies || [], 'enemy')))))));
}

function forcesPanel(a) {
  const forces = a.forces || [];
  if (!forces.length) return panel('Force claims', note('No report gives a size for its forces.'));
  return panel(`Force claims (${forces.length})`, h('table', {class: 'data'},
    h('thead', null, h('tr', null, ['Date', 'Force', 'Size', 'Where', 'Cred.', ''].map((x) => h('th', null, x)))),
    h('tbody', null, forces.map((f) => h('tr', null,
      h('td', {class: 'nowrap'}, dateText(f.date)), h('td', null, actorLink(f.actor)),
      h('td', {class: 'nowrap', title: f.text ? `“${f.text}”` : ''}, personnelText(f.personnel, f.estimate)),
      h('td', null, placeText(f.place)), h('td', null, credBadge(f.credibility)),
      h('td', null, h('a', {href: href('evidence', [], {claim: f.id})}, `${f.outlet || 'source'} →`)))))));
}

/** The order of battle the reports give for it and its units: lowest and highest figure per year and place. */
function battlePanel(rows) {
  if (!rows.length) return null;
  return panel('Order of battle, per year', h('table', {class: 'data'},
    h('thead', null, h('tr', null, ['Year', 'Force', 'Where', 'Personnel', 'Claims'].map((x) => h('th', null, x)))),
    h('tbody', null, rows.map((x) => h('tr', null,
      h('td', {class: 'nowrap'}, x.period), h('td', null, actorLink(x.actor)), h('td', null, placeText(x.place)),
      h('td', {class: 'nowrap num'}, x.low === x.high ? num(x.low) : `${num(x.low)} – ${num(x.high)}`),
      h('td', null, (x.claims || []).map((c, i) => [i ? ' ' : '', h('a', {href: href('evidence', [], {claim: c}), title: 'the claim and its sources'}, `#${i + 1}`)])))))));
}

function relationsPanel(a, me) {
  const rels = a.relations || [];
  if (!rels.length) return panel('Relations', note('No relation recorded.'));
  const sorted = [...rels].sort((x, y) => (x.basis === y.basis ? (y.from || '').localeCompare(x.from || '') : x.basis === 'knowledge' ? -1 : 1));
  return panel(`Relations (${rels.length})`, h('div', {class: 'table-wrap'}, h('table', {class: 'data'},
    h('thead', null, h('tr', null, ['Relation', 'When', 'Score', 'From', 'Sources'].map((x) => h('th', null, x)))),
    h('tbody', null, sorted.map((x) => {
      const ev = x.evidence || [];
      return h('tr', null,
        h('td', null, actorLink(x.a), ` ${relationVerb(x.type)} `, actorLink(x.b), x.rolled_up ? h('span', {class: 'badge', title: 'from the events of members'}, ' rolled up') : null),
        h('td', {class: 'nowrap'}, `${x.from || '…'} – ${x.to || 'now'}`),
        h('td', {class: 'num'}, x.basis === 'knowledge' ? '' : num(x.score)),
        h('td', null, x.basis === 'knowledge' ? 'knowledge base' : 'events'),
        h('td', null, ev.length ? h('a', {href: href('evidence', [], {relation: [x.type, x.a.id, x.b.id, x.from || ''].join(',').replace(/,$/, '')})}, `${ev.length} event${ev.length > 1 ? 's' : ''} →`)
          : h('span', {class: 'muted'}, x.citation || '')),
      );
    })))));
}
