// Trade measures merged across reports, in date order, and each tariff's rate path drawn as a step chart (SVG, one
// per imposer → target pair and product); every step links to its measure's reports and story. Follows the URL.
import { api, el, urlState, setUrlState, regionBadge, langOf, articleLink, showError, showLoading, installChrome,
  formatLocal, latestLoad, t, tn } from '/ui/app.js';

const FILTERS = ['kind', 'imposer', 'target', 'product', 'from', 'to'];
const SVG = 'http://www.w3.org/2000/svg';
const form = document.getElementById('timeline-form');
const summary = document.getElementById('summary');
const pathsBox = document.getElementById('paths');
const eventsBox = document.getElementById('events');
const startLoad = latestLoad();

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function anchor(eventId) {
  return 'event-' + eventId.replace(/[^A-Za-z0-9_-]/g, '-');
}

const DAY = 86400000;

/** The rate path as steps: flat at the from-rate, up or down to the to-rate on the step's date, on to the next. */
function stepChart(path) {
  const width = 720; const height = 220; const left = 44; const right = 16; const top = 12; const bottom = 28;
  const times = path.steps.map((s) => Date.parse(s.date + 'T00:00:00Z'));
  const start = times[0] - 30 * DAY;
  const end = times[times.length - 1] + 30 * DAY;
  const rates = path.steps.flatMap((s) => [s.from, s.to]).filter((v) => v !== null && v !== undefined);
  const max = Math.max(1, ...rates);
  const x = (t) => left + (width - left - right) * (t - start) / (end - start);
  const y = (v) => height - bottom - (height - bottom - top) * v / max;
  const pair = `${path.imposer} → ${path.target}${path.goods ? ' · ' + path.goods : ''}`;
  const label = t('timeline.chartLabel', { path: pair });
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'steps' },
    svg('line', { class: 'axis', x1: left, y1: height - bottom, x2: width - right, y2: height - bottom }),
    svg('line', { class: 'axis', x1: left, y1: top, x2: left, y2: height - bottom }),
    svg('text', { x: left - 6, y: top + 10, 'text-anchor': 'end' }, `${max}%`),
    svg('text', { x: left - 6, y: height - bottom, 'text-anchor': 'end' }, '0%'));
  let points = [];
  let previous = path.steps[0].from ?? path.steps[0].to;
  points.push([x(start), y(previous)]);
  path.steps.forEach((s, i) => {
    const at = x(times[i]);
    const from = s.from ?? previous;
    points.push([at, y(from)], [at, y(s.to)]);
    previous = s.to;
  });
  points.push([x(end), y(previous)]);
  chart.append(svg('polyline', { class: 'rate', points: points.map((p) => p.join(',')).join(' ') }));
  path.steps.forEach((s, i) => {
    const at = x(times[i]);
    const link = svg('a', { href: '#' + anchor(s.eventId), class: 'step' },
      svg('circle', { cx: at, cy: y(s.to), r: 6 }),
      svg('title', {}, t('timeline.step', { date: s.date, from: s.from ?? '?', to: s.to })));
    chart.append(link,
      svg('text', { x: at, y: y(s.to) - 10, 'text-anchor': 'middle' }, `${s.to}%`),
      svg('text', { x: at, y: height - 8, 'text-anchor': 'middle' }, s.date));
  });
  const table = el('table', { class: 'visually-hidden' }, el('caption', {}, label),
    el('tbody', {}, path.steps.map((s) => el('tr', {}, el('th', { scope: 'row' }, s.date),
      el('td', {}, `${s.from ?? '?'}% → ${s.to}%`)))));
  return el('figure', { class: 'chart card' },
    el('figcaption', { lang: 'zh-Hans' }, el('strong', {}, `${path.imposer} → ${path.target}`),
      path.goods ? ` · ${path.goods}` : ''), chart, table);
}

function rates(e) {
  if (e.from == null && e.to == null) return '';
  return `${e.from ?? '?'}% → ${e.to ?? '?'}%`;
}

function eventTable(events) {
  return el('table', { class: 'data', id: 'timeline-events' },
    el('thead', {}, el('tr', {}, ['date', 'measure', 'rate', 'status', 'reports', 'story'].map((h) =>
      el('th', { scope: 'col' }, t('column.' + h))))),
    el('tbody', {}, events.map((e) => el('tr', { id: anchor(e.id) },
      el('td', {}, e.date, e.effectiveDate ? '' : el('span', { class: 'muted', title: t('timeline.noEffectiveDate') },
        ' ' + t('timeline.published'))),
      el('td', { lang: 'zh-Hans' }, `${e.kind.replace('_', ' ')}: ${e.imposer || '?'} → ${e.target || '?'}`,
        e.goods ? ` · ${e.goods}` : ''),
      el('td', {}, rates(e)),
      el('td', {}, (e.status || '').replace('_', ' ')),
      el('td', {}, el('ul', { class: 'reports' }, e.reports.map((r) => el('li', {}, regionBadge(r.region),
        el('span', { lang: langOf(r.region) }, articleLink(r.articleId, r.title)), ' ',
        el('span', { class: 'muted' }, `${r.source || ''} · ${formatLocal(r.publishedLocal)}`))))),
      el('td', {}, e.storyIds.map((id, i) => [i ? ', ' : '',
        el('a', { href: '/ui/story.html?id=' + encodeURIComponent(id) }, t('timeline.story'))]))))));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = {};
  for (const name of FILTERS) state[name] = form.elements[name].value.trim();
  setUrlState(state);
  run();
});

window.addEventListener('popstate', run);

async function run() {
  const current = startLoad();
  const state = urlState();
  for (const name of FILTERS) form.elements[name].value = state[name] || '';
  const query = Object.fromEntries(FILTERS.filter((n) => state[n]).map((n) => [n, state[n]]));
  showLoading(eventsBox);
  pathsBox.replaceChildren();
  let answer;
  try {
    answer = await api('/api/v1/timeline', query);
  } catch (e) {
    if (!current()) return;
    summary.textContent = '';
    showError(eventsBox, e);
    return;
  }
  if (!current()) return;
  summary.textContent = answer.events.length === 0 ? t('timeline.none')
    : tn('timeline.measures', answer.events.length) + tn('timeline.reports', answer.reports,
      { days: answer.sameMeasureDays }) + (answer.truncated ? t('timeline.truncated') : '');
  pathsBox.replaceChildren(...answer.paths.map(stepChart));
  eventsBox.replaceChildren(answer.events.length ? eventTable(answer.events) : '');
}

installChrome();
run();
