// The network of actors in the time window (/api/network?since&until): signed, weighted edges —
// ally and hostile from the balance of events, command, membership and backing from the knowledge
// base and the reports — blocs as coloured groups with hulls, rolled-up edges dashed. Its own
// state in the address: hide (edge families turned off), min (least |score|), sel (a node or edge).

import {h, s, replace, note, spinner, panel} from '../dom.js';
import {get, getAll} from '../api.js';
import {update, href} from '../state.js';
import {num} from '../model.js';
import {layout, hull} from '../force.js';
import {relationVerb} from './evidence.js';

export const BLOC_COLOURS = ['#4263eb', '#e8590c', '#0ca678', '#ae3ec9', '#f08c00', '#1098ad', '#d6336c', '#5c940d'];
const FAMILIES = [
  ['events', 'ally / hostile from events', (e) => (e.type === 'ally' || e.type === 'hostile') && e.basis !== 'knowledge'],
  ['kb', 'ally / hostile in the knowledge base', (e) => (e.type === 'ally' || e.type === 'hostile') && e.basis === 'knowledge'],
  ['command', 'command, leadership, membership', (e) => ['commands', 'leads', 'member_of'].includes(e.type)],
  ['backing', 'backing and proxies', (e) => ['supports', 'proxy_of'].includes(e.type)],
  ['rolled', 'rolled up from members (dashed)', (e) => e.rolled_up],
];
const EDGE_COLOURS = {ally: '#2f9e44', hostile: '#e03131', commands: '#343a40', leads: '#343a40', member_of: '#adb5bd', supports: '#f08c00', proxy_of: '#f08c00'};
const DIRECTED = new Set(['commands', 'leads', 'member_of', 'supports', 'proxy_of']);
const MAX_NODES = 150;
let positions = new Map(); // kept between windows so that the picture moves, not reshuffles

