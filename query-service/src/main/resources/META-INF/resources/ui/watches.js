// Watches page: the key's watches, a form to create one (prefilled by "Watch this search" on the search page), a
// watch's daily digest (its setting, and the notices of any day shown and downloaded as JSON or CSV), and a watch's
// recent deliveries with new ones arriving live from GET /api/v1/watches/{id}/stream. Text only, via el(), in the UI's
// language (t, tn); what the server writes (problem details, why a notice matched) stays as it came.
import { api, post, el, apiKey, setApiKey, articleLink, formatDate, regionName, showError, showLoading, installChrome,
  urlState, latestLoad, t, tn } from '/ui/app.js';

const keyForm = document.getElementById('key-form');
const keyField = document.getElementById('key');
const form = document.getElementById('new-watch');
const status = document.getElementById('status');
const list = document.getElementById('watches');
const deliveries = document.getElementById('deliveries');
const live = document.getElementById('live');
const digestCard = document.getElementById('digest-card');
const digestSettings = document.getElementById('digest-settings');
const digestDay = document.getElementById('digest-day');
const digestStatus = document.getElementById('digest-status');
const digestResult = document.getElementById('digest-result');
/** The zone a digest is in when the watch names none: the API's default, sinoscope.query.default-time-zone. */
const DEFAULT_ZONE = 'Asia/Shanghai';
let stream = null;
/** The watch whose digest card is open, as the API last returned it. */
let digestWatch = null;
/** The object URLs of the shown digest's downloads, released when another is shown. */
let downloads = [];
/** Only the latest list load draws, so an older answer arriving late cannot hide a watch just created. */
const startLoad = latestLoad();

/**
 * A request with the tab's key for the methods app.js has no helper for, with an optional JSON body; returns the JSON
 * answer (null for none). Throws Error with the problem's detail.
 */
async function send(method, path, body) {
  const headers = { 'X-Api-Key': apiKey(), Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(new URL(path, location.origin),
    { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = response.headers.get('Content-Type') || '';
  const answer = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new Error(answer && answer.detail ? answer.detail : response.status + ' ' + response.statusText);
  }
  return answer;
}

/** A GET with the tab's key whose answer is kept as the bytes sent (a download). Throws Error with the detail. */
async function download(path) {
  const response = await fetch(new URL(path, location.origin), { headers: { 'X-Api-Key': apiKey() } });
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    const problem = type.includes('json') ? await response.json() : null;
    throw new Error(problem && problem.detail ? problem.detail : response.status + ' ' + response.statusText);
  }
  return response.blob();
}

/** Today's date (YYYY-MM-DD) in an IANA zone; the browser's own day if the zone is not one it knows. */
function today(zone) {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(new Date());
  } catch (e) {
    return new Date().toLocaleDateString('en-CA');
  }
}

/** Offers every zone the browser knows in the zone fields; any other id may still be typed (the API checks it). */
function fillZones() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone')
    : [DEFAULT_ZONE, 'Asia/Hong_Kong', 'Asia/Taipei', 'UTC'];
  document.getElementById('zones').replaceChildren(...zones.map((zone) => el('option', { value: zone })));
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
      el('td', {}, w.paused ? t('watches.paused') : t('watches.active'),
        w.digest === 'daily' ? el('div', { class: 'muted' },
          t('watches.digestAt', { time: w.digestTime, zone: w.digestZone || DEFAULT_ZONE })) : null),
      el('td', {},
        el('button', { type: 'button', class: 'secondary', onclick: () => show(w) }, t('watches.showDeliveries')), ' ',
        el('button', { type: 'button', class: 'secondary', onclick: () => openDigest(w) }, t('watches.digestButton')),
        ' ',
        el('button', { type: 'button', class: 'secondary', onclick: () => act(w.paused ? 'resume' : 'pause', w) },
          w.paused ? t('watches.resume') : t('watches.pause')), ' ',
        w.webhookUrl ? el('button', { type: 'button', class: 'secondary', onclick: () => act('ping', w) },
          t('watches.ping')) : null,
        ' ', el('button', { type: 'button', class: 'secondary', onclick: () => remove(w) }, t('watches.delete'))))))));
}

/** Opens the digest card for a watch: its setting to change, and a day (today in its zone) to show. */
function openDigest(w) {
  digestWatch = w;
  const zone = w.digestZone || DEFAULT_ZONE;
  document.getElementById('digest-h').textContent = t('watches.digestOf', { name: w.name });
  document.getElementById('edit-digest').value = w.digest === 'daily' ? 'daily' : 'none';
  document.getElementById('edit-digest-time').value = w.digestTime || '08:00';
  document.getElementById('edit-digest-zone').value = zone;
  document.getElementById('digest-tz').value = zone;
  document.getElementById('digest-date').value = today(zone);
  digestStatus.textContent = '';
  clearDigest();
  digestCard.hidden = false;
  digestCard.scrollIntoView({ block: 'nearest' });
}

