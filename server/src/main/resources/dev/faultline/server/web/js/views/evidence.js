// Evidence: what a figure rests on. One event or claim (event=ID, claim=ID) opens its sentence
// highlighted in its article, the chain of attribution, the reports that tell the same story or
// contradict it, and the credibility grade with its reasons. A rupture (rupture=A,B,PERIOD[&by=])
// or a relation (relation=TYPE,A,B[,FROM]) or a list (events=ID,ID…) opens every event behind it.

import {h, replace, note, spinner, externalLink, panel} from '../dom.js';
import {get, getAll, ApiError} from '../api.js';
import {href} from '../state.js';
import {typeChip, actorLink, actorLinks, actorName, dateText, dateTitle, placeText, credBadge, credLabel, num, personnelText} from '../model.js';

const MAX_CARDS = 40;

export async function render(root, r) {
  const p = r.params;
  if (p.event || p.claim) return single(root, p.event ? 'events' : 'claims', p.event || p.claim);
  if (p.rupture) return rupture(root, p.rupture.split(','), p.by || 'month');
  if (p.relation) return relation(root, p.relation.split(','));
  if (p.events) return several(root, p.events.split(',').filter(Boolean), p.title || 'Events', null);
  root.append(note('Evidence needs event=ID, claim=ID, rupture=A,B,PERIOD, relation=TYPE,A,B or events=ID,…'));
  return undefined;
}

// ------------------------------------------------------------------ one event or claim

async function single(root, kind, id) {
  document.title = 'Evidence · Faultline';
  root.append(spinner());
  let ev;
  try {
    ev = await get(`/api/${kind}/${encodeURIComponent(id)}`);
  } catch (e) {
    replace(root, note(e instanceof ApiError && e.status === 404 ? `There is no ${kind === 'events' ? 'event' : 'claim'} “${id}” in the store.` : e.message, 'error'));
    return;
  }
  const e = ev.event;
  const c = ev.claim;
  const row = e || c;
  const articleText = articlePanel(ev);
  replace(root,
    h('div', {class: 'page-head'}, h('h1', null, e ? 'Event' : 'Claim'), typeChip(row.type || (c?.kind === 'force' ? 'FORCE' : null)),
      h('span', {class: 'sub'}, summaryLine(row))),
    h('div', {class: 'cols-wide'},
      h('div', null, whatPanel(e, c), saysPanel(row, c, ev.article), credibilityPanel(c, e), othersPanel(c)),
      articleText));
  // scroll the article, not the page, to the sentence
  const text = articleText.querySelector('.article-text');
  const mark = text.querySelector('mark');
  if (mark) text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
}

function summaryLine(row) {
  const parts = [];
  if (row.source || row.target) parts.push(h('span', null, actorLinks(row.source), h('span', {class: 'arrow-sep'}, '→'), actorLinks(row.target)));
  else if (row.actor) parts.push(actorLink(row.actor));
  parts.push(' · ', dateText(row.date));
  return parts;
}

function whatPanel(e, c) {
  const row = e || c;
  const dl = h('dl', {class: 'kv'});
  const item = (k, ...v) => dl.append(h('dt', null, k), h('dd', null, ...v));
  if (row.type) item('Type', typeChip(row.type), row.mode ? ` ${row.mode}` : '', e?.cameo ? h('span', {class: 'muted'}, ` · CAMEO ${e.cameo}`) : '',
    e?.goldstein !== undefined && e?.goldstein !== null ? h('span', {class: 'muted'}, ` · Goldstein ${num(e.goldstein)}`) : '');
  if (c?.kind === 'force') item('Force', actorLink(c.actor), ': ', personnelText(c.personnel, c.estimate));
  item('Date', h('span', {title: dateTitle(row.date)}, dateText(row.date)),
    row.date?.precision ? h('span', {class: 'muted'}, ` (${row.date.precision}${row.date.basis ? `, from the ${row.date.basis === 'article' ? 'article\'s date' : `${row.date.basis} date`}` : ''})`) : '');
  if (row.source || row.target) {
    item('Source', actorLinks(row.source));
    item('Target', actorLinks(row.target));
  }
  const loc = row.location || row.place;
  item('Place', placeText(loc), loc?.country ? h('span', {class: 'muted'}, ` · ${loc.country}`) : '',
    loc?.precision ? h('span', {class: 'muted'}, ` · ${loc.precision}`) : '',
    loc && loc.lat !== null && loc.lat !== undefined ? h('span', {class: 'muted'}, ` · ${num(loc.lat)}, ${num(loc.lon)}`) : '');
  if (e?.size) item('Size', e.size.text ? `“${e.size.text}”` : '', [['personnel', e.size.personnel], ['killed', e.size.killed], ['injured', e.size.injured]]
    .filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => ` ${k} ${num(v)}`).join(','));
  if (row.modality) item('Modality', row.modality);
  if (e?.confidence !== undefined) item('Confidence', num(e.confidence), h('span', {class: 'muted'}, ' (the coder\'s)'));
  const links = h('div', {class: 'actions'});
  const a = (row.source || [])[0];
  const b = (row.target || [])[0];
  if (a && b && a.id !== b.id) links.append(h('a', {href: href('dyad', [a.id, b.id])}, `${actorName(a)} ↔ ${actorName(b)} over time`));
  if (loc && loc.lat !== null && loc.lat !== undefined) links.append(h('a', {href: href('map', [], {c: `${loc.lat},${loc.lon}`, z: 7})}, 'on the map'));
  return panel('What the report says', dl, links.childNodes.length ? h('p', null, links) : null);
}