export async function render(root, r) {
  document.title = 'Network · Faultline';
  const p = r.params;
  const hidden = new Set((p.hide || '').split(',').filter(Boolean));
  const minScore = Number(p.min || 0);
  const wrap = h('div', {class: 'net-wrap'});
  const details = h('section');
  const controls = h('section');
  const summary = h('section');
  const years = h('section');
  root.append(wrap, h('aside', {class: 'side'}, summary, details, controls, years));
  wrap.append(spinner('Loading the network…'));

  const [net, blocYears] = await Promise.all([
    get('/api/network', {since: p.since, until: p.until}),
    getAll('/api/blocs', {by: 'year'}, 200).catch(() => ({items: []})),
  ]);
  wrap.replaceChildren();

  drawYears(years, blocYears.items, p);
  const nodeById = new Map(net.nodes.map((n) => [n.id, n]));
  const keep = (e) => {
    for (const [key, , test] of FAMILIES) if (hidden.has(key) && test(e)) return false;
    if (e.basis !== 'knowledge' && Math.abs(e.score || 0) < minScore && (e.type === 'ally' || e.type === 'hostile')) return false;
    return nodeById.has(e.a) && nodeById.has(e.b);
  };
  let edges = net.edges.filter(keep);
  // the most present actors when there are too many to read (and to lay out quickly)
  const degree = new Map();
  for (const e of edges) for (const id of [e.a, e.b]) degree.set(id, (degree.get(id) || 0) + 1);
  let nodes = net.nodes.filter((n) => degree.has(n.id));
  const linkedCount = nodes.length;
  if (nodes.length > MAX_NODES) {
    const weight = (n) => (n.id === p.actor || n.id === p.sel ? Infinity : (n.mentions || 0) + 3 * degree.get(n.id));
    nodes = [...nodes].sort((x, y) => weight(y) - weight(x)).slice(0, MAX_NODES);
    const kept = new Set(nodes.map((n) => n.id));
    edges = edges.filter((e) => kept.has(e.a) && kept.has(e.b));
  }

  const box = wrap.getBoundingClientRect();
  const W = Math.max(600, box.width);
  const H = Math.max(400, box.height);
  positions = layout(nodes.map((n) => ({id: n.id, group: n.bloc, label: (n.name || n.id).length})),
    edges.map((e) => ({a: e.a, b: e.b, strength: e.basis === 'knowledge' ? 0.6 : 1})), W, H, positions);

  drawSummary(summary, net, nodes, edges, p, linkedCount);
  drawControls(controls, hidden, minScore);

  if (nodes.length === 0) {
    wrap.append(note(net.nodes.length ? 'No edge passes these filters.' : 'No relation in this window.'));
    return undefined;
  }

  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'network of actors'});
  const defs = s('defs');
  for (const [type, colour] of Object.entries(EDGE_COLOURS)) {
    if (!DIRECTED.has(type)) continue;
    defs.append(s('marker', {id: `arrow-${type}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse'},
      s('path', {d: 'M 0 1 L 9 5 L 0 9 z', fill: colour})));
  }
  const view = s('g');
  const hullLayer = s('g');
  const edgeLayer = s('g');
  const nodeLayer = s('g');
  view.append(hullLayer, edgeLayer, nodeLayer);
  svg.append(defs, view);
  wrap.append(svg);

  const radius = (n) => 5 + Math.min(11, Math.sqrt(n.mentions || 1) * 1.6);
  const colourOf = (n) => (n.bloc === null || n.bloc === undefined ? '#adb5bd' : BLOC_COLOURS[n.bloc % BLOC_COLOURS.length]);

  // several edges between one pair are drawn as arcs side by side
  const pairs = new Map();
  for (const e of edges) {
    const key = [e.a, e.b].sort().join('|');
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(e);
  }
  const edgeEls = [];
  for (const list of pairs.values()) {
    list.forEach((e, i) => {
      const colour = EDGE_COLOURS[e.type] || '#868e96';
      const width = e.basis === 'knowledge' ? 1.4 : 1.2 + Math.min(12, Math.abs(e.score || 0)) * 0.45;
      const path = s('path', {class: 'net-edge', stroke: colour, 'stroke-width': width, 'stroke-opacity': e.basis === 'knowledge' ? 0.55 : 0.85,
        'stroke-dasharray': e.rolled_up ? '6 4' : null, 'marker-end': DIRECTED.has(e.type) ? `url(#arrow-${e.type})` : null},
      s('title', null, edgeTitle(e, nodeById)));
      path.addEventListener('click', (ev) => { ev.stopPropagation(); select({edge: e}); });
      edgeEls.push({e, path, offset: (i - (list.length - 1) / 2) * 16});
      edgeLayer.append(path);
    });
  }
  const nodeEls = new Map();
  for (const n of nodes) {
    const rad = radius(n);
    const shape = n.kind === 'state' ? s('rect', {x: -rad, y: -rad, width: rad * 2, height: rad * 2, rx: 3})
      : n.kind === 'group' ? s('path', {d: `M0 ${-rad * 1.2} L${rad * 1.2} 0 L0 ${rad * 1.2} L${-rad * 1.2} 0 Z`})
        : s('circle', {r: n.kind === 'person' ? rad * 0.85 : rad});
    shape.setAttribute('fill', colourOf(n));
    shape.setAttribute('stroke', '#fff');
    shape.setAttribute('stroke-width', n.kind === 'person' ? 2.5 : 1.5);
    const g = s('g', {class: 'net-node'}, shape, s('text', {x: rad + 4, y: 4}, n.name || n.id),
      s('title', null, `${n.name} (${n.id}) · ${n.kind || ''}${n.country ? ` · ${n.country}` : ''}${n.bloc !== null && n.bloc !== undefined ? ` · bloc ${n.bloc + 1}` : ''}`));
    nodeEls.set(n.id, g);
    nodeLayer.append(g);
    dragNode(g, n);
  }

  function place() {
    for (const [id, g] of nodeEls) {
      const q = positions.get(id);
      g.setAttribute('transform', `translate(${q.x.toFixed(1)},${q.y.toFixed(1)})`);
    }
    for (const {e, path, offset} of edgeEls) {
      const a = positions.get(e.a);
      const b = positions.get(e.b);
      const rb = radius(nodeById.get(e.b)) + 2;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const mx = (a.x + b.x) / 2 - (dy / len) * offset;
      const my = (a.y + b.y) / 2 + (dx / len) * offset;
      // stop short of the target's shape so that the arrow shows
      const ex = b.x - ((b.x - mx) / (Math.hypot(b.x - mx, b.y - my) || 1)) * (DIRECTED.has(e.type) ? rb : 0);
      const ey = b.y - ((b.y - my) / (Math.hypot(b.x - mx, b.y - my) || 1)) * (DIRECTED.has(e.type) ? rb : 0);
      path.setAttribute('d', `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`);
    }
    hullLayer.replaceChildren();
    const groups = new Map();
    for (const n of nodes) {
      if (n.bloc === null || n.bloc === undefined) continue;
      if (!groups.has(n.bloc)) groups.set(n.bloc, []);
      groups.get(n.bloc).push(positions.get(n.id));
    }
    for (const [bloc, pts] of groups) {
      if (pts.length < 2) continue;
      const hp = hull(pts.map((q) => [q.x, q.y]));
      const colour = BLOC_COLOURS[bloc % BLOC_COLOURS.length];
      hullLayer.append(s('path', {class: 'hull', d: `M${hp.map((q) => q.map((v) => v.toFixed(1)).join(',')).join(' L')} Z`,
        fill: colour, 'fill-opacity': 0.07, stroke: colour, 'stroke-opacity': 0.07, 'stroke-width': 46, 'stroke-linejoin': 'round', 'stroke-linecap': 'round'}));
      const top = hp.reduce((m, q) => (q[1] < m[1] ? q : m), hp[0]);
      hullLayer.append(s('text', {class: 'hull-label', x: top[0] - 20, y: top[1] - 26, fill: colour}, `bloc ${bloc + 1}`));
    }
  }
  place();

  // pan and zoom
  let T = {x: 0, y: 0, k: 1};
  const apply = () => view.setAttribute('transform', `translate(${T.x},${T.y}) scale(${T.k})`);
  const toSvg = (ev) => {
    const rect = svg.getBoundingClientRect();
    return [(ev.clientX - rect.left) * (W / rect.width), (ev.clientY - rect.top) * (H / rect.height)];
  };
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const [mx, my] = toSvg(ev);
    const k = Math.max(0.3, Math.min(5, T.k * (ev.deltaY < 0 ? 1.15 : 1 / 1.15)));
    T = {x: mx - ((mx - T.x) * k) / T.k, y: my - ((my - T.y) * k) / T.k, k};
    apply();
  }, {passive: false});
  let pan = null;
  svg.addEventListener('pointerdown', (ev) => {
    if (ev.target.closest('.net-node') || ev.target.closest('.net-edge')) return;
    pan = {start: toSvg(ev), T: {...T}, moved: false};
    svg.classList.add('dragging');
  });
  svg.addEventListener('pointermove', (ev) => {
    if (!pan) return;
    const [mx, my] = toSvg(ev);
    if (Math.abs(mx - pan.start[0]) + Math.abs(my - pan.start[1]) > 3) pan.moved = true;
    T = {...pan.T, x: pan.T.x + mx - pan.start[0], y: pan.T.y + my - pan.start[1]};
    apply();
  });
  const endPan = () => {
    if (pan && !pan.moved) select({});
    pan = null;
    svg.classList.remove('dragging');
  };
  svg.addEventListener('pointerup', endPan);
  svg.addEventListener('pointerleave', () => { pan = null; svg.classList.remove('dragging'); });

  function dragNode(g, n) {
    let drag = null;
    g.addEventListener('pointerdown', (ev) => {
      ev.stopPropagation();
      g.setPointerCapture(ev.pointerId);
      drag = {start: toSvg(ev), at: {...positions.get(n.id)}, moved: false};
    });
    g.addEventListener('pointermove', (ev) => {
      if (!drag) return;
      const [mx, my] = toSvg(ev);
      const ddx = (mx - drag.start[0]) / T.k;
      const ddy = (my - drag.start[1]) / T.k;
      if (Math.abs(ddx) + Math.abs(ddy) > 2) drag.moved = true;
      positions.set(n.id, {x: drag.at.x + ddx, y: drag.at.y + ddy});
      place();
    });
    g.addEventListener('pointerup', () => {
      if (drag && !drag.moved) select({node: n});
      drag = null;
    });
  }

  // selection: a node or an edge, kept in the address (sel=ID or sel=TYPE,A,B)
  function select({node, edge}) {
    const sel = node ? node.id : edge ? [edge.type, edge.a, edge.b].join(',') : null;
    update({sel}, {redraw: false});
    highlight(node?.id || p.actor, edge);
    drawDetails(details, node, edge, nodeById, edges);
  }
  function highlight(focus, edge) {
    const near = new Set();
    if (focus && nodeById.has(focus)) {
      near.add(focus);
      for (const e of edges) if (e.a === focus || e.b === focus) { near.add(e.a); near.add(e.b); }
    }
    if (edge) { near.add(edge.a); near.add(edge.b); }
    for (const [id, g] of nodeEls) {
      g.classList.toggle('faded', near.size > 0 && !near.has(id));
      g.classList.toggle('selected', id === focus);
    }
    for (const {e, path} of edgeEls) {
      const on = edge ? e === edge : focus ? e.a === focus || e.b === focus : true;
      path.classList.toggle('faded', near.size > 0 && !on);
      path.classList.toggle('selected', e === edge);
    }
  }
  const sel = (p.sel || '').split(',');
  const selEdge = sel.length === 3 ? edges.find((e) => e.type === sel[0] && e.a === sel[1] && e.b === sel[2]) : null;
  const selNode = sel.length === 1 && sel[0] ? nodeById.get(sel[0]) : null;
  highlight(selNode?.id || p.actor, selEdge);
  drawDetails(details, selNode || (p.actor ? nodeById.get(p.actor) : null), selEdge, nodeById, edges);
  return undefined;
}

