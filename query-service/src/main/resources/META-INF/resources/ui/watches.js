// Watches page: the key's watches, a form to create one (prefilled by "Watch this search" on the search page), and a
// watch's recent deliveries with new ones arriving live from GET /api/v1/watches/{id}/stream. Text only, via el().
import { api, post, el, apiKey, setApiKey, articleLink, formatDate, showError, showLoading, installChrome, urlState }
  from '/ui/app.js';

const keyForm = document.getElementById('key-form');
const keyField = document.getElementById('key');
const form = document.getElementById('new-watch');
const status = document.getElementById('status');
const list = document.getElementById('watches');
const deliveries = document.getElementById('deliveries');
const live = document.getElementById('live');
let stream = null;

/** A request with the tab's key for the methods app.js has no helper for. Throws Error with the problem's detail. */
async function send(method, path) {
  const response = await fetch(new URL(path, location.origin), { method, headers: { 'X-Api-Key': apiKey() } });
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : null;
    throw new Error(body && body.detail ? body.detail : response.status + ' ' + response.statusText);
  }
}

function what(w) {
  const parts = [];
  if (w.q) parts.push('search: ' + w.q + [w.region, w.source, w.topic, w.entity].filter(Boolean).map((f) => ' · ' + f).join(''));
  if (w.entityIds && w.entityIds.length) parts.push('entities: ' + w.entityIds.join(', '));
  if (w.factConditions && w.factConditions.length) parts.push('facts: ' + w.factConditions.length);
  return parts.join('; ');
}

async function load() {
  if (!apiKey()) {
    list.replaceChildren(el('p', { class: 'muted' }, 'Enter an API key to see its watches.'));
    return;
  }
  showLoading(list);
  let answer;
  try {
    answer = await api('/api/v1/watches', {}, { withKey: true });
  } catch (e) {
    showError(list, e);
    return;
  }
  if (!answer.watches.length) {
    list.replaceChildren(el('p', { class: 'muted' }, 'No watches yet.'));
    return;
  }
  list.replaceChildren(el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, ['Name', 'Waits for', 'Webhook', 'State', ''].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, answer.watches.map((w) => el('tr', {},
      el('td', {}, w.name),
      el('td', {}, what(w)),
      el('td', {}, w.webhookUrl || '—'),
      el('td', {}, w.paused ? 'paused' : 'active'),
      el('td', {},
        el('button', { type: 'button', class: 'secondary', onclick: () => show(w) }, 'Deliveries'), ' ',
        el('button', { type: 'button', class: 'secondary', onclick: () => act(w.paused ? 'resume' : 'pause', w) },
          w.paused ? 'Resume' : 'Pause'), ' ',
        w.webhookUrl ? el('button', { type: 'button', class: 'secondary', onclick: () => act('ping', w) }, 'Ping') : null,
        ' ', el('button', { type: 'button', class: 'secondary', onclick: () => remove(w) }, 'Delete')))))));
}

async function act(action, w) {
  try {
    await post('/api/v1/watches/' + encodeURIComponent(w.id) + '/' + action, {});
    status.textContent = `${w.name}: ${action} done.`;
  } catch (e) {
    status.textContent = `${w.name}: ${e.message}`;
  }
  load();
}

async function remove(w) {
  if (!confirm(`Delete the watch "${w.name}" and its delivery log?`)) return;
  try {
    await send('DELETE', '/api/v1/watches/' + encodeURIComponent(w.id));
    status.textContent = `${w.name} deleted.`;
  } catch (e) {
    status.textContent = e.message;
  }
  load();
}

function row(d) {
  return el('tr', {},
    el('td', {}, formatDate(d.createdAt)),
    el('td', {}, d.kind),
    el('td', {}, d.kind === 'ping' ? '—' : articleLink(d.articleId, d.title || d.articleId)),
    el('td', {}, (d.matchedBecause || []).join('; ')),
    el('td', {}, d.status),
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
    el('thead', {}, el('tr', {}, ['When', 'Kind', 'Article', 'Matched because', 'Status', 'Attempts', 'Last error']
      .map((h) => el('th', { scope: 'col' }, h)))), body));
  follow(w, body);
}

/** Reads the watch's server-sent events (fetch, as EventSource cannot send the key) and puts each new one on top. */
async function follow(w, body) {
  stream = new AbortController();
  live.textContent = `Following "${w.name}": new deliveries appear at the top.`;
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
    if (e.name !== 'AbortError') live.textContent = 'Live updates stopped: ' + e.message;
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
    status.textContent = `Created "${created.watch.name}". Its signing secret, shown only now: ${created.secret}`;
    form.reset();
    load();
  } catch (e) {
    status.textContent = e.message;
  }
});

// "Watch this search" on the search page links here with the search in the URL.
const state = urlState();
for (const field of ['q', 'region', 'source', 'topic']) {
  if (state[field]) document.getElementById(field).value = state[field];
}
if (state.entity) document.getElementById('entityIds').value = state.entity;
if (state.q) document.getElementById('name').value = state.q;
keyField.value = apiKey();
installChrome();
load();