function saysPanel(row, c, article) {
  const chain = h('ol', {class: 'chain'});
  const att = row.attribution || [];
  if (att.length === 0 && article) chain.append(h('li', null, article.outlet || 'the article'));
  att.forEach((x, i) => chain.append(h('li', null,
    i === 0 ? 'published by ' : 'citing ', h('strong', null, x.text), ' ', h('span', {class: 'badge'}, x.kind || ''),
    x.actor ? h('span', null, ' — ', actorLink(x.actor)) : null)));
  return panel('Who says so', chain,
    c?.sources?.length ? h('p', {class: 'muted'}, 'Its sources: ', c.sources.join('; ')) : null,
    article ? h('p', {class: 'muted'}, 'In ', h('em', null, article.title || article.id), ' (', article.outlet || '', ', ', dateText(article.published), ')') : null);
}

function credibilityPanel(c, e) {
  if (!c) return panel('Credibility', h('div', {class: 'grade'}, credBadge(e?.credibility)), note('No assessed claim for this event.'));
  return panel('Credibility',
    h('div', {class: 'grade'}, withClass(credBadge(c.credibility, c.grade, c.credibility_label), 'big'),
      h('div', null, h('div', null, h('strong', null, c.credibility_label || credLabel(c.credibility))),
        h('div', {class: 'muted'}, `outlet reliability ${c.grade || '?'} · credibility ${c.credibility} of 1–6 · score ${num(c.score)}`),
        h('div', {class: 'muted'}, `told by ${c.corroboration ?? 1} report${(c.corroboration ?? 1) === 1 ? '' : 's'}`))),
    h('h3', null, 'Why'), h('ul', {class: 'reasons'}, (c.reasons || []).map((x) => h('li', null, x))));
}

function withClass(el, cls) {
  el.classList.add(cls);
  return el;
}

function othersPanel(c) {
  if (!c) return null;
  const same = c.same_story || [];
  const contra = c.contradictions || [];
  const box = panel('Other reports',
    h('h3', null, `Telling the same story (${same.length})`),
    same.length ? null : note('No other report tells it.'),
    h('div', {class: 'same'}),
    h('h3', null, `Contradicting it (${contra.length})`),
    contra.length ? h('ul', null, contra.map((x) => h('li', null, h('a', {href: href('evidence', [], {claim: x.claim})}, x.claim), ': ', x.why))) : note('No report contradicts it.'));
  if (same.length) {
    const list = box.querySelector('.same');
    get('/api/events', {ids: same.join(','), limit: same.length}).then((page) => {
      const found = new Map(page.items.map((x) => [x.id, x]));
      replace(list, h('ul', null, same.map((id) => {
        const x = found.get(id);
        return h('li', null, h('a', {href: href('evidence', [], {claim: id})}, x ? `${x.outlet || '?'}, ${dateText(x.date)}` : id),
          x ? h('span', {class: 'muted'}, ` — “${x.text.slice(0, 140)}${x.text.length > 140 ? '…' : ''}”`) : null);
      })));
    }).catch(() => replace(list, h('ul', null, same.map((id) => h('li', null, h('a', {href: href('evidence', [], {claim: id})}, id))))));
  }
  return box;
}

function articlePanel(ev) {
  const a = ev.article;
  const text = ev.context?.text;
  const hl = ev.context?.highlight;
  const body = h('div', {class: 'article-text'});
  if (!text) body.append(note('The article\'s text is not stored.'));
  else if (Array.isArray(hl) && hl[0] >= 0 && hl[1] <= text.length && hl[0] < hl[1]) {
    body.append(text.slice(0, hl[0]), h('mark', null, text.slice(hl[0], hl[1])), text.slice(hl[1]));
  } else body.append(text);
  const box = panel('The article',
    a ? h('h1', null, a.title || a.id) : null,
    a ? h('p', {class: 'muted'}, a.outlet || '?', ' · ', dateText(a.published), a.url ? ' · ' : '', externalLink(a.url)) : null,
    body);
  return box;
}

// ------------------------------------------------------------------ many events behind a figure

