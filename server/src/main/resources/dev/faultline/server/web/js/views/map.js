// The map of events: Natural Earth's outlines from /api/world (no tiles from anywhere), points
// coloured by PLOVER type and clustered, and a time slider that plays through the window.
// Its own state in the address: c (centre), z (zoom), types, at (the slider's month), mode.

import {h, s as svgEl, replace, note, spinner, clip} from '../dom.js';
import {getAll, getOrNull} from '../api.js';
import {update, href} from '../state.js';
import {TYPES, typeColour, typeChip, actorLinks, dateText, dateTitle, placeText, credBadge, eventDate, periodRange} from '../model.js';
import {feature} from '../topojson.js';
import * as live from '../live.js';

const MAX_EVENTS = 5000;
const PLAY_MS = 15000; // a whole window plays in about this long, each month shown 150–700 ms
let world; // undefined: not asked yet; null: the server has no outlines

export async function render(root, r) {
  document.title = 'Map · Faultline';
  const L = window.L;
  if (!L || !L.markerClusterGroup) {
    root.append(note('The map library did not load (Leaflet from /webjars/).', 'error'));
    return undefined;
  }
  const p = r.params;
  let types = p.types ? new Set(p.types.split(',')) : new Set(TYPES.map((t) => t.type).concat(['']));
  let mode = ['all', 'upto', 'month'].includes(p.mode) ? p.mode : 'all';

  const mapEl = h('div', {id: 'map'});
  const slider = h('input', {type: 'range', min: 0, max: 0, value: 0, 'aria-label': 'month'});
  const atLabel = h('span', {class: 'at'}, '—');
  const playBtn = h('button', {type: 'button', title: 'play the window month by month'}, '▶ Play');
  const modeSel = h('select', {'aria-label': 'what the map shows'},
    h('option', {value: 'all'}, 'the whole window'), h('option', {value: 'upto'}, 'up to the month'),
    h('option', {value: 'month'}, 'the month only'));
  modeSel.value = mode;
  const hist = svgEl('svg', {class: 'hist', preserveAspectRatio: 'none', 'aria-hidden': 'true'});
  const player = h('div', {class: 'player'}, playBtn, h('div', {class: 'track'}, hist, slider), atLabel, modeSel);
  const summary = h('div');
  const legend = h('ul', {class: 'legend'});
  const side = h('aside', {class: 'side'},
    h('section', null, h('h2', null, 'Events on the map'), summary),
    h('section', null, h('h2', null, 'Types'), legend,
      h('div', {class: 'actions'},
        h('button', {type: 'button', class: 'link', on: {click: () => setTypes(new Set(TYPES.map((t) => t.type).concat([''])))}}, 'all'),
        h('button', {type: 'button', class: 'link', on: {click: () => setTypes(new Set())}}, 'none'))),
    h('section', null, h('h2', null, 'Marks'),
      h('div', {class: 'edge-key'}, swatch('#495057', false), 'a place the report names'),
      h('div', {class: 'edge-key'}, swatch('#495057', true), 'only a region or country'),
      h('p', {class: 'muted'}, 'Clusters are coloured by their most frequent type; click one to open it, and a point for its sentence and sources.')));
  root.append(h('div', {class: 'map-wrap'}, mapEl, player), side);

  const map = L.map(mapEl, {worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5});
  map.attributionControl.setPrefix('Leaflet');
  const [lat, lon] = (p.c || '').split(',').map(Number);
  if (Number.isFinite(lat) && Number.isFinite(lon) && Number.isFinite(Number(p.z))) map.setView([lat, lon], Number(p.z));
  else map.setView([32, 40], 4);
  map.on('moveend', () => {
    const c = map.getCenter();
    update({c: `${c.lat.toFixed(2)},${c.lng.toFixed(2)}`, z: map.getZoom()}, {redraw: false});
  });

  drawWorld(L, map);

  const cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 42, spiderfyOnMaxZoom: true,
    iconCreateFunction: clusterIcon});
  map.addLayer(cluster);

  summary.append(spinner('Loading events…'));
  const query = {since: p.since, until: p.until, actor: p.actor, sort: 'date'};
  let loaded;
  try {
    loaded = await getAll('/api/events', query, MAX_EVENTS);
  } catch (e) {
    replace(summary, note(`Could not load the events: ${e.message}`, 'error'));
    return () => { map.stop(); map.remove(); };
  }
  const markers = [];
  let unplaced = 0;
  const addEvent = (e, fresh) => {
    const loc = e.location;
    if (!loc || loc.lat === null || loc.lat === undefined || loc.lon === null || loc.lon === undefined) {
      unplaced++;
      return null;
    }
    const coarse = loc.precision && loc.precision !== 'place';
    const colour = typeColour(e.type);
    const m = L.circleMarker([loc.lat, loc.lon], {radius: coarse ? 6 : 5.5, color: coarse ? colour : '#fff', weight: coarse ? 2.5 : 1,
      fillColor: colour, fillOpacity: coarse ? 0.15 : 0.9, className: fresh ? 'fresh' : ''});
    m.options.event = e;
    m.bindPopup(() => popup(e), {maxWidth: 360});
    markers.push(m);
    return m;
  };
  loaded.items.forEach((e) => addEvent(e, false));

  // the months the slider runs through: the window, or the span of the events
  const dates = loaded.items.map(eventDate).filter(Boolean).map((d) => d.slice(0, 7)).filter((d) => d.length === 7).sort();
  const first = (p.since && p.since.length >= 7 ? p.since.slice(0, 7) : p.since ? `${p.since}-01` : dates[0]);
  const last = (p.until && p.until.length >= 7 ? p.until.slice(0, 7) : p.until ? `${p.until}-12` : dates[dates.length - 1]);
  const months = first && last ? periodRange(first, last) : [];
  slider.max = Math.max(0, months.length - 1);
  drawHistogram(hist, months, loaded.items);
  const atIndex = months.indexOf(p.at);
  slider.value = atIndex >= 0 ? atIndex : months.length - 1;

  function visible(m) {
    const e = m.options.event;
    if (!types.has(e.type || '')) return false;
    if (mode === 'all' || months.length === 0) return true;
    const month = (eventDate(e) || '').slice(0, 7);
    const at = months[Number(slider.value)];
    return mode === 'month' ? month === at : month !== '' && month <= at;
  }

  function redraw() {
    const at = months[Number(slider.value)];
    atLabel.textContent = mode === 'all' ? (months.length ? `${months[0]} – ${months[months.length - 1]}` : '—') : at || '—';
    const shown = markers.filter(visible);
    for (const m of shown) {
      const month = (eventDate(m.options.event) || '').slice(0, 7);
      const coarse = m.options.weight > 2;
      const recent = mode !== 'upto' || month === at;
      m.setStyle({fillOpacity: coarse ? 0.15 : recent ? 0.9 : 0.35, opacity: recent ? 1 : 0.5});
    }
    cluster.clearLayers();
    cluster.addLayers(shown);
    drawSummary(shown.length);
    drawLegend();
  }

  function drawSummary(shown) {
    const total = loaded.total ?? loaded.items.length;
    replace(summary,
      h('p', null, h('strong', null, String(shown)), ` of ${markers.length} placed events shown`),
      unplaced ? h('p', {class: 'muted'}, `${unplaced} events have no place: `,
        h('a', {href: href('events', [], {})}, 'see them in the table')) : null,
      loaded.truncated ? h('p', {class: 'note warn'}, `The window holds ${total} events; the map shows the first ${loaded.items.length}. Narrow the window or select an actor.`) : null,
      p.actor ? h('p', null, 'Events of the selected actor ', h('strong', null, p.actor), '.') : null);
  }

  function drawLegend() {
    const counts = new Map();
    for (const m of markers) counts.set(m.options.event.type || '', (counts.get(m.options.event.type || '') || 0) + 1);
    replace(legend, TYPES.filter((t) => counts.has(t.type) || counts.size === 0).map((t) => {
      const box = h('input', {type: 'checkbox', on: {change: () => {
        const next = new Set(types);
        if (box.checked) next.add(t.type); else next.delete(t.type);
        setTypes(next);
      }}});
      box.checked = types.has(t.type);
      const sw = h('span', {class: 'swatch'});
      sw.style.setProperty('--c', t.colour);
      return h('li', {class: types.has(t.type) ? '' : 'off'},
        h('label', {title: t.family}, box, sw, t.type, h('span', {class: 'count'}, String(counts.get(t.type) || 0))));
    }));
  }

  function setTypes(next) {
    types = next;
    const all = TYPES.every((t) => types.has(t.type));
    update({types: all ? null : [...types].filter(Boolean).join(',') || 'none'}, {redraw: false});
    redraw();
  }

  let timer = null;
  const stop = () => {
    clearInterval(timer);
    timer = null;
    playBtn.textContent = '▶ Play';
  };
  playBtn.addEventListener('click', () => {
    if (timer) { stop(); return; }
    if (months.length < 2) return;
    if (mode === 'all') { mode = 'upto'; modeSel.value = mode; }
    if (Number(slider.value) >= months.length - 1) slider.value = 0;
    playBtn.textContent = '❚❚ Pause';
    const tick = () => {
      update({at: months[Number(slider.value)], mode}, {redraw: false});
      redraw();
      if (Number(slider.value) >= months.length - 1) { stop(); return; }
      slider.value = Number(slider.value) + 1;
    };
    tick();
    timer = setInterval(tick, Math.max(150, Math.min(700, PLAY_MS / months.length)));
  });
  slider.addEventListener('input', () => {
    if (mode === 'all') { mode = 'upto'; modeSel.value = mode; }
    update({at: months[Number(slider.value)], mode}, {redraw: false});
    redraw();
  });
  modeSel.addEventListener('change', () => {
    mode = modeSel.value;
    update({mode: mode === 'all' ? null : mode, at: mode === 'all' ? null : months[Number(slider.value)]}, {redraw: false});
    redraw();
  });
  redraw();
  if (!p.c && markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), {maxZoom: 6, animate: false});

  // new events of the window arrive live
  const off = live.subscribe((kind, e) => {
    if (kind !== 'event' || !inWindow(eventDate(e), p.since, p.until)) return;
    if (p.actor && ![...(e.source || []), ...(e.target || [])].some((a) => a.id === p.actor || (a.lineage || []).includes(p.actor))) return;
    const m = addEvent(e, true);
    if (m && visible(m)) cluster.addLayer(m);
    drawSummary(markers.filter(visible).length);
    drawLegend();
  });

  return () => {
    stop();
    off();
    // stop pans and zooms under way first: Leaflet fails when a removed map's animation ends
    map.stop();
    map.off();
    cluster.clearLayers();
    map.remove();
  };
}