/** The tie seen from its second actor: "Iran supports Hezbollah" is, from Hezbollah, "backed by Iran". */
function passiveVerb(type) {
  return {supports: 'backed by', leads: 'led by', commands: 'commanded by', member_of: 'has as a member', proxy_of: 'has as a proxy'}[type] || relationVerb(type);
}

function edgeTitle(e, nodeById) {
  const name = (id) => nodeById.get(id)?.name || id;
  return `${name(e.a)} ${relationVerb(e.type)} ${name(e.b)}${e.basis === 'knowledge' ? ' (knowledge base)' : `, score ${num(e.score)}`}${e.rolled_up ? ', rolled up from members' : ''}`;
}

function drawSummary(el, net, nodes, edges, p, linkedCount) {
  replace(el, h('h2', null, 'Network'),
    linkedCount > nodes.length ? h('p', {class: 'note warn'}, `The ${linkedCount} linked actors are too many to read: the ${nodes.length} most present are shown. Narrow the window or turn tie families off.`) : null,
    h('p', null, `${nodes.length} actors, ${edges.length} ties`, net.nodes.length > nodes.length ? h('span', {class: 'muted'}, ` (of ${net.nodes.length} and ${net.edges.length})`) : ''),
    h('p', {class: 'muted'}, p.since || p.until ? `Window: ${p.since || '…'} – ${p.until || '…'}` : 'All time: set a window in the header, or pick a year below.',
      net.blocs_period ? ` · blocs of ${net.blocs_period}` : ''),
    h('p', {class: 'muted'}, 'Drag to pan, wheel to zoom, drag a node to move it; click a node or a tie for its sources.'));
}

