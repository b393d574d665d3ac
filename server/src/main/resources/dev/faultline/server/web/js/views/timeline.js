// The timeline of cooperation and conflict per period (/api/timeline?by&actor&since&until), drawn
// with uPlot, ruptures marked on it. Drag across the chart to set the time window; click a period
// for its events. Below: the ruptures and the blocs per period, each leading to its evidence.

import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
import {h, replace, note, spinner, panel} from '../dom.js';
import {get, getAll} from '../api.js';
import {update, href, go} from '../state.js';
import {actorLink, actorName, num, periodStart, periodRange, periodWindow, COOPERATION, CONFLICT, BALANCE} from '../model.js';
import {BLOC_COLOURS} from './network.js';

const RUPTURE = '#e67700';

export async function render(root, r) {
  document.title = 'Timeline · Faultline';
  const p = r.params;
  const by = ['month', 'quarter', 'year'].includes(p.by) ? p.by : 'month';
  const bySel = h('select', {'aria-label': 'period'}, ['month', 'quarter', 'year'].map((b) => h('option', {value: b}, `per ${b}`)));
  bySel.value = by;
  bySel.addEventListener('change', () => update({by: bySel.value === 'month' ? null : bySel.value}));
  const chartBox = h('div', {class: 'chart'}, spinner('Loading the timeline…'));
  root.append(
    h('div', {class: 'page-head'}, h('h1', null, 'Cooperation and conflict'),
      h('span', {class: 'sub'}, p.actor ? ['events of ', actorLink(p.actor), ' and its members'] : 'all events', p.since || p.until ? `, ${p.since || '…'} – ${p.until || '…'}` : ''),
      h('span', {class: 'spacer'}), bySel),
    panel(null, chartBox, h('p', {class: 'muted'}, 'Bars: cooperation above the line, conflict below (Goldstein scores weighted by credibility); the line is their balance, the grey line the number of events. Orange marks are ruptures. Drag across the chart to set the time window; click a period for its events.')));
  const lower = h('div', {class: 'cols'});
  root.append(lower);

  const [tl, blocs] = await Promise.all([
    get('/api/timeline', {by, actor: p.actor, since: p.since, until: p.until}),
    getAll('/api/blocs', {by: by === 'month' ? 'year' : by}, 500).catch(() => ({items: []})),
  ]);
  const rows = Array.isArray(tl) ? tl : tl.items;
  const ruptures = (tl.ruptures || []);
  replace(lower, rupturesPanel(ruptures, by), blocsPanel(blocs.items, p));
  if (!rows.length) {
    replace(chartBox, note('No dated event in this window.'));
    return undefined;
  }

  // every period between the first and the last, so that quiet periods show as gaps in the bars
  const byPeriod = new Map(rows.map((x) => [x.period, x]));
  const periods = periodRange(rows[0].period, rows[rows.length - 1].period, 2000);
  const xs = periods.map(periodStart);
  const coop = periods.map((q) => byPeriod.get(q)?.cooperation ?? null);
  const conf = periods.map((q) => byPeriod.get(q)?.conflict ?? null);
  const bal = periods.map((q) => (byPeriod.has(q) ? round((byPeriod.get(q).cooperation || 0) + (byPeriod.get(q).conflict || 0)) : null));
  const count = periods.map((q) => byPeriod.get(q)?.events ?? 0);
  const marks = ruptures.map((x) => ({t: periodStart(x.period), label: `${actorName(x.a)} – ${actorName(x.b)}`}));

  const pad = xs.length > 1 ? ((xs[xs.length - 1] - xs[0]) / (xs.length - 1)) * 0.7 : 86400 * 20;
  const bars = uPlot.paths.bars({size: [0.7, 40], align: 0});
  let dragged = false;
  const width = () => Math.max(400, chartBox.clientWidth);
  const opts = {
    width: width(), height: 320,
    scales: {x: {time: true, range: (u, min, max) => [min - pad, max + pad]}, n: {range: (u, min, max) => [0, Math.max(4, max * 1.15)]}},
    axes: [{stroke: '#52606d', grid: {stroke: '#eef1f4'}},
      {stroke: '#52606d', grid: {stroke: '#eef1f4'}, label: 'weighted Goldstein', labelSize: 18},
      {scale: 'n', side: 1, stroke: '#9aa5b1', grid: {show: false}, label: 'events', labelSize: 18}],
    series: [
      {value: (u, v) => (v === null ? '—' : periods[xs.indexOf(v)] || '')},
      {label: 'cooperation', stroke: COOPERATION, fill: 'rgba(43,138,62,.55)', paths: bars, points: {show: false}, value: (u, v) => num(v)},
      {label: 'conflict', stroke: CONFLICT, fill: 'rgba(201,42,42,.55)', paths: bars, points: {show: false}, value: (u, v) => num(v)},
      {label: 'balance', stroke: BALANCE, width: 2, spanGaps: false, points: {size: 5}, value: (u, v) => num(v)},
      {label: 'events', stroke: '#adb5bd', width: 1.5, scale: 'n', dash: [4, 3], points: {show: false}, value: (u, v) => num(v)},
    ],
    cursor: {drag: {x: true, y: false}},
    hooks: {
      draw: [(u) => drawRuptures(u, marks)],
      setSelect: [(u) => {
        if (u.select.width < 8) return;
        const i0 = u.posToIdx(u.select.left);
        const i1 = u.posToIdx(u.select.left + u.select.width);
        dragged = true;
        const a = periodWindow(periods[Math.max(0, i0)]);
        const b = periodWindow(periods[Math.min(periods.length - 1, i1)]);
        update({since: a.since, until: b.until});
      }],
    },
  };
  chartBox.replaceChildren();
  const plot = new uPlot(opts, [xs, coop, conf, bal, count], chartBox);
  plot.over.addEventListener('click', () => {
    if (dragged) { dragged = false; return; }
    const i = plot.cursor.idx;
    if (i === null || i === undefined || !count[i]) return;
    go('events', [], periodWindow(periods[i]));
  });
  const onResize = () => plot.setSize({width: width(), height: 320});
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    plot.destroy();
  };
}

