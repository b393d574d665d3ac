// Building the page. Every string from a report is text, never markup: elements are made with
// createElement and filled with text nodes; nothing here assigns innerHTML, and no attribute named
// on* is ever set (event handlers go through addEventListener).

/**
 * h('a', {class: 'x', href: '#/map', on: {click: f}, style: {width: '3px'}}, 'text', child, [more])
 * Strings and numbers become text nodes; null, undefined and false are skipped; arrays are flattened.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The same for SVG elements. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'on') {
      for (const [type, fn] of Object.entries(v)) el.addEventListener(type, fn);
    } else if (k === 'style') {
      for (const [p, val] of Object.entries(v)) {
        if (p.startsWith('--')) el.style.setProperty(p, val); else el.style[p] = val;
      }
    } else if (k === 'dataset') {
      Object.assign(el.dataset, v);
    } else if (k === 'text') {
      el.textContent = String(v);
    } else if (k.toLowerCase().startsWith('on')) {
      throw new Error(`refusing the handler attribute ${k}: use on: {...}`);
    } else if (k === 'href' || k === 'src') {
      el.setAttribute(k, safeUrl(String(v)));
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

/** Appends children (text, nodes, arrays of them). */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Empties an element and fills it anew. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/**
 * Links the page makes are its own (#/…, /api/…, blob:); a link a report carries is followed only
 * when it is http(s) — anything else (javascript:, data:) is not a link.
 */
export function safeUrl(url) {
  if (url.startsWith('#') || url.startsWith('/') || url.startsWith('blob:')) return url;
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

/** A link out of the page to a report's own address, or plain text when it is no web address. */
export function externalLink(url, label) {
  if (!url) return null;
  const safe = safeUrl(url);
  if (safe === '#') return h('span', {class: 'muted', title: 'not a web address'}, label || url);
  return h('a', {href: safe, target: '_blank', rel: 'noopener noreferrer'}, label || url);
}

/** Cuts a text to n characters at a word's end. */
export function clip(text, n) {
  if (!text || text.length <= n) return text || '';
  const cut = text.lastIndexOf(' ', n);
  return text.slice(0, cut > n * 0.6 ? cut : n) + '…';
}

export function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

/** A panel with a heading: the page's unit of layout. */
export function panel(title, ...children) {
  return h('section', {class: 'panel'}, title ? h('h2', null, title) : null, ...children);
}

/** A line saying there is nothing, or something went wrong. */
export function note(text, kind = 'muted') {
  return h('p', {class: `note ${kind}`}, text);
}

export function spinner(text = 'Loading…') {
  return h('p', {class: 'note loading'}, text);
}