function drawControls(el, hidden, minScore) {
  const key = (family) => {
    const svg = s('svg', {width: 34, height: 10});
    const sample = {events: ['#e03131', 3, null], kb: ['#2f9e44', 1.4, null], command: ['#343a40', 1.4, null], backing: ['#f08c00', 1.4, null], rolled: ['#e03131', 2, '6 4']}[family];
    svg.append(s('line', {x1: 1, y1: 5, x2: 33, y2: 5, stroke: sample[0], 'stroke-width': sample[1], 'stroke-dasharray': sample[2]}));
    return svg;
  };
  const boxes = FAMILIES.map(([k, label]) => {
    const box = h('input', {type: 'checkbox'});
    box.checked = !hidden.has(k);
    box.addEventListener('change', () => {
      const next = new Set(hidden);
      if (box.checked) next.delete(k); else next.add(k);
      update({hide: [...next].join(',') || null});
    });
    return h('div', {class: 'edge-key'}, h('label', null, box, key(k), label));
  });
  const range = h('input', {type: 'range', min: 0, max: 10, step: 0.5, value: minScore});
  const label = h('span', null, String(minScore));
  range.addEventListener('input', () => { label.textContent = range.value; });
  range.addEventListener('change', () => update({min: Number(range.value) ? range.value : null}));
  replace(el, h('h2', null, 'Ties'), boxes,
    h('div', {class: 'edge-key'}, 'least |score| of event ties ', range, label),
    h('p', {class: 'muted'}, 'Green allied, red hostile, width the weight of the events; arrows point from commander, member or backer. Shapes: ■ state, ● organization, ◆ group; a white ring marks a person.'));
}

