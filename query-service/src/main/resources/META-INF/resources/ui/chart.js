// A bar chart of articles per day as inline SVG: no charting library to download, and it scales with the page.
import { el, t, tn } from '/ui/app.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

/** Every day from the first to the last in the series, with 0 for days without articles. */
export function continuousDays(timeline) {
  if (!timeline.length) return [];
  const counts = new Map(timeline.map((d) => [d.date, d.articles]));
  const days = [];
  const last = new Date(timeline[timeline.length - 1].date + 'T00:00:00Z');
  for (let day = new Date(timeline[0].date + 'T00:00:00Z'); day <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    const key = day.toISOString().slice(0, 10);
    days.push({ date: key, articles: counts.get(key) || 0 });
  }
  return days;
}

/** The chart, with a table of the same numbers for screen readers and keyboard users. */
export function timelineChart(timeline, label) {
  const days = continuousDays(timeline);
  if (!days.length) return el('p', { class: 'muted' }, t('chart.empty'));
  const width = 720;
  const height = 200;
  const left = 32;
  const bottom = 24;
  const top = 8;
  const max = Math.max(...days.map((d) => d.articles));
  const step = (width - left) / days.length;
  const scale = (v) => (height - bottom - top) * v / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, id: 'timeline-chart' },
    svg('line', { class: 'axis', x1: left, y1: height - bottom, x2: width, y2: height - bottom }),
    svg('text', { x: left - 6, y: top + 10, 'text-anchor': 'end' }, max),
    svg('text', { x: left - 6, y: height - bottom, 'text-anchor': 'end' }, 0));
  days.forEach((d, i) => {
    const h = scale(d.articles);
    const bar = svg('rect', { class: 'bar', x: left + i * step + 1, y: height - bottom - h,
      width: Math.max(1, step - 2), height: h, 'data-date': d.date, 'data-articles': d.articles },
    svg('title', {}, tn('chart.day', d.articles, { date: d.date })));
    chart.append(bar);
  });
  const labels = Math.min(6, days.length);
  for (let i = 0; i < labels; i++) {
    const index = Math.round(i * (days.length - 1) / Math.max(1, labels - 1));
    const anchor = i === 0 ? 'start' : i === labels - 1 ? 'end' : 'middle';
    const x = i === 0 ? left : i === labels - 1 ? width : left + index * step + step / 2;
    chart.append(svg('text', { x, y: height - 6, 'text-anchor': anchor },
      days[index].date.slice(5)));
  }
  const table = el('table', { class: 'visually-hidden' }, el('caption', {}, label),
    el('tbody', {}, timeline.map((d) => el('tr', {}, el('th', { scope: 'row' }, d.date), el('td', {}, d.articles)))));
  return el('figure', { class: 'chart' }, chart, el('figcaption', { class: 'muted' },
    tn('chart.caption', max, { first: days[0].date, last: days[days.length - 1].date })), table);
}
