// Upload and ingest: files (the formats `faultline ingest` reads) or pasted text go to
// POST /api/reports; the job's server-sent events (/api/jobs/{id}/stream) drive a progress bar and
// list each new event as it is stored. The job's id stays in the address (job=ID), so a reload
// picks the job up again.

import {h, replace, note, panel} from '../dom.js';
import {get, post, eventSource, ApiError} from '../api.js';
import {update, href, validDate} from '../state.js';
import {row as eventRow, head as eventsHead} from './events.js';

const ACCEPT = '.txt,.text,.html,.htm,.xml,.rss,.atom,.json,.jsonl,.ndjson,.csv';

export async function render(root, r) {
  document.title = 'Upload · Faultline';
  const p = r.params;
  const jobBox = h('div');
  root.append(h('div', {class: 'page-head'}, h('h1', null, 'Add reports'),
    h('span', {class: 'sub'}, 'they are analysed as they arrive; their events show here, on the map and in the table')),
  h('div', {class: 'cols'}, filesPanel(jobBox), pastePanel(jobBox)), jobBox);
  if (p.job) follow(jobBox, p.job);
  return () => {
    current?.close();
    current = null;
  };
}

function metaFields() {
  const outlet = h('input', {name: 'outlet', size: 24, placeholder: 'e.g. Reuters', 'aria-label': 'outlet'});
  const published = h('input', {name: 'published', size: 12, placeholder: 'YYYY-MM-DD', 'aria-label': 'published'});
  const title = h('input', {name: 'title', size: 40, 'aria-label': 'title'});
  const url = h('input', {name: 'url', size: 40, placeholder: 'https://…', type: 'url', 'aria-label': 'address'});
  const grid = h('div', {class: 'form-grid'},
    h('label', null, 'Outlet'), outlet, h('label', null, 'Published'), published, h('label', null, 'Title'), title, h('label', null, 'Address'), url);
  const read = () => {
    const v = {outlet: outlet.value.trim(), published: published.value.trim(), title: title.value.trim(), url: url.value.trim()};
    published.classList.toggle('invalid', v.published !== '' && !validDate(v.published));
    return v.published !== '' && !validDate(v.published) ? null : v;
  };
  return {grid, read};
}

function filesPanel(jobBox) {
  const input = h('input', {type: 'file', multiple: true, accept: ACCEPT, hidden: true});
  const list = h('ul', {class: 'files'});
  const drop = h('div', {class: 'drop', tabindex: 0, role: 'button'}, 'Drop report files here, or click to choose them',
    h('div', {class: 'muted'}, 'text, HTML, RSS/Atom, JSON Lines; a manifest.csv among them gives each file its outlet, date and title'));
  const meta = metaFields();
  const send = h('button', {type: 'button', class: 'primary', disabled: true}, 'Analyse the files');
  const msg = h('div');
  let files = [];
  const show = () => {
    replace(list, files.map((f) => h('li', null, h('span', null, f.name), h('span', {class: 'muted'}, `${Math.ceil(f.size / 1024)} KB`))));
    send.disabled = files.length === 0;
  };
  const add = (chosen) => {
    files = files.concat([...chosen]);
    show();
  };
  drop.addEventListener('click', () => input.click());
  drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') input.click(); });
  input.addEventListener('change', () => add(input.files));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    add(e.dataTransfer.files);
  });
  send.addEventListener('click', async () => {
    const m = meta.read();
    if (!m) return;
    const form = new FormData();
    for (const f of files) form.append(f.name.toLowerCase() === 'manifest.csv' ? 'manifest' : 'files', f, f.name);
    for (const [k, v] of Object.entries(m)) if (v) form.append(k, v);
    await submit(form, send, msg, jobBox);
    files = [];
    show();
  });
  return panel('Files', drop, input, list, h('p', {class: 'muted'}, 'For every file without a manifest row (optional):'), meta.grid, h('div', {class: 'actions'}, send), msg);
}

