// Watches page: the key's watches, a form to create one (prefilled by "Watch this search" on the search page), and a
// watch's recent deliveries with new ones arriving live from GET /api/v1/watches/{id}/stream. Text only, via el(), in
// the UI's language (t, tn); what the server writes (problem details, why a notice matched) stays as it came.
import { api, post, el, apiKey, setApiKey, articleLink, formatDate, showError, showLoading, installChrome, urlState,
  latestLoad, t, tn } from '/ui/app.js';

const keyForm = document.getElementById('key-form');
const keyField = document.getElementById('key');
const form = document.getElementById('new-watch');
const status = document.getElementById('status');
const list = document.getElementById('watches');
const deliveries = document.getElementById('deliveries');
const live = document.getElementById('live');
let stream = null;
/** Only the latest list load draws, so an older answer arriving late cannot hide a watch just created. */
const startLoad = latestLoad();

/** A request with the tab's key for the methods app.js has no helper for. Throws Error with the problem's detail. */
async function send(method, path) {
  const response = await fetch(new URL(path, location.origin), { method, headers: { 'X-Api-Key': apiKey() } });
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : null;
    throw new Error(body && body.detail ? body.detail : response.status + ' ' + response.statusText);
  }
}

/** What a watch waits for, one line per part (a search with its filters, entities, fact conditions). */
function what(w) {
  const parts = [];
  if (w.q) parts.push(t('watches.waitsSearch', { q: w.q })
    + [w.region, w.source, w.topic, w.entity].filter(Boolean).map((f) => ' · ' + f).join(''));
  if (w.entityIds && w.entityIds.length) parts.push(t('watches.waitsEntities', { ids: w.entityIds.join(', ') }));
  if (w.factConditions && w.factConditions.length) parts.push(tn('watches.waitsFacts', w.factConditions.length));
  return parts.map((part) => el('div', {}, part));
}

/** A delivery's kind or status in the UI's language; a value this page does not know is shown as the server sent it. */
function word(prefix, value) {
  const text = t(prefix + value);
  return text === prefix + value ? value : text;
}

async function load() {
  const current = startLoad();
  if (!apiKey()) {
    list.replaceChildren(el('p', { class: 'muted' }, t('watches.enterKey')));
    return;
  }
  showLoading(list);
  let answer;
  try {
    answer = await api('/api/v1/watches', {}, { withKey: true });
  } catch (e) {
    if (current()) showError(list, e);
    return;
  }
  if (!current()) return;
  if (!answer.watches.length) {
    list.replaceChildren(el('p', { class: 'muted' }, t('watches.none')));
    return;
  }
  list.replaceChildren(el('table', { class: 'data', id: 'watch-table' },
    el('thead', {}, el('tr', {}, ['name', 'waitsFor', 'webhook', 'state', 'actions'].map((h) =>
      el('th', { scope: 'col' }, t('column.' + h))))),
    el('tbody', {}, answer.watches.map((w) => el('tr', {},
      el('td', {}, w.name),
      el('td', {}, what(w)),
      el('td', {}, w.webhookUrl || '—'),
      el('td', {}, w.paused ? t('watches.paused') : t('watches.active')),
      el('td', {},
        el('button', { type: 'button', class: 'secondary', onclick: () => show(w) }, t('watches.showDeliveries')), ' ',
        el('button', { type: 'button', class: 'secondary', onclick: () => act(w.paused ? 'resume' : 'pause', w) },
          w.paused ? t('watches.resume') : t('watches.pause')), ' ',
        w.webhookUrl ? el('button', { type: 'button', class: 'secondary', onclick: () => act('ping', w) },
          t('watches.ping')) : null,
        ' ', el('button', { type: 'button', class: 'secondary', onclick: () => remove(w) }, t('watches.delete'))))))));
}

async function act(action, w) {
  try {
    await post('/api/v1/watches/' + encodeURIComponent(w.id) + '/' + action, {});
    status.textContent = t('watches.done.' + action, { name: w.name });
  } catch (e) {
    status.textContent = t('watches.failed', { name: w.name, reason: e.message });
  }
  load();
}

async function remove(w) {
  if (!confirm(t('watches.confirmDelete', { name: w.name }))) return;
  try {
    await send('DELETE', '/api/v1/watches/' + encodeURIComponent(w.id));
    status.textContent = t('watches.deleted', { name: w.name });
  } catch (e) {
    status.textContent = e.message;
  }
  load();
}

function row(d) {
  return el('tr', {},
    el('td', {}, formatDate(d.createdAt)),
    el('td', {}, word('watches.kind.', d.kind)),
    el('td', {}, d.kind === 'ping' ? '—' : articleLink(d.articleId, d.title || d.articleId)),
    el('td', {}, (d.matchedBecause || []).join('; ')),
    el('td', {}, word('watches.status.', d.status)),
    el('td', { class: 'num' }, String(d.attempts)),
    el('td', {}, d.lastError || ''));
}

async function show(w) {
  if (stream) stream.abort();
  showLoading(deliveries);
  let answer;
  try {
    answer = await api('/api/v1/watches/' + encodeURIComponent(w.id) + '/deliveries', { limit: 20 }, { withKey: true });
  } catch (e) {
    showError(deliveries, e);
    return;
  }
  const body = el('tbody', {}, answer.deliveries.map(row));
  deliveries.replaceChildren(el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, ['when', 'kind', 'article', 'matchedBecause', 'status', 'attempts', 'lastError']
      .map((h) => el('th', { scope: 'col' }, t('column.' + h))))), body));
  follow(w, body);
}

/** Reads the watch's server-sent events (fetch, as EventSource cannot send the key) and puts each new one on top. */
async function follow(w, body) {
  stream = new AbortController();
  live.textContent = t('watches.following', { name: w.name });
  try {
    const response = await fetch(new URL('/api/v1/watches/' + encodeURIComponent(w.id) + '/stream', location.origin),
      { headers: { 'X-Api-Key': apiKey(), Accept: 'text/event-stream' }, signal: stream.signal });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        if (line.startsWith('data:')) body.prepend(row(JSON.parse(line.slice(5))));
      }
    }
  } catch (e) {
    if (e.name !== 'AbortError') live.textContent = t('watches.stopped', { reason: e.message });
  }
}

keyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  setApiKey(keyField.value.trim());
  load();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = (id) => document.getElementById(id).value.trim() || null;
  const entities = value('entityIds');
  try {
    const created = await post('/api/v1/watches', {
      name: value('name'), q: value('q'), region: value('region'), source: value('source'), topic: value('topic'),
      entityIds: entities ? entities.split(',').map((s) => s.trim()).filter(Boolean) : null,
      webhookUrl: value('webhookUrl'),
    });
    status.textContent = t('watches.created', { name: created.watch.name, secret: created.secret });
    form.reset();
    load();
  } catch (e) {
    status.textContent = e.message;
  }
});

// "Watch this search" on the search page and "Watch this entity" on an entity's page link here with what to watch in
// the URL; a name given there (the entity's) names the watch, else the query does.
const state = urlState();
for (const field of ['q', 'region', 'source', 'topic']) {
  if (state[field]) document.getElementById(field).value = state[field];
}
if (state.entity) document.getElementById('entityIds').value = state.entity;
if (state.name || state.q) document.getElementById('name').value = state.name || state.q;
keyField.value = apiKey();
installChrome();
load();
