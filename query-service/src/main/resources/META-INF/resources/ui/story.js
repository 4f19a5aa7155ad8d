// One story: its reports, and how mainland, Taiwan and Hong Kong reports of it compare (coverage, entities named or
// left out, the forms each side writes, distinctive terms, numbers that disagree). Text from articles is only ever
// text (el() builds nodes with textContent), never HTML.
import { api, el, urlState, formatDate, formatLocal, regionBadge, langOf, articleLink, entityLink, showError,
  showLoading, installChrome, measureSummary } from '/ui/app.js';

const container = document.getElementById('story');
const REGION_NAMES = { CN: 'Mainland', TW: 'Taiwan', HK: 'Hong Kong', OTHER: 'Other' };

function section(id, title, ...content) {
  return el('section', { class: 'card', 'aria-labelledby': id + '-h' }, el('h2', { id: id + '-h' }, title), ...content);
}

function regionHeaders(regions) {
  return regions.map((r) => el('th', { scope: 'col' }, regionBadge(r), REGION_NAMES[r] || r));
}

function members(story) {
  return el('table', { class: 'data', id: 'members-table' },
    el('thead', {}, el('tr', {}, ['Published', 'Region', 'Outlet', 'Title', 'Script'].map((h) =>
      el('th', { scope: 'col' }, h)))),
    el('tbody', {}, story.members.map((m) => el('tr', {},
      el('td', {}, formatLocal(m.publishedLocal)), el('td', {}, regionBadge(m.region)), el('td', {}, m.source || ''),
      el('td', { lang: langOf(m.region, m.script) }, articleLink(m.articleId, m.title)),
      el('td', {}, (m.script || '').toLowerCase())))));
}

/** Regions as columns: reports, outlets, first and last report, entities named and left out, measures stated. */
function comparisonTable(c) {
  const named = (region) => c.entities.filter((e) => e.reportedBy.includes(region)).length;
  const omitted = (region) => c.entities.filter((e) => e.omittedBy.includes(region)).length;
  const rows = [
    ['Reports', (r) => c.coverage[r].articles],
    ['Outlets', (r) => c.coverage[r].sources.join(', ')],
    ['First report', (r) => c.coverage[r].firstArticleId
      ? articleLink(c.coverage[r].firstArticleId, formatDate(c.coverage[r].firstReport)) : ''],
    ['Last report', (r) => formatDate(c.coverage[r].lastReport)],
    ['Entities named', named],
    ['Entities others name, this region does not', omitted],
    ['Trade measures stated', (r) => (c.measures[r] || []).length],
  ];
  return el('table', { class: 'data', id: 'comparison-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, ''), regionHeaders(c.regions))),
    el('tbody', {}, rows.map(([label, cell]) => el('tr', {}, el('th', { scope: 'row' }, label),
      c.regions.map((r) => el('td', {}, cell(r)))))));
}

function entityTable(c) {
  if (!c.entities.length) return el('p', { class: 'muted' }, 'No linked entities.');
  return el('table', { class: 'data', id: 'entity-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Entity'), regionHeaders(c.regions))),
    el('tbody', {}, c.entities.map((e) => el('tr', {}, el('th', { scope: 'row' }, entityLink(e.id, e.name)),
      c.regions.map((r) => e.reportedBy.includes(r)
        ? el('td', {}, `named in ${e.articlesByRegion[r]} report${e.articlesByRegion[r] === 1 ? '' : 's'}`)
        : el('td', { class: 'omitted' }, 'not named'))))));
}

function namingTable(c) {
  if (!c.naming.length) return el('p', { class: 'muted' }, 'No entity is named in two regions.');
  return el('table', { class: 'data', id: 'naming-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Entity'), regionHeaders(c.regions),
      el('th', { scope: 'col' }, 'Forms differ'))),
    el('tbody', {}, c.naming.map((n) => el('tr', {}, el('th', { scope: 'row' }, entityLink(n.id, n.name)),
      c.regions.map((r) => el('td', { lang: langOf(r) }, (n.formsByRegion[r] || [])
        .map((f) => `${f.surface} (${f.mentions})`).join('、'))),
      el('td', {}, n.differs ? 'yes' : 'no')))));
}

