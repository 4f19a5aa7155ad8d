// Entity page: one canonical entity with the names each region used for it, when it was mentioned, who it appears
// with, the facts that involve it and its latest articles.
import { api, el, factValue, urlState, formatLocal, regionBadge, langOf, articleLink, entityLink, showError,
  showLoading, installChrome, measureSummary, latestLoad, t, tn } from '/ui/app.js';
import { timelineChart } from '/ui/chart.js';
import { curationCard } from '/ui/curation.js';

const container = document.getElementById('entity');

function namesTable(names) {
  if (!names || !names.length) return el('p', { class: 'muted' }, t('entity.notMentioned'));
  return el('table', { class: 'data', id: 'names' },
    el('thead', {}, el('tr', {}, ['nameAsWritten', 'mentions', 'byRegion'].map((h) =>
      el('th', { scope: 'col' }, t('column.' + h))))),
    el('tbody', {}, names.map((n) => el('tr', {},
      el('td', { lang: langOf(Object.keys(n.regions || {})[0]) }, n.name),
      el('td', { class: 'num' }, n.mentions),
      el('td', {}, Object.entries(n.regions || {}).map(([region, count]) => [regionBadge(region), count, ' ']))))));
}

function coOccurring(list) {
  if (!list || !list.length) return el('p', { class: 'muted' }, t('entity.noCoOccurring'));
  const max = Math.max(...list.map((c) => c.articles));
  return el('ol', { id: 'co-occurring' }, list.map((c) => el('li', {},
    entityLink(c.id, c.name), ' ', el('span', { class: 'muted' }, c.type.toLowerCase()), ' ',
    el('meter', { min: 0, max, value: c.articles, 'aria-label': tn('entity.shared', c.articles) }), ' ',
    el('span', { class: 'count' }, tn('entity.articles', c.articles)))));
}

const FACT_KINDS = [['tariff_change', 'kinds.tariff_change'], ['export_control', 'kinds.export_control'],
  ['sanction', 'kinds.sanction'], ['money', 'kinds.money'], ['percent', 'kinds.percent'],
  ['quantity', 'kinds.quantity'], ['date', 'kinds.date'], ['', 'kinds.all']];

/** Facts in the entity's articles, one kind at a time: tariff changes first, as analysts ask for those most. */
function facts(id) {
  const box = el('div', { id: 'entity-facts' });
  const startLoad = latestLoad();
  const show = async (kind) => {
    const current = startLoad();
    box.replaceChildren(el('p', { class: 'muted', role: 'status' }, t('common.loading')));
    let answer;
    try {
      answer = await api('/api/v1/facts', { entity: id, kind, size: 10 });
    } catch (e) {
      if (current()) showError(box, e);
      return;
    }
    if (!current()) return;
    const all = '/ui/facts.html?entity=' + encodeURIComponent(id) + (kind ? '&kind=' + kind : '');
    box.replaceChildren(...[answer.facts.length ? el('table', { class: 'data' },
      el('thead', {}, el('tr', {}, ['kind', 'asWritten', 'value', 'measure', 'article'].map((h) =>
        el('th', { scope: 'col' }, t('column.' + h))))),
      el('tbody', {}, answer.facts.map((f) => el('tr', {}, el('td', {}, f.kind),
        el('td', { lang: langOf(f.region) }, f.text), el('td', {}, factValue(f)),
        el('td', { class: 'measure', lang: langOf(f.region) }, measureSummary(f)),
        el('td', { lang: langOf(f.region) }, articleLink(f.articleId, f.articleTitle))))))
      : el('p', { class: 'muted' }, t('entity.noneOfKind')),
    answer.total > answer.facts.length ? el('p', {}, el('a', { href: all }, t('entity.all', { n: answer.total })))
      : null]
      .filter(Boolean));
  };
  const select = el('select', { id: 'fact-kind', onchange: (event) => show(event.target.value) },
    FACT_KINDS.map(([value, label]) => el('option', { value }, t(label))));
  show(FACT_KINDS[0][0]);
  return el('div', {}, el('label', {}, t('entity.kindOfFact'), select), box);
}

async function load() {
  const { id } = urlState();
  if (!id) { showError(container, new Error(t('entity.noId'))); return; }
  showLoading(container);
  let e;
  try {
    e = await api('/api/v1/entities/' + encodeURIComponent(id));
  } catch (error) {
    showError(container, error);
    return;
  }
  document.title = t('common.pageTitle', { name: e.name });
  container.replaceChildren(
    el('h1', {}, e.name, ' ', el('span', { class: 'badge' }, e.type.toLowerCase())),
    el('p', { class: 'meta' }, t('entity.counts', { mentions: e.mentionCount, articles: e.articleCount }),
      e.wikidataId ? [' · ', el('a', { href: 'https://www.wikidata.org/wiki/' + e.wikidataId, rel: 'noopener noreferrer' },
        'Wikidata ' + e.wikidataId)] : null,
      ' · ', el('a', { href: '/ui/?q=' + encodeURIComponent((e.aliases && e.aliases[0]) || e.name) }, t('entity.searchArticles')),
      // The watches page fills its form from the address: the entity to wait for, and its name as the watch's.
      ' · ', el('a', { id: 'watch-entity', href: '/ui/watches.html?' + new URLSearchParams({ entity: e.id, name: e.name }) },
        t('entity.watch'))),
    el('section', { class: 'card', 'aria-labelledby': 'timeline-h' }, el('h2', { id: 'timeline-h' }, t('entity.perDay')),
      timelineChart(e.timeline || [], t('entity.chartLabel', { name: e.name }))),
    el('div', { class: 'grid2' },
      el('section', { class: 'card', 'aria-labelledby': 'names-h' }, el('h2', { id: 'names-h' }, t('entity.names')),
        namesTable(e.names),
        e.aliases && e.aliases.length ? el('p', { class: 'muted' }, t('entity.aliases'), e.aliases.join(' · ')) : null),
      el('section', { class: 'card', 'aria-labelledby': 'co-h' }, el('h2', { id: 'co-h' }, t('entity.appearsWith')),
        coOccurring(e.coOccurring))),
    el('section', { class: 'card', 'aria-labelledby': 'facts-h' }, el('h2', { id: 'facts-h' }, t('entity.facts')),
      facts(e.id)),
    el('section', { class: 'card', 'aria-labelledby': 'recent-h' }, el('h2', { id: 'recent-h' }, t('entity.recent')),
      e.recentArticles && e.recentArticles.length ? el('ul', { id: 'recent' }, e.recentArticles.map((r) => el('li', {},
        regionBadge(r.region), el('span', { lang: langOf(r.region) }, articleLink(r.id, r.title)), ' ',
        el('span', { class: 'muted' }, formatLocal(r.publishedLocal)))))
        : el('p', { class: 'muted' }, t('common.none'))),
    curationCard(e));
}

installChrome();
load();
