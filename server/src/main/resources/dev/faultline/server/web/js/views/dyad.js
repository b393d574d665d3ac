// A pair of actors over time (/api/dyads/{a}/{b}?by): cooperation, conflict and their balance per
// period, the ruptures of the pair, its relations, and — for the period clicked — the events behind it.

import {h, s, replace, note, spinner, panel} from '../dom.js';
import {get, getOrNull, getAll} from '../api.js';
import {update, href} from '../state.js';
import {actorLink, actorName, num, periodRange, prevPeriod, nextPeriod, COOPERATION, CONFLICT, BALANCE} from '../model.js';
import {relationVerb, eventCards} from './evidence.js';

export async function render(root, r) {
  const [a, b] = r.args;
  const p = r.params;
  const by = ['month', 'quarter', 'year'].includes(p.by) ? p.by : 'month';
  if (!a || !b) {
    root.append(note('A dyad needs two actors: #/dyad/A/B.'));
    return;
  }
  root.append(spinner());
  const [d, rup, actorA] = await Promise.all([
    getOrNull(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, {by}),
    getAll('/api/ruptures', {by}, 5000).catch(() => ({items: []})),
    getOrNull(`/api/actors/${encodeURIComponent(a)}`).catch(() => null),
  ]);
  if (!d) {
    replace(root, note(`No dyad between “${a}” and “${b}”: one of them is not in the analysed reports.`, 'error'));
    return;
  }
  document.title = `${actorName(d.a)} ↔ ${actorName(d.b)} · Faultline`;
  const bySel = h('select', {'aria-label': 'period'}, ['month', 'quarter', 'year'].map((x) => h('option', {value: x}, `per ${x}`)));
  bySel.value = by;
  bySel.addEventListener('change', () => update({by: bySel.value === 'month' ? null : bySel.value, period: null}));
  const ruptures = rup.items.filter((x) => (x.a.id === a && x.b.id === b) || (x.a.id === b && x.b.id === a));
  const relations = (actorA?.relations || []).filter((x) => (x.a.id === a && x.b.id === b) || (x.a.id === b && x.b.id === a));
  const series = d.series || [];
  const behind = h('div');
  const totals = series.reduce((t, x) => ({events: t.events + x.events, balance: t.balance + (x.balance || 0)}), {events: 0, balance: 0});
  replace(root,
    h('div', {class: 'page-head'}, h('h1', null, actorLink(d.a), ' ↔ ', actorLink(d.b)),
      h('span', {class: 'sub'}, `${totals.events} events between them (either way, members' acts included), overall balance ${num(totals.balance)}`),
      h('span', {class: 'spacer'}), h('a', {href: href('dyad', [b, a], {by: p.by, period: p.period})}, 'swap'), bySel),
    panel(null, series.length ? chart(series, ruptures, p.period) : note('No event between them.'),
      h('p', {class: 'muted'}, 'Cooperation above the line, conflict below, the dots their balance; orange marks a rupture. Click a period for the events behind it.')),
    h('div', {class: 'cols'},
      panel('Per period', series.length ? h('table', {class: 'data'},
        h('thead', null, h('tr', null, ['Period', 'Events', 'Cooperation', 'Conflict', 'Balance', 'Evidence'].map((x) => h('th', null, x)))),
        h('tbody', null, series.map((x) => h('tr', {class: x.period === p.period ? 'new' : ''},
          h('td', {class: 'nowrap'}, h('a', {href: href('dyad', [a, b], {by: p.by, period: x.period})}, x.period)),
          h('td', {class: 'num'}, num(x.events)), h('td', {class: 'num'}, num(x.cooperation)), h('td', {class: 'num'}, num(x.conflict)),
          h('td', {class: 'num'}, h('strong', null, num(x.balance))),
          h('td', null, (x.evidence || []).length ? h('a', {href: href('evidence', [], {events: x.evidence.join(','), title: `${actorName(d.a)} ↔ ${actorName(d.b)}, ${x.period}`})}, `${x.evidence.length} →`) : '—')))))
        : note('No period.')),
      h('div', null,
        panel('Ruptures', ruptures.length ? h('ul', {class: 'reasons'}, ruptures.map((x) => h('li', null, `${x.period}: balance ${num(x.before)} → ${num(x.after)} `,
          h('a', {href: href('evidence', [], {rupture: [x.a.id, x.b.id, x.period].join(','), by})}, `${(x.evidence || []).length} events →`)))) : note('No rupture between them.')),
        panel('Relations', relations.length ? h('ul', {class: 'reasons'}, relations.map((x) => h('li', null,
          actorLink(x.a), ` ${relationVerb(x.type)} `, actorLink(x.b), `, ${x.from || '…'} – ${x.to || 'now'}`,
          x.basis === 'knowledge' ? h('span', {class: 'muted'}, ` (knowledge base${x.citation ? `: ${x.citation}` : ''})`) : h('span', {class: 'muted'}, `, score ${num(x.score)}${x.rolled_up ? ', rolled up' : ''}`)))) : note('No recorded relation.')))),
    behind);

  const chosen = series.find((x) => x.period === p.period);
  if (chosen) {
    const box = h('div', null, spinner());
    behind.append(panel(`The events behind ${chosen.period} (${chosen.evidence?.length || 0})`, box));
    await eventCards(box, chosen.evidence || []);
  }
}

