/* app.js - the luisterloop dashboard: four screens, live over Server-Sent Events.
 * Citizen text is only ever set with textContent, never as HTML. */
'use strict';

const state = { me: null, screen: 'nu', signalId: '', feed: [], trendsRange: 'hour' };
const FEED_MAX = 50;
const LEVELS = { critical: 'Kritiek', high: 'Hoog', normal: 'Normaal', low: 'Laag' };
const STATES = { new: 'nieuw', released: 'vrijgegeven', claimed: 'opgepakt', done: 'afgerond' };
const CHANNELS = { web: 'Web', phone: 'Telefoon', balie: 'Balie', email: 'E-mail' };
/* The contract's ids in Dutch (an id not listed is shown as it is). */
const KINDS = { complaint: 'klacht', objection: 'bezwaar', question: 'vraag', report: 'melding',
  compliment: 'compliment', suggestion: 'suggestie', signal: 'signaal' };
const SENTIMENTS = { negative: 'negatief', neutral: 'neutraal', positive: 'positief' };
const EMOTIONS = { anger: 'boosheid', fear: 'angst', sadness: 'verdriet', joy: 'blijdschap', distrust: 'wantrouwen' };
const nl = (map, v) => (v ? map[v] || v : '');
/* Numbers as a Dutch reader writes them (20.000; 0,25): the browser's own locale gave
 * "20,000" on this Dutch page (user check 5). */
const NL_INT = new Intl.NumberFormat('nl-NL');
const fmtNum = (v, digits) => (v == null || !Number.isFinite(Number(v)) ? '--'
  : digits === undefined ? NL_INT.format(Number(v))
    : Number(v).toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/* The reasons' rule names and wording (config/urgency.conf, processors/classify.c) in Dutch
 * for the page; feedback.enriched keeps them as they are (contract.md), and the quoted
 * words, the citizen's own, stay. The table is config/reasons-nl.tsv, which the dashboard
 * serves as /reasons-nl.json and the internetaken sink translates its toelichting with
 * (core/reason_nl.c does there what reasonNl does here): one table, so the page and the
 * internetaak say a rule alike (user check 5). A name not listed shows as it is;
 * tests/reason_nl.sh fails when a rule of urgency.conf or the classifier's wording is
 * missing from it. Loaded by start() before the first screen. */
let REASON_NL = {};
let REASON_RE = null;
async function loadReasons() {
  const r = await fetch('/reasons-nl.json', { credentials: 'same-origin' });
  if (!r.ok) throw new Error('/reasons-nl.json: HTTP ' + r.status);
  REASON_NL = await r.json();
  const keys = Object.keys(REASON_NL);
  REASON_RE = keys.length ? new RegExp('(?<![A-Za-z-])(' + keys.sort((x, y) => y.length - x.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')(?![A-Za-z-])', 'g') : null;
}

/* One reason in Dutch: the names and wording between the quoted words; a quote opens after
 * a space, "(", "," or ":" and closes before one (so "one's" is no quote). */
function reasonNl(r) {
  const s = String(r);
  const plain = (t) => (REASON_RE ? t.replace(REASON_RE, (m) => REASON_NL[m]) : t);
  const open = /(^|[\s(,:])'/g;
  let out = '', at = 0, m;
  while ((m = open.exec(s))) {
    const q = m.index + m[1].length;
    let end = q + 1;
    while (end < s.length && !(s[end] === "'" && (end + 1 === s.length || /[\s,)]/.test(s[end + 1])))) end++;
    if (end >= s.length) break;
    out += plain(s.slice(at, q)) + s.slice(q, end + 1);
    at = end + 1;
    open.lastIndex = at;
  }
  return out + plain(s.slice(at));
}
/* A theme's explanation is its matched words; only the model's and the rules' entries and
 * "no theme fits" are wording to translate, not a citizen's word that reads like English. */
const themeWhyNl = (w) => (/^(model|rule|no theme fits):/.test(String(w)) ? reasonNl(w) : String(w));

/* el('p', {class: 'x'}, 'text', child...) : strings become text nodes. */
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const k of kids.flat()) {
    if (k === undefined || k === null || k === false) continue;
    e.appendChild(typeof k === 'string' ? document.createTextNode(k) : typeof k === 'number' ? document.createTextNode(fmtNum(k)) : k);
  }
  return e;
}

/* A table that stacks on a phone (style.css, table.stack): each cell is labelled with its
 * column's heading, shown before it; the roles keep it a table for a screen reader when CSS
 * makes its parts blocks (Chrome then drops the table semantics). The Wachtrijen table was
 * 788 px wide in a 390 px viewport, its Oppakken button off-screen (user check 5). */
function stackTable(table) {
  const heads = [...table.querySelectorAll('thead th')].map((h) => h.textContent);
  table.classList.add('stack');
  table.setAttribute('role', 'table');
  table.querySelectorAll('thead, tbody').forEach((g) => g.setAttribute('role', 'rowgroup'));
  table.querySelectorAll('tr').forEach((tr) => {
    tr.setAttribute('role', 'row');
    [...tr.children].forEach((c, i) => {
      c.setAttribute('role', c.tagName === 'TD' ? 'cell' : c.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader');
      if (c.tagName === 'TD' && heads[i]) c.setAttribute('data-label', heads[i]);
    });
  });
  return table;
}

function clear(node, ...kids) {
  node.replaceChildren(...kids.flat().filter((k) => k));
}

async function api(path, opts) {
  const o = Object.assign({ headers: {} }, opts || {});
  o.credentials = 'same-origin';
  if (o.method === 'POST') {
    o.headers['X-CSRF-Token'] = state.me ? state.me.csrf : '';
    if (o.body !== undefined) o.headers['Content-Type'] = 'application/json';
  }
  const r = await fetch('/api/v1/' + path, o);
  if (r.status === 401) { location.href = '/login'; throw new Error('niet ingelogd'); }
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) {
    const e = new Error((body && body.error) || ('HTTP ' + r.status));
    e.status = r.status;
    throw e;
  }
  return body;
}