function round(v) {
  return Math.round(v * 100) / 100;
}

function drawRuptures(u, marks) {
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = RUPTURE;
  ctx.fillStyle = RUPTURE;
  ctx.lineWidth = 2 * devicePixelRatio;
  ctx.setLineDash([5 * devicePixelRatio, 4 * devicePixelRatio]);
  ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
  const seen = new Map();
  for (const m of marks) {
    const x = Math.round(u.valToPos(m.t, 'x', true));
    if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
    const n = seen.get(x) || 0;
    seen.set(x, n + 1);
    if (n === 0) {
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
    }
    ctx.fillText(`⟂ ${m.label}`, x + 4 * devicePixelRatio, u.bbox.top + (12 + n * 13) * devicePixelRatio);
  }
  ctx.restore();
}

function rupturesPanel(ruptures, by) {
  if (!ruptures.length) return panel('Ruptures', note('No relation turned against its baseline in this window.'));
  return panel(`Ruptures (${ruptures.length})`, h('table', {class: 'data'},
    h('thead', null, h('tr', null, h('th', null, 'Period'), h('th', null, 'Pair'), h('th', {class: 'num'}, 'Before'), h('th', {class: 'num'}, 'After'),
      h('th', {class: 'num'}, 'p'), h('th', null, 'Evidence'))),
    h('tbody', null, ruptures.map((x) => h('tr', null,
      h('td', {class: 'nowrap'}, x.period),
      h('td', null, actorLink(x.a), ' – ', actorLink(x.b), ' ', h('a', {href: href('dyad', [x.a.id, x.b.id], {by}), title: 'the pair period by period'}, '↗')),
      h('td', {class: 'num'}, num(x.before)), h('td', {class: 'num'}, num(x.after)),
      h('td', {class: 'num'}, x.p_value === null || x.p_value === undefined ? '—' : Number(x.p_value).toFixed(3)),
      h('td', null, h('a', {href: href('evidence', [], {rupture: [x.a.id, x.b.id, x.period].join(','), by})}, `${(x.evidence || []).length} events →`)))))));
}

function blocsPanel(blocs, p) {
  const shown = blocs.filter((b) => (!p.since || b.period >= p.since.slice(0, b.period.length)) && (!p.until || b.period <= p.until.slice(0, b.period.length)));
  if (!shown.length) return panel('Blocs', note('No bloc in this window.'));
  return panel('Blocs per period', h('table', {class: 'data'},
    h('thead', null, h('tr', null, h('th', null, 'Period'), h('th', null, 'Groups (actors that cooperate more than they fight)'))),
    h('tbody', null, shown.map((b) => h('tr', null,
      h('td', {class: 'nowrap'}, h('a', {href: href('network', [], {since: b.period, until: b.period}), title: 'the network of this period'}, b.period)),
      h('td', null, h('div', {class: 'tags'}, b.groups.map((g, i) => {
        const t = h('span', {class: 'tag group'}, g.map((id, j) => [j ? ', ' : '', h('a', {href: href('actor', [id])}, id)]));
        t.style.borderLeft = `3px solid ${BLOC_COLOURS[i % BLOC_COLOURS.length]}`;
        return t;
      }))))))));
}
