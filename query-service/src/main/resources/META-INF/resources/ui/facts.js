// Facts table: filter by kind, entity (any alias), dates and wording; sort by date or value; page; export as CSV with
// the same filters. Everything follows the URL.
import { api, el, factValue, urlState, setUrlState, formatLocal, regionBadge, langOf, articleLink, showError,
  showLoading, installChrome, renderPager, measureSummary, latestLoad, t, tn } from '/ui/app.js';

const FILTERS = ['kind', 'entity', 'imposer', 'target', 'product', 'from', 'to', 'q', 'sort'];
const SIZE = 25;
const form = document.getElementById('facts-form');
const table = document.getElementById('facts');
const summary = document.getElementById('summary');
const pager = document.getElementById('pager');
const exportLink = document.getElementById('export');
const startLoad = latestLoad();

function filters(state) {
  return Object.fromEntries(FILTERS.filter((n) => state[n]).map((n) => [n, state[n]]));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = {};
  for (const name of FILTERS) state[name] = form.elements[name].value.trim();
  if (state.sort === 'date') delete state.sort;
  setUrlState(state);
  run();
});

window.addEventListener('popstate', run);

function go(change) {
  const state = { ...urlState(), ...change };
  for (const [name, value] of Object.entries(change)) if (value === null) delete state[name];
  setUrlState(state);
  run();
}

/** The value column's header cycles through largest first, smallest first and back to date order. */
function valueSortButton(sort) {
  const next = sort === 'value_desc' ? 'value_asc' : sort === 'value_asc' ? null : 'value_desc';
  const arrow = sort === 'value_desc' ? ' ↓' : sort === 'value_asc' ? ' ↑' : '';
  return el('button', { type: 'button', onclick: () => go({ sort: next, page: null }),
    title: t('facts.sortByValue') }, t('facts.value') + arrow);
}

async function run() {
  const current = startLoad();
  const state = urlState();
  for (const name of FILTERS) form.elements[name].value = state[name] || (name === 'sort' ? 'date' : '');
  const query = filters(state);
  const params = new URLSearchParams(query);
  exportLink.href = '/api/v1/facts/export' + (params.toString() ? '?' + params : '');
  showLoading(table);
  const page = Number(state.page || 0);
  let answer;
  try {
    answer = await api('/api/v1/facts', { ...query, page, size: SIZE });
  } catch (e) {
    if (!current()) return;
    summary.textContent = '';
    pager.replaceChildren();
    showError(table, e);
    return;
  }
  if (!current()) return;
  const sort = state.sort || 'date';
  const ariaSort = sort === 'value_desc' ? 'descending' : sort === 'value_asc' ? 'ascending' : 'none';
  summary.textContent = answer.total === 0 ? t('facts.none')
    : tn('facts.count', answer.total, { first: page * SIZE + 1, last: page * SIZE + answer.facts.length });
  table.replaceChildren(answer.facts.length === 0 ? '' : el('table', { class: 'data', id: 'facts-table' },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', 'aria-sort': sort === 'date' ? 'descending' : 'none' }, t('column.date')),
      el('th', { scope: 'col' }, t('column.kind')),
      el('th', { scope: 'col' }, t('column.asWritten')),
      el('th', { scope: 'col' }, t('column.measure')),
      el('th', { scope: 'col', 'aria-sort': ariaSort }, valueSortButton(state.sort)),
      el('th', { scope: 'col' }, t('column.article')))),
    el('tbody', {}, answer.facts.map((f) => el('tr', {},
      el('td', {}, f.date || formatLocal(f.publishedLocal)),
      el('td', {}, f.kind),
      el('td', { lang: langOf(f.region) }, f.text),
      el('td', { class: 'measure', lang: langOf(f.region) }, measureSummary(f)),
      el('td', { class: 'num', 'data-value': f.value ?? '' }, factValue(f)),
      el('td', { lang: langOf(f.region) }, regionBadge(f.region), articleLink(f.articleId, f.articleTitle)))))));
  renderPager(pager, page, SIZE, answer.total, (target) => go({ page: target === 0 ? null : String(target) }));
}

installChrome();
run();