/* What went wrong, in Dutch: the API's own message is English for tools ("no such signal
 * among the kept ones" read as such on this Dutch page, user check 5). */
function failNl(e) {
  const s = e && e.status;
  return s === 400 ? 'de invoer klopt niet'
    : s === 403 ? 'dat mag uw rol niet'
      : s === 404 ? 'niet (meer) te vinden'
        : s === 409 ? 'al gedaan door een ander'
          : s === 503 ? 'de wachtrijen zijn nu niet bereikbaar; probeer het zo opnieuw'
            : s ? 'fout ' + s + ' van het dashboard' : 'geen verbinding met het dashboard';
}

function fmtTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d)) return iso;
  return d.toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' });
}

function fmtAge(ms) {
  const m = Math.floor(ms / 60000);
  if (m < 1) return 'minder dan een minuut';
  if (m < 60) return m + ' min';
  const h = Math.floor(m / 60);
  if (h < 48) return h + ' uur';
  return Math.floor(h / 24) + ' dagen';
}

function levelBadge(level) {
  return el('span', { class: 'badge level-' + (level || 'normal') }, LEVELS[level] || level || 'onbekend');
}

/* A link to Signaal. "Details" alone, fifty times on Nu, told a screen reader's links list
 * nothing (user check 5): about names the signal (level, theme, wijk, time) in a text only
 * assistive technology reads, after the visible word. */
function signalLink(id, label, about) {
  return el('a', { href: '#signaal/' + encodeURIComponent(id) }, label || 'Details',
    about ? el('span', { class: 'sr' }, ' van ' + about) : null);
}

/* What a signal or case is, in a few words: "kritiek signaal, overlast in Delfshaven, 03:12:05". */
function signalAbout(level, theme, wijk, time, what) {
  const d = time ? new Date(time) : null;
  const at = d && !isNaN(d) ? d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
  return [(LEVELS[level] || level || '').toLowerCase(), what || 'signaal'].filter((w) => w).join(' ') + ', ' +
    (theme || 'overig') + (wijk ? ' in ' + wijk : '') + (at ? ', ' + at : '');
}

function advice(u) {
  if (!u || !u.advice) return null;
  return el('p', { class: 'advice', role: 'note' }, el('strong', {}, 'Advies: '), u.advice);
}

/* ---- Nu ---- */

/* uPlot's time axis and legend in Dutch (its defaults are English: "10pm", "Time"). */
const NL_TIME = { label: 'Tijd', value: (u, ts) => (ts == null ? '--' : new Date(ts * 1000).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' })) };
/* Ticks a whole minute apart at least: the labels are HH:MM, and on a chart of a few minutes
 * (Nu's young alerts; Trends from its first signal) uPlot's 5-s ticks said "20:34" ten times. */
const NL_TIME_INCRS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800];
const NL_AXES = [{ incrs: NL_TIME_INCRS, values: (u, splits, ai, space, incr) => splits.map((ts) => {
  const d = new Date(ts * 1000);
  return incr >= 86400 ? d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'short' })
    : d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
}) }, {
  values: (u, splits) => splits.map((v) => fmtNum(v)),
  /* As wide as its longest label: uPlot's fixed 50 px drew "20,000" as "0,000" (user check 5). */
  size: (u, values, ai) => {
    const a = u.axes[ai];
    if (!values || !values.length) return 50;
    u.ctx.save();
    u.ctx.font = a.font[0];
    const w = Math.max(...values.map((v) => u.ctx.measureText(v).width)) / devicePixelRatio;
    u.ctx.restore();
    return Math.ceil(w + a.ticks.size + a.gap + 6);
  },
}];

/* The minute still open (c.open_t) counts only what came in so far: drawn in the line it
 * dropped a spike to 0 at the last point (user check of 12-01). It is left out of the line
 * and shown as a point of its own, "tot nu". */
function openMinute(c) {
  const i = c.t.indexOf(c.open_t);
  if (i < 0) return { line: c.observed, point: null, label: '' };
  const secs = Math.round((c.open_share || 0) * 60);
  return {
    line: c.observed.map((v, k) => (k === i ? null : v)),
    point: c.observed.map((v, k) => (k === i ? v : null)),
    label: 'Lopende minuut, tot nu (' + secs + ' van 60 s)',
  };
}

function chart(node, c, title) {
  if (!window.uPlot || !c || !c.t) return;
  const lo = c.t.map(() => c.band_low), hi = c.t.map(() => c.band_high), ex = c.t.map(() => c.expected);
  const open = openMinute(c);
  const width = Math.max(320, node.clientWidth || 600);
  const opts = {
    title, width, height: 180,
    scales: { x: { time: true } },
    axes: NL_AXES,
    series: [
      NL_TIME,
      /* source "detect": the detector's new threads per minute, what the alert fired on;
       * else the kept signals per minute (the last signals_kept only) */
      { label: c.source === 'detect' ? 'Nieuwe contacten per minuut (detector)' : 'Waargenomen per minuut (bewaarde signalen)',
        stroke: '#0b4f8a', width: 2 },
      { label: 'Verwacht', stroke: '#5a3e00', dash: [6, 4], width: 1, value: (u, v) => fmtNum(v, 2) },
      { label: 'Band laag', stroke: '#6b6b6b', width: 1, value: (u, v) => fmtNum(v, 2) },
      { label: 'Band hoog', stroke: '#6b6b6b', width: 1, value: (u, v) => fmtNum(v, 2) },
    ],
    bands: [{ series: [4, 3], fill: 'rgba(90, 62, 0, 0.12)' }],
  };
  const data = [c.t, open.line, ex, lo, hi];
  if (open.point) {
    /* a hollow point, no line to it: a count so far, not a minute's count */
    opts.series.push({ label: open.label, stroke: '#0b4f8a', width: 2, paths: () => null,
      points: { show: true, size: 9, width: 2, stroke: '#0b4f8a', fill: '#ffffff' } });
    data.push(open.point);
  }
  const last = open.point ? open.point.find((v) => v != null) : null;
  const wrap = el('div', { class: 'chart', role: 'img',
    'aria-label': title + ': waargenomen tegen de verwachte band (' + fmtNum(c.expected, 2) + ' per minuut)' +
      (open.point ? '; de lopende minuut tot nu: ' + fmtNum(last) : '') });
  node.appendChild(wrap);
  new window.uPlot(opts, data, wrap);
}