function inWindow(d, since, until) {
  if (!d) return !since && !until;
  if (since && d.slice(0, since.length) < since.slice(0, d.length)) return false;
  if (until && d.slice(0, until.length) > until.slice(0, d.length)) return false;
  return true;
}

/** Events per month above the slider: where the window is busy. */
function drawHistogram(svg, months, events) {
  const counts = new Map();
  for (const e of events) {
    const m = (eventDate(e) || '').slice(0, 7);
    counts.set(m, (counts.get(m) || 0) + 1);
  }
  const max = Math.max(1, ...months.map((m) => counts.get(m) || 0));
  svg.setAttribute('viewBox', `0 0 ${Math.max(1, months.length)} 20`);
  svg.replaceChildren(...months.filter((m) => counts.get(m)).map((m) => {
    const hgt = Math.max(2, (20 * counts.get(m)) / max);
    return svgEl('rect', {x: months.indexOf(m) + 0.1, y: 20 - hgt, width: 0.8, height: hgt, fill: '#868e96'},
      svgEl('title', null, `${m}: ${counts.get(m)} events`));
  }));
}

function swatch(colour, ring) {
  const el = h('span', {class: ring ? 'swatch ring' : 'swatch'});
  el.style.setProperty('--c', colour);
  return el;
}

async function drawWorld(L, map) {
  if (world === undefined) {
    try {
      const topo = await getOrNull('/api/world');
      if (topo && topo.type === 'Topology') {
        const object = topo.objects.countries || Object.values(topo.objects)[0];
        world = unwrap(feature(topo, object));
      } else {
        world = topo && topo.type === 'FeatureCollection' ? topo : null;
      }
    } catch {
      world = null;
    }
  }
  if (!map.getContainer().isConnected) return;
  if (world) {
    L.geoJSON(world, {interactive: false, style: {color: '#a3acb5', weight: 0.7, fillColor: '#fbfaf7', fillOpacity: 1}}).addTo(map);
    map.attributionControl.addAttribution('Outlines: Natural Earth (public domain)');
  } else {
    const lines = [];
    for (let lat = -80; lat <= 80; lat += 10) lines.push([[lat, -180], [lat, 180]]);
    for (let lon = -180; lon <= 180; lon += 10) lines.push([[-85, lon], [85, lon]]);
    L.polyline(lines, {color: '#b8c2cc', weight: 0.6, interactive: false}).addTo(map);
    map.attributionControl.addAttribution('No outlines on this server: a 10° grid');
  }
}

