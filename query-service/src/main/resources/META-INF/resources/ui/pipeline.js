// Pipeline page: what each stage holds and how far behind it is, from GET /api/v1/admin/pipeline (an operator's key).
import { api, el, apiKey, setApiKey, showError, showLoading, installChrome, formatDate, t } from '/ui/app.js';

const form = document.getElementById('key-form');
const keyField = document.getElementById('key');
const container = document.getElementById('pipeline');
const checked = document.getElementById('checked');

function stage(title, big, lines, state = 'ok') {
  return el('section', { class: 'card stage', 'aria-label': title },
    el('h2', {}, title), el('div', { class: 'big ' + state }, big), el('ul', {}, lines.filter(Boolean).map((l) => el('li', {}, l))));
}

function unreachable(title, report) {
  return stage(title, t('pipeline.unreachable'), [report.error, report.url], 'down');
}

// Articles ingest published that search does not hold as published, from query-service's reconciliation.
function reconciliation(r) {
  if (!r) {
    return stage(t('pipeline.gaps'), '?', [t('pipeline.gapsUnknown')], 'down');
  }
  const gaps = Object.values(r.gaps).reduce((a, b) => a + b, 0);
  const run = r.lastRun;
  return stage(t('pipeline.gaps'), gaps, [
    ...Object.entries(r.gaps).filter(([, count]) => count > 0).map(([kind, count]) => `${kind.toLowerCase()}: ${count}`),
    r.unrepairable > 0 ? t('pipeline.unrepairable', { n: r.unrepairable, attempts: r.maxAttempts }) : null,
    run ? t('pipeline.lastCheck', { state: run.state.toLowerCase(), time: formatDate(run.finishedAt || run.startedAt) })
      : t('pipeline.neverChecked'),
    run && run.error ? run.error : null,
    t('pipeline.schedule', { schedule: r.schedule }),
  ], r.unrepairable > 0 || (run && run.state === 'FAILED') ? 'down' : gaps > 0 ? 'warn' : 'ok');
}

function render(p) {
  checked.textContent = t('pipeline.checked', { time: formatDate(p.checkedAt) });
  const parts = [];
  if (p.ingest.stats) {
    const s = p.ingest.stats;
    const by = s.articlesByStatus || {};
    const total = Object.values(by).reduce((a, b) => a + b, 0);
    parts.push(stage(t('pipeline.ingest'), total, [
      ...Object.entries(by).map(([status, count]) => `${status.toLowerCase()}: ${count}`),
      t('pipeline.outbox', { n: s.outboxBacklog })
        + (s.oldestPendingSeconds ? t('pipeline.oldest', { seconds: s.oldestPendingSeconds }) : ''),
      ...Object.entries(s.rejectedByStatus || {}).map(([status, count]) => t('pipeline.rejected', { status, n: count })),
    ], s.outboxBacklog > 0 ? 'warn' : 'ok'));
  } else {
    parts.push(unreachable(t('pipeline.ingest'), p.ingest));
  }
  const [analysisLag, searchLag] = p.backlog;
  parts.push(stage(t('pipeline.analysisBacklog'), analysisLag.lag ?? '?', [
    t('pipeline.group', { group: analysisLag.consumerGroup, topic: analysisLag.topic }), analysisLag.error],
  analysisLag.lag === null ? 'down' : analysisLag.lag > 0 ? 'warn' : 'ok'));
  if (p.analysisDeadLetters.stats) {
    const d = p.analysisDeadLetters.stats;
    parts.push(stage(t('pipeline.deadLetters'), d.size, [t('pipeline.pendingReplay', { n: d.pending }),
      t('pipeline.topic', { topic: d.topic })],
      d.size > 0 ? 'warn' : 'ok'));
  } else {
    parts.push(unreachable(t('pipeline.deadLetters'), p.analysisDeadLetters));
  }
  parts.push(stage(t('pipeline.searchBacklog'), searchLag.lag ?? '?', [
    t('pipeline.group', { group: searchLag.consumerGroup, topic: searchLag.topic }), searchLag.error],
  searchLag.lag === null ? 'down' : searchLag.lag > 0 ? 'warn' : 'ok'));
  parts.push(stage(t('pipeline.searchable'), p.search.articlesIndexed, [
    t('pipeline.stored', { n: p.search.articlesStored }),
    p.search.indexOpenedFromCommitAt
      ? t('pipeline.indexOpened', { time: formatDate(p.search.indexOpenedFromCommitAt) }) : null]));
  parts.push(reconciliation(p.reconciliation));
  const recent = (p.analysisDeadLetters.stats && p.analysisDeadLetters.stats.recent) || [];
  container.replaceChildren(el('div', { class: 'stages', id: 'stages' }, parts),
    el('section', { class: 'card', 'aria-labelledby': 'errors-h' }, el('h2', { id: 'errors-h' }, t('pipeline.recentErrors')),
      recent.length ? el('table', { class: 'data' },
        el('thead', {}, el('tr', {}, Object.keys(recent[0]).map((k) => el('th', { scope: 'col' }, k)))),
        el('tbody', {}, recent.map((r) => el('tr', {}, Object.values(r).map((v) =>
          el('td', {}, v === null || typeof v !== 'object' ? String(v ?? '') : JSON.stringify(v)))))))
        : el('p', { class: 'muted' }, t('common.none'))));
}

async function load() {
  if (!apiKey()) {
    container.replaceChildren(el('p', { class: 'muted' }, t('pipeline.enterKey')));
    return;
  }
  showLoading(container);
  try {
    render(await api('/api/v1/admin/pipeline', {}, { withKey: true }));
  } catch (e) {
    showError(container, e);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  setApiKey(keyField.value.trim());
  load();
});
document.getElementById('refresh').addEventListener('click', load);
keyField.value = apiKey();
installChrome();
load();