function silenceForm(a) {
  const labels = a.labels || {};
  const id = 'sil-' + a.alert_id;
  /* How long, not a date-time field: <input type=datetime-local> shows the browser's own
   * format ("12/01/2026, 11:22 AM" in a browser set to English, user checks of 12-01); the
   * end it makes is shown in Dutch beside it. The same choice as `silence add --for`. */
  const hours = [[1, '1 uur'], [2, '2 uur'], [4, '4 uur'], [8, '8 uur'], [24, '1 dag'], [72, '3 dagen'], [168, '1 week']];
  const end = (h) => new Date(Date.now() + h * 3600 * 1000);
  const msg = el('p', { role: 'status', 'aria-live': 'polite' });
  const select = el('select', { id: id + '-u', name: 'hours', 'aria-describedby': id + '-t' },
    hours.map(([h, text]) => el('option', h === 4 ? { value: h, selected: true } : { value: h }, text)));
  const endText = el('span', { id: id + '-t', class: 'meta' });
  const showEnd = () => { endText.textContent = 'tot ' + fmtTime(end(Number(select.value)).toISOString()); };
  select.addEventListener('change', showEnd);
  showEnd();
  const form = el('form', { class: 'silence', 'aria-label': 'Stil zetten' },
    el('label', { for: id + '-c' }, 'Reden'), ' ',
    el('input', { id: id + '-c', name: 'comment', required: true, maxlength: 200 }), ' ',
    el('label', { for: id + '-u' }, 'Voor'), ' ', select, ' ', endText, ' ',
    el('button', { type: 'submit' }, 'Stil zetten'), msg);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const matchers = ['theme=' + labels.theme];
    matchers.push(labels.wijk ? 'wijk=' + labels.wijk : 'wijk=*');
    const until = end(Number(select.value)).toISOString();
    try {
      await api('silences', { method: 'POST', body: JSON.stringify({
        matchers, comment: form.comment.value, until }) });
      msg.textContent = 'Stil gezet tot ' + fmtTime(until) + '.';
    } catch (e) { msg.textContent = 'Niet gelukt: ' + failNl(e) + '.'; }
  });
  return form;
}

/* "Waargenomen 71 tegen verwacht 22.5 in 180 minuten" on a stack 13 minutes old read as three
 * hours observed, against a baseline that was mostly the prior (user check of 12-01,
 * REPORT-user3 item 13): the minutes the figures cover (span_min, fewer than the window when
 * it reaches back before the detector began), and a prior said to be one. The escalation's
 * summary says the same (sinks/escalation.c). */
function alertFigures(a) {
  const win = Number(a.window_min), span = Number(a.span_min);
  const counted = span >= 1 && span < win ? span : win;
  const mins = (n) => n + (n === 1 ? ' minuut' : ' minuten');
  return 'Waargenomen ' + fmtNum(a.observed) + ' tegen verwacht ' + fmtNum(a.expected, 1) + ' in ' +
    (counted < win ? 'de ' + mins(counted) + ' die de detector van dit venster van ' + mins(win) + ' telde.' : mins(win) + '.') +
    (Number(a.prior_share) >= 0.5 ? ' Het verwachte aantal is vooral een aanname (het gemiddelde van vergelijkbare reeksen): deze reeks heeft nog weinig eigen geschiedenis.' : '');
}

function renderAlert(a) {
  const labels = a.labels || {};
  const where = labels.wijk ? labels.wijk : 'hele gemeente';
  const firing = a.status === 'firing';
  const box = el('article', { class: 'alert ' + (firing ? 'firing' : 'resolved'), 'data-alert': a.alert_id },
    el('h4', {}, (firing ? 'Actief: ' : 'Opgelost: ') + (labels.theme || '?') + ' in ' + where),
    el('p', {}, 'Sinds ' + fmtTime(a.started_at) + (a.ends_at ? ', tot ' + fmtTime(a.ends_at) : '') +
      '. ' + alertFigures(a)));
  if (Array.isArray(a.quotes) && a.quotes.length) {
    box.appendChild(el('ul', { class: 'quotes' }, a.quotes.map((q) => el('li', {}, el('q', { class: 'citizen', dir: 'auto' }, String(q))))));
  }
  /* A sample that told of suicide or self-harm is counted, not quoted (detect, quotes_withheld). */
  if (a.quotes_withheld > 0) {
    box.appendChild(el('p', { class: 'withheld' }, a.quotes_withheld + (a.quotes_withheld === 1 ? ' voorbeeld' : ' voorbeelden') +
      ' niet geciteerd: over zelfdoding of zelfbeschadiging.'));
  }
  if (firing) {
    const holder = el('div', {});
    box.appendChild(holder);
    requestAnimationFrame(() => chart(holder, a.chart, 'Reeks ' + (labels.theme || '') + ' / ' + where));
    if (state.me && state.me.role !== 'viewer') box.appendChild(silenceForm(a));
  }
  return box;
}

/* Nu is drawn again on every urgent signal and alert (often, under traffic). A firing
 * alert someone is silencing (focus in it, a comment typed, or its answer shown) keeps
 * its article, so what they typed and the answer stay. */