async function rupture(root, [a, b, period], by) {
  document.title = 'Rupture · Faultline';
  root.append(spinner());
  const all = await getAll('/api/ruptures', {by}, 5000);
  const x = all.items.find((r) => r.period === period && ((r.a.id === a && r.b.id === b) || (r.a.id === b && r.b.id === a)));
  root.replaceChildren();
  if (!x) {
    root.append(note(`No rupture between ${a} and ${b} in ${period} (by ${by}).`, 'error'));
    return;
  }
  const head = h('div', null,
    h('p', null, 'The relation of ', actorLink(x.a), ' and ', actorLink(x.b), ` turned in ${x.period}: its balance went from `,
      h('strong', null, num(x.before)), ' before to ', h('strong', null, num(x.after)), ' after',
      x.p_value !== undefined && x.p_value !== null ? ` (chance would give a turn this large with p = ${Number(x.p_value).toFixed(3)})` : '', '.'),
    h('p', null, h('a', {href: href('dyad', [x.a.id, x.b.id], {by})}, `${actorName(x.a)} ↔ ${actorName(x.b)} period by period →`)));
  await several(root, x.evidence || [], `Rupture: ${actorName(x.a)} – ${actorName(x.b)}, ${x.period}`, head);
}

async function relation(root, [type, a, b, from]) {
  document.title = 'Relation · Faultline';
  root.append(spinner());
  const all = await getAll('/api/relations', {type}, 20000);
  const hits = all.items.filter((r) => r.type === type && ((r.a.id === a && r.b.id === b) || (r.a.id === b && r.b.id === a)) && (!from || r.from === from));
  root.replaceChildren();
  if (!hits.length) {
    root.append(note(`No relation “${type}” between ${a} and ${b}.`, 'error'));
    return;
  }
  const x = hits[0];
  const head = h('div', null,
    h('p', null, actorLink(x.a), ` ${relationVerb(x.type)} `, actorLink(x.b),
      x.from || x.to ? `, ${x.from || '…'} – ${x.to || 'now'}` : '', x.basis === 'events' ? `, score ${num(x.score)} from the balance of events` : '', '.'),
    x.rolled_up ? h('p', {class: 'note warn'}, 'Rolled up: the events are between members of these actors (a unit, a commander), credited to the actors they belong to.') : null,
    x.citation ? h('p', null, 'Knowledge base: ', x.citation) : null,
    h('p', null, h('a', {href: href('dyad', [x.a.id, x.b.id])}, `${actorName(x.a)} ↔ ${actorName(x.b)} period by period →`)));
  await several(root, x.evidence || [], `${actorName(x.a)} ${relationVerb(x.type)} ${actorName(x.b)}`, head);
}

export function relationVerb(type) {
  return {ally: 'is allied with', hostile: 'is hostile to', commands: 'commands', member_of: 'belongs to', proxy_of: 'is a proxy of',
    supports: 'backs', leads: 'leads'}[type] || type;
}

async function several(root, ids, title, head) {
  document.title = `${title} · Faultline`;
  const list = h('div', null, spinner(`Loading ${ids.length} events…`));
  root.append(h('div', {class: 'page-head'}, h('h1', null, title)), head ? panel(null, head) : null,
    panel(`The events behind it (${ids.length})`, ids.length ? list : note('No event: this tie comes from the knowledge base alone.')));
  if (!ids.length) return;
  await eventCards(list, ids);
}

/** Fills a box with the cards of events (their evidence read a few at a time). */
export async function eventCards(box, ids) {
  const shown = ids.slice(0, MAX_CARDS);
  const results = await pool(shown, 6, (id) => get(`/api/events/${encodeURIComponent(id)}`).catch(() => null));
  replace(box, results.map((ev, i) => (ev ? card(ev) : h('div', {class: 'card'}, note(`Event ${shown[i]} is not in the store.`, 'warn')))),
    ids.length > MAX_CARDS ? note(`${ids.length - MAX_CARDS} more are not shown.`) : null);
}

/** One event as a card: who did what, its credibility, its sentence in its paragraph. */
export function card(ev) {
  const e = ev.event || ev.claim;
  return h('div', {class: 'card'},
    h('div', {class: 'head'}, typeChip(e.type), h('span', {title: dateTitle(e.date)}, dateText(e.date)),
      actorLinks(e.source), h('span', {class: 'arrow-sep'}, '→'), actorLinks(e.target),
      h('span', {class: 'spacer'}), h('span', {class: 'muted'}, e.outlet || ''), credBadge(ev.claim?.credibility ?? e.credibility, ev.claim?.grade)),
    excerpt(ev.context?.text, ev.context?.highlight, e.text),
    h('a', {href: href('evidence', [], {event: e.id})}, 'the article, the sources and the grade →'));
}

/** The paragraph around a highlight, the highlight marked. */
function excerpt(text, hl, fallback) {
  if (!text || !Array.isArray(hl)) return h('p', {class: 'excerpt'}, fallback || '');
  const from = Math.max(text.lastIndexOf('\n', hl[0] - 1) + 1, hl[0] - 400);
  let to = text.indexOf('\n', hl[1]);
  if (to < 0 || to > hl[1] + 400) to = Math.min(text.length, hl[1] + 400);
  return h('p', {class: 'excerpt'}, from > 0 ? '… ' : '', text.slice(from, hl[0]), h('mark', null, text.slice(hl[0], hl[1])),
    text.slice(hl[1], to), to < text.length ? ' …' : '');
}

/** Runs fn over items, n at a time; answers the results in order. */
async function pool(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({length: Math.min(n, items.length)}, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  }));
  return out;
}