function drawYears(el, blocs, p) {
  if (!blocs.length) return;
  replace(el, h('h2', null, 'Blocs by year'),
    h('div', {class: 'actions'}, blocs.map((b) => h('a', {href: href('network', [], {since: b.period, until: b.period, sel: p.sel})}, b.period)),
      h('a', {href: href('network', [], {since: null, until: null})}, 'all')),
    h('div', null, blocs.map((b) => h('p', null, h('strong', null, `${b.period}: `), b.groups.map((g, i) => {
      const t = h('span', {class: 'tag group'}, g.slice(0, 4).join(', ') + (g.length > 4 ? ` +${g.length - 4}` : ''));
      t.style.borderLeft = `3px solid ${BLOC_COLOURS[i % BLOC_COLOURS.length]}`;
      return [t, ' '];
    })))));
}

function drawDetails(el, node, edge, nodeById, edges) {
  const name = (id) => nodeById.get(id)?.name || id;
  if (edge) {
    const ev = edge.evidence || [];
    replace(el, h('h2', null, 'Tie'),
      h('p', null, h('a', {href: href('actor', [edge.a])}, name(edge.a)), ` ${relationVerb(edge.type)} `, h('a', {href: href('actor', [edge.b])}, name(edge.b))),
      h('dl', {class: 'kv'},
        h('dt', null, 'When'), h('dd', null, `${edge.from || '…'} – ${edge.to || 'now'}`),
        h('dt', null, 'From'), h('dd', null, edge.basis === 'knowledge' ? 'the knowledge base' : 'the balance of events'),
        edge.basis !== 'knowledge' ? [h('dt', null, 'Score'), h('dd', null, num(edge.score))] : null,
        edge.rolled_up ? [h('dt', null, 'Rolled up'), h('dd', null, 'from events of members')] : null,
        edge.citation ? [h('dt', null, 'Source'), h('dd', null, edge.citation)] : null),
      h('p', {class: 'actions'},
        ev.length ? h('a', {href: href('evidence', [], {relation: [edge.type, edge.a, edge.b, edge.from || ''].join(',').replace(/,$/, '')})}, `${ev.length} event${ev.length > 1 ? 's' : ''} behind it →`) : null,
        h('a', {href: href('dyad', [edge.a, edge.b])}, 'the pair over time →')));
    return;
  }
  if (node) {
    const mine = edges.filter((e) => e.a === node.id || e.b === node.id);
    replace(el, h('h2', null, 'Actor'),
      h('p', null, h('strong', null, node.name || node.id), h('span', {class: 'muted'}, ` ${node.kind || ''}${node.country ? ` · ${node.country}` : ''}`)),
      h('p', {class: 'actions'}, h('a', {href: href('actor', [node.id])}, 'actor page →'),
        h('a', {href: href('events', [], {actor: node.id})}, 'its events →'),
        h('button', {type: 'button', on: {click: () => update({actor: node.id})}}, 'select it everywhere')),
      h('ul', {class: 'reasons'}, mine.map((e) => {
        const other = e.a === node.id ? e.b : e.a;
        const dot = h('span', {class: 'swatch'});
        dot.style.setProperty('--c', EDGE_COLOURS[e.type] || '#868e96');
        dot.style.display = 'inline-block';
        return h('li', null, dot, ' ', e.a === node.id ? `${relationVerb(e.type)} ` : `${passiveVerb(e.type)} `,
          h('a', {href: href('dyad', [node.id, other])}, name(other)),
          e.basis !== 'knowledge' ? h('span', {class: 'muted'}, ` ${num(e.score)}`) : h('span', {class: 'muted'}, ' (kb)'));
      })));
    return;
  }
  replace(el);
}