function keptAlert(a) {
  const old = document.querySelector(`#alerts article.alert.firing[data-alert="${CSS.escape(String(a.alert_id))}"]`);
  if (!old) return null;
  const form = old.querySelector('form.silence');
  const busy = old.contains(document.activeElement) ||
    (form && (form.comment.value || (form.querySelector('[role=status]') || {}).textContent));
  return busy ? old : null;
}

/* Focus on a link or button in a card or the feed goes to its twin after a redraw. */
function focusKey() {
  const a = document.activeElement;
  const holder = a && a.closest && a.closest('[data-signal]');
  return holder && holder.closest('#screen-nu') ? { id: holder.getAttribute('data-signal'), list: holder.parentElement.id || holder.closest('[id]').id, tag: a.tagName } : null;
}

function focusBack(k) {
  if (!k) return;
  const holder = document.querySelector(`#${k.list} [data-signal="${CSS.escape(k.id)}"]`) ||
    document.querySelector(`#screen-nu [data-signal="${CSS.escape(k.id)}"]`);
  const target = holder && holder.querySelector(k.tag.toLowerCase());
  if (target) target.focus();
}

async function loadNu() {
  const [alerts, urgent] = await Promise.all([api('alerts'), api('urgent')]);
  const firing = alerts.filter((a) => a.status === 'firing');
  const resolved = alerts.filter((a) => a.status !== 'firing').slice(0, 5);
  const fk = focusKey(), act = document.activeElement;
  clear(document.getElementById('alerts'),
    firing.length ? firing.map((a) => keptAlert(a) || renderAlert(a)) : el('p', {}, 'Geen actieve alerts.'),
    resolved.map(renderAlert));
  if (act && act.isConnected && document.activeElement !== act) act.focus(); /* in a kept alert */
  /* The API lists critical, then high, each newest received first; one list of both read as
   * out of time order at the seam (user check of 12-01), so each level has its heading. */
  const card = (s) => el('li', { class: 'card', 'data-signal': s.id },
    el('p', {}, levelBadge(s.urgency && s.urgency.level), ' ', s.theme || 'overig', ' - ',
      (s.area && s.area.wijk) || 'wijk onbekend', ' - ', el('time', { datetime: s.time || '' }, fmtTime(s.time)),
      s.queue_state ? ' - ' + (STATES[s.queue_state] || s.queue_state) + ' in ' + s.queue_team : ''),
    advice(s.urgency),
    el('p', { class: 'citizen', dir: 'auto' }, s.text || ''),
    el('p', {}, signalLink(s.id, null, signalAbout(s.urgency && s.urgency.level, s.theme, s.area && s.area.wijk, s.time))));
  clear(document.getElementById('urgent'), urgent.length
    ? ['critical', 'high'].flatMap((l) => {
      const group = urgent.filter((s) => (s.urgency && s.urgency.level) === l);
      return group.length ? [el('h4', {}, LEVELS[l] + ' (' + fmtNum(group.length) + '), nieuwste eerst'),
        el('ul', { class: 'cards', 'data-level': l }, group.map(card))] : [];
    })
    : el('p', {}, 'Niets open.'));
  renderFeed();
  focusBack(fk);
}

function renderFeed() {
  const ol = document.getElementById('feed');
  clear(ol, state.feed.map((s) => el('li', { 'data-signal': s.id },
    el('span', { class: 'meta' }, fmtTime(s.time), ' ', CHANNELS[s.channel] || s.channel || '', ' ',
      nl(KINDS, s.kind), ' ', s.theme || ''), ' ', levelBadge(s.urgency && s.urgency.level), ' ',
    el('span', { class: 'citizen', dir: 'auto' }, s.text || ''), ' ',
    signalLink(s.id, null, signalAbout(s.urgency && s.urgency.level, s.theme, s.area && s.area.wijk, s.time)))));
}

/* ---- Wachtrijen ---- */

/* Claim, ack or release case c of team; the status line says which case in words (its raw
 * stream id, "Opgepakt: 1796167866987-0", said nothing, user check 5). The table is drawn
 * again: focus, on the button pressed, goes to its row's first control, or to the row now
 * in its place when the case left the queue (focus fell to <body>, and the next Tab started
 * at the top of the page: 9 Tabs back to the next Afronden). */
async function caseAction(team, c, verb) {
  const msg = document.getElementById('queue-msg');
  const what = signalAbout(c.level, c.theme, c.wijk, c.received_at, 'zaak');
  const fk = queueFocusKey();
  let text;
  try {
    await api('queues/' + encodeURIComponent(team) + '/' + encodeURIComponent(c.stream_id) + '/' + verb, { method: 'POST' });
    text = { claim: 'Opgepakt', ack: 'Afgerond', release: 'Vrijgegeven' }[verb] + ': ' + what + '.';
  } catch (e) {
    text = { claim: 'Oppakken', ack: 'Afronden', release: 'Vrijgeven' }[verb] + ' niet gelukt (' + what + '): ' + failNl(e) + '.';
  }
  msg.textContent = text;
  await loadQueues(fk && Object.assign(fk, { control: -1 })); /* its first button */
}

/* Where focus is in the queues: team, case, the row's place and the control's. */
function queueFocusKey() {
  const a = document.activeElement;
  const row = a && a.closest && a.closest('#queues tr[data-case]');
  if (!row) return null;
  const controls = [...row.querySelectorAll('a, button')];
  return { team: row.closest('section.queue').getAttribute('data-team'), id: row.getAttribute('data-case'),
    row: [...row.parentElement.children].indexOf(row), control: Math.max(0, controls.indexOf(a)) };
}

/* Focus back on k's case after a redraw; a case gone: the row now at its place (else the
 * last row), its button first; an empty table: the team's heading. */