function clearDigest() {
  downloads.forEach((url) => URL.revokeObjectURL(url));
  downloads = [];
  digestResult.replaceChildren();
}

/** Changes only the digest setting: PUT replaces the watch, so the rest goes back as the API returned it. */
digestSettings.addEventListener('submit', async (event) => {
  event.preventDefault();
  const w = digestWatch;
  const daily = document.getElementById('edit-digest').value === 'daily';
  const body = {
    name: w.name, q: w.q, source: w.source, region: w.region, topic: w.topic, entity: w.entity,
    entityIds: w.entityIds, factConditions: w.factConditions, webhookUrl: w.webhookUrl,
    digest: daily ? 'daily' : 'none',
    digestTime: document.getElementById('edit-digest-time').value || null,
    digestZone: document.getElementById('edit-digest-zone').value.trim() || null,
  };
  try {
    digestWatch = await send('PUT', '/api/v1/watches/' + encodeURIComponent(w.id), body);
    digestStatus.textContent = daily
      ? t('watches.digestSaved', { name: w.name, time: digestWatch.digestTime, zone: digestWatch.digestZone })
      : t('watches.digestTurnedOff', { name: w.name });
  } catch (e) {
    digestStatus.textContent = t('watches.failed', { name: w.name, reason: e.message });
  }
  load();
});

/** Shows a day's digest of the open watch as a table, with the JSON and CSV the API gave as downloads. */
digestDay.addEventListener('submit', async (event) => {
  event.preventDefault();
  const w = digestWatch;
  const params = new URLSearchParams({ date: document.getElementById('digest-date').value });
  const zone = document.getElementById('digest-tz').value.trim();
  if (zone) params.set('tz', zone);
  const path = '/api/v1/watches/' + encodeURIComponent(w.id) + '/digest?' + params + '&format=';
  clearDigest();
  showLoading(digestResult);
  let json;
  let csv;
  try {
    [json, csv] = await Promise.all([download(path + 'json'), download(path + 'csv')]);
  } catch (e) {
    showError(digestResult, e);
    return;
  }
  const digest = JSON.parse(await json.text());
  const name = 'sinoscope-watch-digest-' + digest.date;
  downloads = [URL.createObjectURL(json), URL.createObjectURL(csv)];
  digestResult.replaceChildren(
    el('p', { id: 'digest-summary' }, tn('watches.digestCount', digest.count, { date: digest.date, zone: digest.timeZone }),
      digest.truncated ? ' ' + t('watches.digestTruncated', { shown: digest.notices.length }) : ''),
    el('p', {},
      el('a', { id: 'digest-json', href: downloads[0], download: name + '.json' }, t('watches.digestJson')), ' · ',
      el('a', { id: 'digest-csv', href: downloads[1], download: name + '.csv' }, t('watches.digestCsv'))),
    digest.notices.length ? el('table', { class: 'data', id: 'digest-table' },
      el('thead', {}, el('tr', {}, ['when', 'kind', 'article', 'outlet', 'region', 'status']
        .map((h) => el('th', { scope: 'col' }, t('column.' + h))))),
      el('tbody', {}, digest.notices.map((n) => el('tr', {},
        el('td', {}, formatDate(n.noticedAt)),
        el('td', {}, word('watches.kind.', n.kind)),
        el('td', {}, articleLink(n.articleId, n.title || n.articleId)),
        el('td', {}, n.outlet || '—'),
        el('td', {}, n.region ? regionName(n.region) : '—'),
        el('td', {}, word('watches.status.', n.deliveryStatus))))))
      : el('p', { class: 'muted' }, t('watches.digestEmpty')));
});

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
  const daily = value('digest') === 'daily';
  try {
    const created = await post('/api/v1/watches', {
      name: value('name'), q: value('q'), region: value('region'), source: value('source'), topic: value('topic'),
      entityIds: entities ? entities.split(',').map((s) => s.trim()).filter(Boolean) : null,
      webhookUrl: value('webhookUrl'),
      digest: daily ? 'daily' : 'none',
      digestTime: daily ? value('digestTime') : null,
      digestZone: daily ? value('digestZone') : null,
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
fillZones();
installChrome();
load();