function distinctiveTerms(c) {
  const regions = c.regions.filter((r) => c.distinctiveTerms[r]);
  if (regions.length < 2) return el('p', { class: 'muted' }, 'One region only: nothing to contrast.');
  return el('div', { class: 'terms', id: 'distinctive-terms' }, regions.map((r) => el('div', {},
    el('h3', {}, regionBadge(r), REGION_NAMES[r] || r),
    c.distinctiveTerms[r].length
      ? el('ol', { lang: 'zh-Hans' }, c.distinctiveTerms[r].map((t) => el('li', {}, t.term, ' ',
        el('span', { class: 'muted', title: `said ${t.count}× here, ${t.otherCount}× by the other regions; `
          + `${t.backgroundDocuments} articles of the corpus hold it` }, `z ${t.z.toFixed(2)}`))))
      : el('p', { class: 'muted' }, 'None stands out.'))));
}

function disagreements(c) {
  if (!c.disagreements.length) return el('p', { class: 'muted' }, 'The regions state no differing numbers.');
  return el('table', { class: 'data', id: 'disagreement-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Measure'), el('th', { scope: 'col' }, 'Number'),
      regionHeaders(c.regions))),
    el('tbody', {}, c.disagreements.map((d) => el('tr', {},
      el('td', { lang: 'zh-Hans' }, `${d.kind}: ${d.imposer || '?'} → ${d.target || '?'}${d.product ? ' · ' + d.product : ''}`),
      el('td', {}, d.attribute),
      c.regions.map((r) => el('td', {}, (d.valuesByRegion[r] || []).join(', ') || '—'))))));
}

async function load() {
  const { id } = urlState();
  if (!id) { showError(container, new Error('No story id in the address (…/story.html?id=…).')); return; }
  showLoading(container);
  let story;
  try {
    story = await api('/api/v1/stories/' + encodeURIComponent(id));
  } catch (e) {
    showError(container, e);
    return;
  }
  document.title = (story.title || 'Story') + ' · Sinoscope';
  const c = story.comparison;
  container.replaceChildren(
    el('h1', { lang: langOf(story.members[0]?.region, story.members[0]?.script) }, story.title || '(untitled)'),
    el('p', { class: 'meta' }, Object.entries(story.regions).map(([r, n]) => [regionBadge(r), `${n} · `]),
      `${story.articles} report${story.articles === 1 ? '' : 's'} · ${formatDate(story.firstPublished)} to `
      + formatDate(story.lastPublished)),
    section('members', 'Reports', members(story)),
    section('comparison', 'Regions side by side', comparisonTable(c)),
    section('entities', 'Who names whom', entityTable(c)),
    section('naming', 'How each side names the same actors and places', namingTable(c)),
    section('terms', 'Distinctive terms',
      el('p', { class: 'help muted' }, 'Words each region’s reports use more than the other regions’ (weighted '
        + 'log-odds with an informative prior from the whole corpus; z ≥ 1.96 is the usual 5% level).'),
      distinctiveTerms(c)),
    section('numbers', 'Numbers that disagree', disagreements(c)),
    section('measures', 'Trade measures stated', story.facts.length
      ? el('ul', {}, story.facts.map((f) => el('li', {}, regionBadge(f.region),
        el('span', { lang: langOf(f.region) }, measureSummary(f)), ' · ', articleLink(f.articleId, f.articleTitle))))
      : el('p', { class: 'muted' }, 'None.'),
    el('p', {}, el('a', { href: '/ui/timeline.html' }, 'All trade measures on the timeline'))));
}

installChrome();
load();