function queueFocusBack(k) {
  if (!k) return;
  const sec = document.querySelector(`#queues section.queue[data-team="${CSS.escape(k.team)}"]`);
  if (!sec) return;
  let row = sec.querySelector(`tr[data-case="${CSS.escape(k.id)}"]`), control = k.control;
  if (!row) {
    const rows = sec.querySelectorAll('tbody tr[data-case]');
    row = rows[Math.min(k.row, rows.length - 1)];
    control = -1;
  }
  const target = !row ? sec.querySelector('h3')
    : control >= 0 ? row.querySelectorAll('a, button')[control] || row.querySelector('button, a')
      : row.querySelector('button') || row.querySelector('a');
  if (target) target.focus();
}

/* Per team the stream ids the pages start after: [] is the first page. */
const QUEUE_PAGE = 50;
const pages = {};

function pageNav(team, t, first) {
  const stack = pages[team] || [];
  const go = (next) => () => {
    if (next) stack.push(next); else stack.pop();
    pages[team] = stack;
    loadQueues().then(() => {
      const h = document.getElementById('q-' + team);
      if (h) h.focus();
    });
  };
  const last = first + t.cases.length - 1;
  return el('nav', { class: 'pager', 'aria-label': 'Pagina\'s van ' + team },
    el('span', {}, t.cases.length ? 'Zaken ' + fmtNum(first) + '-' + fmtNum(last) + ' van ' + fmtNum(t.unclaimed + t.claimed) : ''), ' ',
    stack.length ? el('button', { type: 'button', onclick: go(null) }, 'Vorige ' + QUEUE_PAGE) : null, ' ',
    t.next ? el('button', { type: 'button', onclick: go(t.next) }, 'Volgende ' + QUEUE_PAGE) : null);
}