/**
 * Outlines that cross the antimeridian (Russia's Chukotka, Fiji) jump from 180 to -180; drawn as
 * they are they streak across the world. Each ring is made continuous instead (longitudes past 180).
 */
function unwrap(fc) {
  const ring = (r) => {
    let offset = 0;
    return r.map((pt, i) => {
      if (i > 0) {
        const d = pt[0] - r[i - 1][0];
        if (d > 180) offset -= 360; else if (d < -180) offset += 360;
      }
      return [pt[0] + offset, pt[1]];
    });
  };
  for (const f of fc.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map(ring);
    if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((poly) => poly.map(ring));
  }
  return fc;
}

function clusterIcon(c) {
  const children = c.getAllChildMarkers();
  const counts = new Map();
  for (const m of children) counts.set(m.options.event.type, (counts.get(m.options.event.type) || 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const n = children.length;
  const size = n < 10 ? 28 : n < 100 ? 34 : 42;
  const el = h('div', {class: 'cluster-icon', title: [...counts.entries()].map(([t, k]) => `${t} ${k}`).join(', ')}, String(n));
  el.style.setProperty('--c', typeColour(top));
  return window.L.divIcon({html: el, className: 'cluster', iconSize: [size, size]});
}

function popup(e) {
  return h('div', {class: 'popup'},
    h('h3', null, typeChip(e.type), h('span', {title: dateTitle(e.date)}, dateText(e.date)), credBadge(e.credibility)),
    h('p', null, actorLinks(e.source), h('span', {class: 'arrow-sep'}, '→'), actorLinks(e.target)),
    h('p', {class: 'muted'}, placeText(e.location), e.location?.precision ? ` (${e.location.precision})` : '', ' · ', e.outlet || ''),
    h('p', {class: 'sentence'}, '“', clip(e.text, 260), '”'),
    h('p', null, h('a', {href: href('evidence', [], {event: e.id})}, 'Evidence and sources →')));
}