/** Bars per period, gaps between periods kept; clicking a bar opens its events below. */
function chart(series, ruptures, selected) {
  const byPeriod = new Map(series.map((x) => [x.period, x]));
  // a few periods either side, so that a lone period reads as a moment in time
  let first = series[0].period;
  let last = series[series.length - 1].period;
  for (let i = 0; i < 3; i++) {
    first = prevPeriod(first) || first;
    last = nextPeriod(last) || last;
  }
  const periods = periodRange(first, last, 600);
  const W = 960;
  const H = 240;
  const left = 44;
  const right = 10;
  const top = 16;
  const bottom = 30;
  const max = Math.max(1, ...series.map((x) => Math.max(x.cooperation || 0, -(x.conflict || 0), Math.abs(x.balance || 0))));
  const yOf = (v) => top + ((max - v) / (2 * max)) * (H - top - bottom);
  const slot = (W - left - right) / periods.length;
  const xOf = (i) => left + i * slot + slot / 2;
  const bw = Math.max(3, Math.min(36, slot * 0.6));
  const svg = s('svg', {class: 'bars', viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': 'balance per period'});
  for (const v of [max, max / 2, 0, -max / 2, -max]) {
    svg.append(s('line', {x1: left, x2: W - right, y1: yOf(v), y2: yOf(v), stroke: v === 0 ? '#9aa5b1' : '#eef1f4'}),
      s('text', {x: left - 4, y: yOf(v) + 3, 'text-anchor': 'end'}, num(Math.round(v * 10) / 10)));
  }
  const every = Math.ceil(periods.length / 14);
  periods.forEach((q, i) => {
    if (i % every === 0) svg.append(s('text', {x: xOf(i), y: H - 10, 'text-anchor': 'middle'}, q));
    const x = byPeriod.get(q);
    if (!x) return;
    const bar = (v, colour) => s('rect', {class: `bar${q === selected ? ' selected' : ''}`, x: xOf(i) - bw / 2, width: bw,
      y: Math.min(yOf(v), yOf(0)), height: Math.max(1, Math.abs(yOf(v) - yOf(0))), fill: colour, 'fill-opacity': 0.7},
    s('title', null, `${q}: ${x.events} events, cooperation ${num(x.cooperation)}, conflict ${num(x.conflict)}, balance ${num(x.balance)}`));
    const g = s('g', null, x.cooperation ? bar(x.cooperation, COOPERATION) : null, x.conflict ? bar(x.conflict, CONFLICT) : null,
      s('circle', {cx: xOf(i), cy: yOf(x.balance || 0), r: 4, fill: BALANCE}));
    g.style.cursor = 'pointer';
    g.addEventListener('click', () => update({period: q}));
    svg.append(g);
  });
  for (const rp of ruptures) {
    const i = periods.indexOf(rp.period);
    if (i < 0) continue;
    const x = xOf(i) - slot / 2;
    svg.append(s('line', {x1: x, x2: x, y1: top - 6, y2: H - bottom, stroke: '#e67700', 'stroke-width': 2, 'stroke-dasharray': '5 4'}),
      s('text', {x: x + 4, y: top, fill: '#e67700'}, `rupture ${rp.period}`));
  }
  return svg;
}