function pastePanel(jobBox) {
  const text = h('textarea', {name: 'text', placeholder: 'Paste the text of a report: its title on the first line, or in the field below.', 'aria-label': 'report text'});
  const meta = metaFields();
  const send = h('button', {type: 'button', class: 'primary'}, 'Analyse the text');
  const msg = h('div');
  send.addEventListener('click', async () => {
    const m = meta.read();
    if (!m) return;
    if (!text.value.trim()) {
      replace(msg, note('There is no text to analyse.', 'error'));
      return;
    }
    const report = {text: text.value};
    for (const [k, v] of Object.entries(m)) if (v) report[k] = v;
    if (await submit({reports: [report]}, send, msg, jobBox)) text.value = '';
  });
  return panel('Pasted text', text, meta.grid, h('div', {class: 'actions'}, send), msg);
}

async function submit(body, button, msg, jobBox) {
  button.disabled = true;
  replace(msg, note('Sending…'));
  try {
    const job = await post('/api/reports', body);
    replace(msg);
    update({job: job.job}, {redraw: false});
    follow(jobBox, job.job, job.stream);
    return true;
  } catch (e) {
    replace(msg, note(e instanceof ApiError && e.status === 413 ? `Too large for the server: ${e.message}` : `Not accepted: ${e.message}`, 'error'));
    return false;
  } finally {
    button.disabled = false;
  }
}

let current = null; // the job stream open now: one at a time

/** Shows a job: its progress from the stream (or its final state), its new events, its problems. */
async function follow(box, id, streamPath) {
  current?.close();
  current = null;
  const bar = h('div');
  const progress = h('div', {class: 'progress'}, bar);
  const state = h('p');
  const problems = h('ul', {class: 'problems'});
  const tbody = h('tbody');
  const table = h('table', {class: 'data', hidden: true}, eventsHead(), tbody);
  const after = h('p', {class: 'actions'});
  replace(box, panel(`Job ${id}`, state, progress, problems, after, h('div', {class: 'table-wrap'}, table)));
  let seen = 0;
  const show = (job) => {
    const total = job.total || 0;
    const done = job.done || 0;
    bar.style.width = `${total ? Math.round((100 * done) / total) : job.state === 'done' ? 100 : 5}%`;
    progress.className = `progress ${job.state === 'done' ? 'done' : job.state === 'failed' ? 'failed' : ''}`;
    state.textContent = `${job.state || 'running'}: ${done} of ${total || '?'} reports analysed, ${job.events ?? seen} events stored`;
  };
  const addProblem = (m) => problems.append(h('li', null, m));
  const finish = (job) => {
    show(job);
    replace(problems);
    (job.problems || []).forEach(addProblem);
    replace(after, job.articles?.length ? [h('a', {href: href('events', [], {sort: '-date'})}, 'the newest events in the table →'),
      h('a', {href: href('map', [])}, 'the map →')] : null);
  };

  let job;
  try {
    job = await get(`/api/jobs/${encodeURIComponent(id)}`);
  } catch (e) {
    replace(box, note(e instanceof ApiError && e.status === 404 ? `The server has no job ${id} (it may have restarted).` : e.message, 'error'));
    return;
  }
  show(job);
  if (job.state === 'done' || job.state === 'failed') {
    finish(job);
    return;
  }
  const es = eventSource(streamPath || `/api/jobs/${encodeURIComponent(id)}/stream`);
  current = es;
  const parse = (m) => {
    try { return JSON.parse(m.data); } catch { return null; }
  };
  es.addEventListener('progress', (m) => {
    const d = parse(m);
    if (d) show({...job, ...d, state: 'running', events: seen});
  });
  es.addEventListener('event', (m) => {
    const e = parse(m);
    if (!e) return;
    seen++;
    table.hidden = false;
    tbody.prepend(eventRow(e, true));
  });
  es.addEventListener('problem', (m) => {
    const d = parse(m);
    if (d?.message) addProblem(d.message);
  });
  es.addEventListener('done', (m) => {
    es.close();
    current = null;
    finish(parse(m) || {...job, state: 'done'});
  });
  es.addEventListener('error', () => {
    if (es.readyState === EventSource.CLOSED) state.textContent += ' (the stream closed; reload to see the job\'s state)';
  });
}
