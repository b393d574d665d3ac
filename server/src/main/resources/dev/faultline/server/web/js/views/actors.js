// The actors found in the reports (/api/actors?q&cursor), most mentioned first; each opens its page.

import {h, replace, note, spinner} from '../dom.js';
import {get} from '../api.js';
import {update, href} from '../state.js';
import {actorLink, num} from '../model.js';

export async function render(root, r) {
  document.title = 'Actors · Faultline';
  const p = r.params;
  const input = h('input', {type: 'search', name: 'q', size: 28, placeholder: 'name, alias or id', 'aria-label': 'find an actor'});
  input.value = p.q || '';
  const form = h('form', {class: 'filters'}, h('label', null, 'Find', input), h('button', {type: 'submit', class: 'primary'}, 'Find'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update({q: input.value.trim() || null, cursor: null});
  });
  const body = h('div', {class: 'table-wrap'}, spinner());
  const pager = h('div', {class: 'pager'});
  root.append(h('div', {class: 'page-head'}, h('h1', null, 'Actors'), h('span', {class: 'sub'}, 'as the reports name them, with what the knowledge base knows')),
    form, pager, body);
  const page = await get('/api/actors', {q: p.q, cursor: p.cursor, limit: 100});
  replace(pager, h('span', null, `${page.items.length} shown`, page.total !== null && page.total !== undefined ? ` of ${page.total}` : ''),
    h('button', {type: 'button', disabled: !p.cursor, on: {click: () => update({cursor: null})}}, '« First'),
    h('button', {type: 'button', disabled: !page.next, on: {click: () => update({cursor: page.next})}}, 'Next ›'));
  if (!page.items.length) {
    replace(body, note(p.q ? `No actor matches “${p.q}”.` : 'No actor in the store yet.'));
    return;
  }
  replace(body, h('table', {class: 'data'},
    h('thead', null, h('tr', null, ['Actor', 'Id', 'Kind', 'Country', 'Sector', 'Belongs to', 'Mentions', 'Articles', 'Spellings'].map((x) => h('th', null, x)))),
    h('tbody', null, page.items.map((row) => {
      const a = row.actor;
      return h('tr', null,
        h('td', null, actorLink(a), a.origin === 'derived' ? h('span', {class: 'badge', title: 'not in the knowledge base: made from the words of the reports'}, ' derived') : null),
        h('td', {class: 'mono'}, a.id), h('td', null, a.kind || '—'), h('td', null, a.country || '—'), h('td', null, a.sector || '—'),
        h('td', null, (a.lineage || []).slice(1).map((id, i) => [i ? ' › ' : '', h('a', {href: href('actor', [id])}, id)])),
        h('td', {class: 'num'}, num(row.mentions)), h('td', {class: 'num'}, num(row.articles)),
        h('td', {class: 'muted'}, (row.spellings || []).slice(0, 6).join(' · ')));
    }))));
}
