// CSV of event rows, built in the page. Cells are formula-safe: a text cell that a spreadsheet would
// read as a formula (= + - @, tab, carriage return) is prefixed with an apostrophe; numbers stay numbers.

const COLUMNS = [
  ['id', (e) => e.id], ['date', (e) => e.date?.value], ['date_precision', (e) => e.date?.precision],
  ['type', (e) => e.type], ['mode', (e) => e.mode], ['cameo', (e) => e.cameo], ['quad', (e) => e.quad],
  ['goldstein', (e) => e.goldstein],
  ['source_ids', (e) => (e.source || []).map((a) => a.id).join(';')],
  ['source_names', (e) => (e.source || []).map((a) => a.name).join(';')],
  ['target_ids', (e) => (e.target || []).map((a) => a.id).join(';')],
  ['target_names', (e) => (e.target || []).map((a) => a.name).join(';')],
  ['place', (e) => e.location?.name], ['country', (e) => e.location?.country],
  ['lat', (e) => e.location?.lat], ['lon', (e) => e.location?.lon], ['location_precision', (e) => e.location?.precision],
  ['modality', (e) => e.modality], ['outlet', (e) => e.outlet], ['article', (e) => e.article],
  ['attribution', (e) => (e.attribution || []).map((a) => a.text).join(' <- ')],
  ['credibility', (e) => e.credibility], ['corroboration', (e) => e.corroboration], ['confidence', (e) => e.confidence],
  ['text', (e) => e.text],
];

export function cell(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text (with a byte-order mark, so that spreadsheets read UTF-8) of event rows. */
export function eventsCsv(rows) {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const e of rows) lines.push(COLUMNS.map(([, get]) => cell(get(e))).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
