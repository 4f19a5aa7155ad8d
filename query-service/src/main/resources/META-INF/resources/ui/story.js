// One story: its reports, and how mainland, Taiwan and Hong Kong reports of it compare (coverage, entities named or
// left out, the forms each side writes, distinctive terms, numbers that disagree). Text from articles is only ever
// text (el() builds nodes with textContent), never HTML.
import { api, el, urlState, formatDate, formatLocal, regionBadge, langOf, articleLink, entityLink, showError,
  showLoading, installChrome, measureSummary, regionName, t, tn } from '/ui/app.js';

const container = document.getElementById('story');

function section(id, title, ...content) {
  return el('section', { class: 'card', 'aria-labelledby': id + '-h' }, el('h2', { id: id + '-h' }, title), ...content);
}

function regionHeaders(regions) {
  return regions.map((r) => el('th', { scope: 'col' }, regionBadge(r), regionName(r)));
}

function members(story) {
  return el('table', { class: 'data', id: 'members-table' },
    el('thead', {}, el('tr', {}, ['published', 'region', 'outlet', 'title', 'script'].map((h) =>
      el('th', { scope: 'col' }, t('column.' + h))))),
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
    [t('story.reports'), (r) => c.coverage[r].articles],
    [t('story.outlets'), (r) => c.coverage[r].sources.join(', ')],
    [t('story.firstReport'), (r) => c.coverage[r].firstArticleId
      ? articleLink(c.coverage[r].firstArticleId, formatDate(c.coverage[r].firstReport)) : ''],
    [t('story.lastReport'), (r) => formatDate(c.coverage[r].lastReport)],
    [t('story.entitiesNamed'), named],
    [t('story.entitiesOmitted'), omitted],
    [t('story.measuresStated'), (r) => (c.measures[r] || []).length],
  ];
  return el('table', { class: 'data', id: 'comparison-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, ''), regionHeaders(c.regions))),
    el('tbody', {}, rows.map(([label, cell]) => el('tr', {}, el('th', { scope: 'row' }, label),
      c.regions.map((r) => el('td', {}, cell(r)))))));
}

function entityTable(c) {
  if (!c.entities.length) return el('p', { class: 'muted' }, t('story.noEntities'));
  return el('table', { class: 'data', id: 'entity-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('column.entity')), regionHeaders(c.regions))),
    el('tbody', {}, c.entities.map((e) => el('tr', {}, el('th', { scope: 'row' }, entityLink(e.id, e.name)),
      c.regions.map((r) => e.reportedBy.includes(r)
        ? el('td', {}, tn('story.namedIn', e.articlesByRegion[r]))
        : el('td', { class: 'omitted' }, t('story.notNamed')))))));
}

function namingTable(c) {
  if (!c.naming.length) return el('p', { class: 'muted' }, t('story.noNaming'));
  return el('table', { class: 'data', id: 'naming-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('column.entity')), regionHeaders(c.regions),
      el('th', { scope: 'col' }, t('story.formsDiffer')))),
    el('tbody', {}, c.naming.map((n) => el('tr', {}, el('th', { scope: 'row' }, entityLink(n.id, n.name)),
      c.regions.map((r) => el('td', { lang: langOf(r) }, (n.formsByRegion[r] || [])
        .map((f) => `${f.surface} (${f.mentions})`).join('、'))),
      el('td', {}, n.differs ? t('common.yes') : t('common.no'))))));
}

function distinctiveTerms(c) {
  const regions = c.regions.filter((r) => c.distinctiveTerms[r]);
  if (regions.length < 2) return el('p', { class: 'muted' }, t('story.oneRegion'));
  return el('div', { class: 'terms', id: 'distinctive-terms' }, regions.map((r) => el('div', {},
    el('h3', {}, regionBadge(r), regionName(r)),
    c.distinctiveTerms[r].length
      ? el('ol', { lang: 'zh-Hans' }, c.distinctiveTerms[r].map((term) => el('li', {}, term.term, ' ',
        el('span', { class: 'muted', title: t('story.termTitle', { count: term.count, other: term.otherCount,
          corpus: term.backgroundDocuments }) }, `z ${term.z.toFixed(2)}`))))
      : el('p', { class: 'muted' }, t('story.noneStandsOut')))));
}

function disagreements(c) {
  if (!c.disagreements.length) return el('p', { class: 'muted' }, t('story.noDisagreement'));
  return el('table', { class: 'data', id: 'disagreement-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('column.measure')),
      el('th', { scope: 'col' }, t('column.number')),
      regionHeaders(c.regions))),
    el('tbody', {}, c.disagreements.map((d) => el('tr', {},
      el('td', { lang: 'zh-Hans' }, `${d.kind}: ${d.imposer || '?'} → ${d.target || '?'}${d.product ? ' · ' + d.product : ''}`),
      el('td', {}, d.attribute),
      c.regions.map((r) => el('td', {}, (d.valuesByRegion[r] || []).join(', ') || '—'))))));
}

async function load() {
  const { id } = urlState();
  if (!id) { showError(container, new Error(t('story.noId'))); return; }
  showLoading(container);
  let story;
  try {
    story = await api('/api/v1/stories/' + encodeURIComponent(id));
  } catch (e) {
    showError(container, e);
    return;
  }
  document.title = t('common.pageTitle', { name: story.title || t('story.story') });
  const c = story.comparison;
  container.replaceChildren(
    el('h1', { lang: langOf(story.members[0]?.region, story.members[0]?.script) }, story.title || t('common.untitled')),
    el('p', { class: 'meta' }, Object.entries(story.regions).map(([r, n]) => [regionBadge(r), `${n} · `]),
      tn('story.span', story.articles, { first: formatDate(story.firstPublished),
        last: formatDate(story.lastPublished) })),
    section('members', t('story.reports'), members(story)),
    section('comparison', t('story.sideBySide'), comparisonTable(c)),
    section('entities', t('story.whoNamesWhom'), entityTable(c)),
    section('naming', t('story.naming'), namingTable(c)),
    section('terms', t('story.terms'),
      el('p', { class: 'help muted' }, t('story.termsHelp')),
      distinctiveTerms(c)),
    section('numbers', t('story.numbers'), disagreements(c)),
    section('measures', t('story.measuresStated'), story.facts.length
      ? el('ul', {}, story.facts.map((f) => el('li', {}, regionBadge(f.region),
        el('span', { lang: langOf(f.region) }, measureSummary(f)), ' · ', articleLink(f.articleId, f.articleTitle))))
      : el('p', { class: 'muted' }, t('common.none')),
    el('p', {}, el('a', { href: '/ui/timeline.html' }, t('story.allMeasures')))));
}

installChrome();
load();