async function loadQueues(focusWanted) {
  const list = await api('queues');
  const canAct = state.me && state.me.role !== 'viewer';
  const parts = [];
  for (const q of list) {
    const stack = pages[q.team] || [];
    const after = stack.length ? stack[stack.length - 1] : '';
    let t = await api('queues/' + encodeURIComponent(q.team) + '?limit=' + QUEUE_PAGE + (after ? '&after=' + encodeURIComponent(after) : ''));
    if (!t.cases.length && stack.length) {
      /* the page emptied (cases done meanwhile): back to the first */
      pages[q.team] = [];
      t = await api('queues/' + encodeURIComponent(q.team) + '?limit=' + QUEUE_PAGE);
    }
    const first = (pages[q.team] || []).length * QUEUE_PAGE + 1;
    const rows = t.cases.map((c) => {
      const mine = c.consumer === state.me.user;
      const actions = [];
      if (canAct && c.state !== 'claimed') actions.push(el('button', { type: 'button', onclick: () => caseAction(q.team, c, 'claim') }, 'Oppakken'));
      if (canAct && c.state === 'claimed' && c.stale && !mine) actions.push(el('button', { type: 'button', onclick: () => caseAction(q.team, c, 'claim') }, 'Overnemen'));
      if (canAct && c.state === 'claimed' && mine) {
        actions.push(el('button', { type: 'button', onclick: () => caseAction(q.team, c, 'ack') }, 'Afronden'));
        actions.push(' ');
        actions.push(el('button', { type: 'button', onclick: () => caseAction(q.team, c, 'release') }, 'Vrijgeven'));
      }
      return el('tr', { 'data-case': c.stream_id, class: c.stale ? 'stale' : '' },
        el('td', {}, levelBadge(c.level)),
        el('td', {}, c.theme || (c.source === 'alert' ? 'alert' : ''), c.wijk ? ' / ' + c.wijk : ''),
        el('td', {}, advice({ advice: c.advice }), el('span', { class: 'citizen', dir: 'auto' }, c.text || c.summary || ''),
          /* why it is on this queue: the words that made its level, which a long text's start may not show */
          (c.reasons || []).length ? el('ul', { class: 'case-reasons' }, c.reasons.map((r) => el('li', {}, reasonNl(r)))) : null),
        el('td', {}, fmtAge(c.age_ms || 0)),
        el('td', {}, (STATES[c.state] || c.state) + (c.stale ? ' (verlopen claim)' : '')),
        el('td', {}, c.consumer || ''),
        el('td', {}, c.event_id ? signalLink(c.event_id, null, signalAbout(c.level, c.theme, c.wijk, c.received_at, 'zaak')) : '', ' ', actions));
    });
    parts.push(el('section', { class: 'queue', 'data-team': q.team, 'aria-labelledby': 'q-' + q.team },
      el('h3', { id: 'q-' + q.team, tabindex: '-1' }, q.team),
      rows.length && (t.next || (pages[q.team] || []).length)
        ? el('p', { class: 'range' }, 'Zaken ' + fmtNum(first) + '-' + fmtNum(first + rows.length - 1) + ' van ' + fmtNum(t.unclaimed + t.claimed) +
          ' (pagina ' + fmtNum((pages[q.team] || []).length + 1) + ' van ' + fmtNum(Math.max(1, Math.ceil((t.unclaimed + t.claimed) / QUEUE_PAGE))) + ')') : null,
      el('p', {}, fmtNum(q.unclaimed) + ' open, ' + fmtNum(q.claimed) + ' opgepakt' + (q.stale ? ', ' + fmtNum(q.stale) + ' verlopen' : '') +
        (q.oldest_unclaimed_age_ms ? '; oudste open: ' + fmtAge(q.oldest_unclaimed_age_ms) : '')),
      rows.length ? stackTable(el('table', {},
        el('caption', { class: 'sr' }, 'Zaken van ' + q.team),
        el('thead', {}, el('tr', {}, ['Urgentie', 'Thema / wijk', 'Melding', 'Leeftijd', 'Status', 'Door', 'Actie'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows))) : el('p', {}, 'Leeg.'),
      rows.length && (t.next || (pages[q.team] || []).length) ? pageNav(q.team, t, first) : null));
  }
  /* Focus where it was when drawing began, not where the awaits above began: the
   * ten-second refresh and the stream's redraws take it along too. */
  const fk = focusWanted || queueFocusKey();
  clear(document.getElementById('queues'), parts.length ? parts : el('p', {}, 'Geen teams.'));
  queueFocusBack(fk);
}

/* ---- Trends ---- */

/* The last point of a trend is the minute (or hour) still open, and the minutes before the
 * first signal the dashboard counted are none it saw: drawn in the line, the open one fell
 * like traffic collapsing and the start was ~50 minutes of zeros (user check of 12-01,
 * REPORT-user3 item 12). As on Nu (openMinute): the chart starts at tr.since_t, and the open
 * point is left out of each line and drawn as a hollow point, "tot nu". */
function trendChart(node, title, dim, tr, range, labels) {
  const names = Object.keys(dim || {});
  if (!names.length || !window.uPlot || tr.since_t == null) { node.appendChild(el('p', {}, title + ': nog geen gegevens.')); return; }
  let xs, pick, step, openT, share, firstShare;
  if (range === 'hour') {
    xs = dim[names[0]].hour.map((_, i) => tr.hour_start + i * 60);
    pick = (s) => s.hour;
    [step, openT, share, firstShare] = [60, tr.hour_open_t, tr.hour_open_share, tr.hour_first_share];
  } else {
    const n = range === 'day' ? 24 : 168;
    xs = dim[names[0]].week.slice(-n).map((_, i) => tr.week_start + (168 - n + i) * 3600);
    pick = (s) => s.week.slice(-n);
    [step, openT, share, firstShare] = [3600, tr.week_open_t, tr.week_open_share, tr.week_first_share];
  }
  const from = Math.max(0, xs.findIndex((x) => x + step > tr.since_t));
  const open = xs.indexOf(openT) - from;
  /* The first point, when it is the since_t slot and the first signal came in after its
   * start, holds only that part (9 s of a fresh stack's first minute read as a ramp from ~20
   * to ~120, user check of 12-01): left out of the line and hollow, like the open point. */
  const first = xs[from] <= tr.since_t && firstShare != null && firstShare < 1 && open !== 0 ? 0 : -1;
  xs = xs.slice(from);
  const counts = names.map((n) => pick(dim[n]).slice(from));
  const partial = [open, first].filter((i) => i >= 0);
  const lines = counts.map((c) => c.map((v, i) => (partial.includes(i) ? null : v)));
  const pointsAt = (i) => counts.map((c) => (i >= 0 ? c[i] : null));
  const openVals = pointsAt(open), firstVals = pointsAt(first);
  const unit = step === 60 ? ' van 60 s' : ' van 60 min';
  const part = Math.round((share || 0) * 60) + unit;
  const firstPart = Math.round((firstShare || 0) * 60) + unit;
  const what = step === 60 ? 'de lopende minuut' : 'het lopende uur'; /* "de lopend uur" read wrong */
  const colors = ['#0b4f8a', '#8a2b0b', '#1f6b2a', '#5a3e00', '#6b1f6b', '#00606b', '#333333', '#7a5200'];
  const color = (i) => colors[i % colors.length];
  const series = [NL_TIME].concat(names.map((n, i) => ({
    label: labels ? nl(labels, n) : n, stroke: color(i), width: 2,
    /* the legend at a partial point gives its count and the part it covers */
    value: (u, v, si, idx) => (idx === open ? fmtNum(openVals[si - 1]) + ' (tot nu)'
      : idx === first ? fmtNum(firstVals[si - 1]) + ' (vanaf het eerste signaal)' : fmtNum(v)),
  })));
  const hollow = (u) => {
    const ctx = u.ctx, r = 4.5 * devicePixelRatio;
    ctx.save();
    for (const [at, vals] of [[open, openVals], [first, firstVals]]) {
      if (at < 0) continue;
      vals.forEach((v, i) => {
        if (v == null || !u.series[i + 1].show) return;
        ctx.beginPath();
        ctx.arc(u.valToPos(xs[at], 'x', true), u.valToPos(v, 'y', true), r, 0, 2 * Math.PI);
        ctx.fillStyle = '#ffffff';
        ctx.fill();
        ctx.lineWidth = 2 * devicePixelRatio;
        ctx.strokeStyle = color(i);
        ctx.stroke();
      });
    }
    ctx.restore();
  };
  const top = Math.max(1, ...counts.flat().filter((v) => v != null));
  const note = (first >= 0 ? 'Eerste punt: vanaf het eerste signaal (' + firstPart + '). ' : '') +
    (open >= 0 ? 'Open punt: ' + what + ', tot nu (' + part + ').' : '');
  const wrap = el('figure', { class: 'chart', 'data-from': xs[0], 'data-open': open >= 0 ? openT : null,
    'data-first-partial': first >= 0 ? xs[0] : null },
    el('figcaption', {}, title, note ? el('span', { class: 'meta' }, ' ' + note) : null));
  node.appendChild(wrap);
  /* The page's width (main is at most 72rem): capped at 760 px they used half of it
   * (user checks of 12-01). */
  return new window.uPlot({ width: Math.max(320, node.clientWidth || 700), height: 200, series, axes: NL_AXES,
    scales: { x: { time: true }, y: { range: (u, lo, hi) => [0, Math.max(hi || 0, top) * 1.1] } },
    hooks: { draw: [hollow] } },
  [xs].concat(lines), wrap);
}

function pct(x) { return fmtNum(100 * (x || 0), 0) + '%'; }

async function loadTrends() {
  const tr = await api('trends');
  const node = document.getElementById('trends');
  clear(node);
  const range = state.trendsRange;
  trendChart(node, 'Per kanaal', tr.channel, tr, range, CHANNELS);
  trendChart(node, 'Per thema', tr.theme, tr, range);
  trendChart(node, 'Per soort', tr.kind, tr, range, KINDS);
  const s = tr.sentiment || {};
  node.appendChild(el('h3', {}, 'Kerncijfers'));
  node.appendChild(el('ul', {},
    el('li', {}, 'Contacten (bewaard venster): ' + fmtNum(tr.total)),
    el('li', {}, 'Herhaalcontact: ' + pct(tr.repeat_share)),
    el('li', {}, 'Sentiment: ' + fmtNum(s.negative) + ' negatief, ' + fmtNum(s.neutral) + ' neutraal, ' + fmtNum(s.positive) +
      ' positief (gemiddeld ' + fmtNum(s.mean || 0, 2) + ')'),
    el('li', {}, 'Formele klachten open: ' + fmtNum(tr.formal.open) + ', binnen een week termijn: ' + fmtNum(tr.formal.near) +
      ', termijn verstreken: ' + fmtNum(tr.formal.past) + '; afgehandeld: ' + fmtNum(tr.formal.handled) +
      ' (binnen de termijn: ' + fmtNum(tr.formal.handled_in_term) + ')' +
      (tr.formal.handled_known === false ? ' (afgehandeld nu niet op te vragen: alle tellen als open)' : ''))));
  node.appendChild(el('p', { id: 'formal-msg', role: 'status', 'aria-live': 'polite' }, formalMsg()));
  if (tr.formal.due && tr.formal.due.length) {
    const canAct = state.me && state.me.role !== 'viewer';
    node.appendChild(stackTable(el('table', { id: 'formal-due' }, el('caption', {}, 'Open formele klachten dicht bij of over de Awb-termijn'),
      el('thead', {}, el('tr', {}, ['Signaal', 'Thema', 'Ontvangen', 'Termijn'].concat(canAct ? ['Actie'] : [])
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, tr.formal.due.map((f) => el('tr', { class: f.past ? 'stale' : '', 'data-formal': f.id },
        el('td', {}, signalLink(f.id, f.id)), el('td', {}, f.theme), el('td', {}, f.received),
        el('td', {}, f.deadline + (f.past ? ' (verstreken)' : '')),
        canAct ? el('td', {}, formalButton(f.id, formalAbout(f.theme, f.received))) : null))))));
  }
  node.appendChild(stackTable(el('table', { id: 'wijken' }, el('caption', {}, 'Per wijk'),
    el('thead', {}, el('tr', {}, ['Wijk', 'Contacten', 'Negatief', 'Urgent', 'Herhaal', 'Formeel'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, (tr.wijken || []).sort((a, b) => b.total - a.total).map((w) => el('tr', {},
      el('th', { scope: 'row' }, w.wijk), el('td', {}, w.total), el('td', {}, pct(w.negative_share)),
      el('td', {}, w.urgent), el('td', {}, pct(w.repeat_share)), el('td', {}, w.formal)))))));
  if (tr.funnel) {
    node.appendChild(el('h3', {}, 'Webformulier'));
    const f = tr.funnel;
    /* Each step once per page (the web role counts a page's corrections and second sends as
     * one, REPORT-user3 item 14); the rounds of errors are posts, said apart. */
    node.appendChild(el('p', { id: 'funnel' }, 'Getoond ' + fmtNum(f.shown) + ' → begonnen ' + fmtNum(f.started) + ' → verstuurd ' + fmtNum(f.submitted) +
      ' → aangenomen ' + fmtNum(f.accepted) + ' (formulieren, elk één keer geteld; ' + fmtNum(f.invalid) + ' keer teruggegeven met fouten, spam ' +
      fmtNum(f.spam) + ', te vaak ' + fmtNum(f.rate_limited) + '; sinds de start van de webrol)'));
  }
}

/* A formal complaint in words: "formele klacht over parkeren, ontvangen 2026-10-20". */
function formalAbout(theme, received) {
  return 'formele klacht over ' + (theme || 'overig') + (received ? ', ontvangen ' + received : '');
}

/* A formal complaint is handled: POST /api/v1/formal/ID/handled, then the screen again. The
 * status says which complaint in words: its raw event id ("Afgehandeld: 4f0c...") said
 * nothing, as the queues' did (user check 5). */
function formalButton(id, what) {
  return el('button', { type: 'button', onclick: async () => {
    let text;
    try {
      await api('formal/' + encodeURIComponent(id) + '/handled', { method: 'POST' });
      text = 'Afgehandeld: ' + what + '.';
    } catch (e) { text = 'Afhandelen niet gelukt (' + what + '): ' + failNl(e) + '.'; }
    /* Kept for the screen it was said on: the 'formal' event this POST sends redraws Trends
     * and Signaal half a second later (refreshSoon), which emptied the status as soon as it was
     * said (CI's browser test of 12-05 read it empty). */
    state.formalMsg = { screen: state.screen, text };
    await show();
    const msg = document.getElementById('formal-msg');
    if (msg) msg.textContent = text;
  } }, 'Afgehandeld');
}

/* The last formal complaint's status, on the screen it was said on. */
function formalMsg() {
  return state.formalMsg && state.formalMsg.screen === state.screen ? state.formalMsg.text : '';
}

/* ---- Signaal ---- */

async function loadSignal() {
  const node = document.getElementById('signal');
  document.getElementById('signal-id').value = state.signalId;
  if (!state.signalId) { clear(node, el('p', {}, 'Kies een signaal op Nu of Wachtrijen, of vul een id in.')); return; }
  let s;
  try { s = await api('signals/' + encodeURIComponent(state.signalId)); } catch (e) {
    clear(node, el('p', { role: 'alert' }, e.status === 404
      ? 'Niet gevonden: geen signaal met dit id onder de bewaarde signalen.' : 'Niet gelukt: ' + failNl(e) + '.'));
    return;
  }
  const u = s.urgency || {};
  clear(node,
    el('h3', {}, (s.theme || 'overig') + ' - ' + (CHANNELS[s.channel] || s.channel || '') + ' - ' + fmtTime(s.time)),
    el('p', {}, levelBadge(u.level), ' ', nl(KINDS, s.kind), s.formal ? ' (formele klacht)' : ''),
    advice(u),
    s.subject ? el('p', {}, el('strong', {}, 'Onderwerp: '), el('span', { class: 'citizen', dir: 'auto' }, s.subject)) : null,
    el('blockquote', { class: 'citizen', dir: 'auto' }, s.text || ''),
    el('h4', {}, 'Thema\'s en de woorden die ze aanwezen'),
    (s.themes || []).length ? el('ul', {}, s.themes.map((t) => el('li', {}, t.id + ' (' + fmtNum(t.score || 0, 2) + '): ' +
      (t.matched || []).map(themeWhyNl).join(', '))))
      : el('p', {}, 'Geen thema herkend: ' + (s.theme || 'overig') + '.'),
    el('h4', {}, 'Urgentie en redenen'),
    el('ul', { id: 'signal-reasons' }, (u.reasons || []).map((r) => el('li', {}, reasonNl(r)))),
    el('h4', {}, 'Gebied'),
    el('p', {}, ((s.area && s.area.wijk) || 'onbekend') + (s.area && s.area.buurt ? ' / ' + s.area.buurt : '')),
    s.sentiment ? el('p', {}, 'Sentiment: ' + nl(SENTIMENTS, s.sentiment.label) + ' (' + fmtNum(s.sentiment.score, 2) + ')' +
      ((s.emotions || []).length ? '; emoties: ' + s.emotions.map((e) => nl(EMOTIONS, e)).join(', ') : '')) : null,
    s.awb ? el('p', {}, 'Awb: ontvangen ' + s.awb.received + ', termijn ' + s.awb.deadline +
      (s.awb_handled ? (s.awb_handled.at ? '; afgehandeld ' + fmtTime(s.awb_handled.at) + ' door ' + s.awb_handled.by : '; nog open') : '')) : null,
    s.awb_handled && !s.awb_handled.at && state.me && state.me.role !== 'viewer'
      ? el('p', {}, formalButton(s.id, formalAbout(s.theme, s.awb.received)), el('span', { id: 'formal-msg', role: 'status', 'aria-live': 'polite' }, formalMsg())) : null,
    el('h4', {}, 'Andere contacten in deze draad (' + ((s.thread && s.thread.contacts) || 1) + ' in totaal)'),
    (s.thread_contacts || []).length ? el('ul', {}, s.thread_contacts.map((c) => el('li', {},
      fmtTime(c.time) + ' ' + (CHANNELS[c.channel] || c.channel || '') + ': ', el('span', { class: 'citizen', dir: 'auto' }, c.text || ''), ' ',
      signalLink(c.id, null, 'contact via ' + (CHANNELS[c.channel] || c.channel || '?') + ', ' + fmtTime(c.time))))) : el('p', {}, 'Geen andere contacten in het bewaarde venster.'));
}

/* ---- routing, live updates ---- */

const loaders = { nu: loadNu, wachtrijen: loadQueues, trends: loadTrends, signaal: loadSignal };

async function show() {
  const h = decodeURIComponent(location.hash.replace(/^#/, ''));
  const [screen, ...rest] = h.split('/');
  state.screen = loaders[screen] ? screen : 'nu';
  if (state.screen === 'signaal') state.signalId = rest.join('/');
  for (const k of Object.keys(loaders)) {
    document.getElementById('screen-' + k).hidden = k !== state.screen;
    const a = document.getElementById('nav-' + k);
    if (k === state.screen) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  try { await loaders[state.screen](); } catch (e) { console.error(e); }
}

let pending = null;
function refreshSoon() {
  if (pending) return;
  pending = setTimeout(() => { pending = null; show(); }, 500);
}

function live() {
  const status = document.getElementById('live');
  const es = new EventSource('/api/v1/stream');
  es.onopen = () => { status.textContent = 'Live'; };
  es.onerror = () => { status.textContent = 'Verbinding herstellen...'; };
  es.addEventListener('signal', (ev) => {
    let s;
    try { s = JSON.parse(ev.data); } catch (e) { return; }
    state.feed.unshift(s);
    if (state.feed.length > FEED_MAX) state.feed.length = FEED_MAX;
    if (state.screen === 'nu') {
      const fk = focusKey();
      renderFeed();
      focusBack(fk);
      if (s.urgency && (s.urgency.level === 'critical' || s.urgency.level === 'high')) refreshSoon();
    }
  });
  es.addEventListener('alert', () => { if (state.screen === 'nu') refreshSoon(); });
  es.addEventListener('formal', () => { if (state.screen === 'trends' || state.screen === 'signaal') refreshSoon(); });
  es.addEventListener('queue', () => { if (state.screen === 'wachtrijen' || state.screen === 'nu') refreshSoon(); });
}

async function start() {
  state.me = await api('me');
  /* Without the table the reasons show in English: the page still works. */
  try { await loadReasons(); } catch (e) { console.error(e); }
  document.getElementById('who').textContent = state.me.user + ' (' + state.me.role + ')';
  document.getElementById('logout').addEventListener('click', async () => {
    try { await fetch('/logout', { method: 'POST', headers: { 'X-CSRF-Token': state.me.csrf || '' } }); } catch (e) { /* gone anyway */ }
    location.href = '/login';
  });
  document.getElementById('trend-range').addEventListener('change', (ev) => { state.trendsRange = ev.target.value; loadTrends(); });
  document.getElementById('signal-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = '#signaal/' + encodeURIComponent(document.getElementById('signal-id').value.trim());
  });
  window.addEventListener('hashchange', () => { show(); document.getElementById('main').focus(); });
  setInterval(() => { if (state.screen === 'wachtrijen') loadQueues(); }, 10000);
  live();
  await show();
}

start();
