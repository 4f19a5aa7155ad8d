// Article page: the original text with entity mentions and facts highlighted where they stand (hover tells what
// each one is), the normalised text on request, and what analysis and cleaning made of the article.
import { api, el, factValue, urlState, formatLocal, regionBadge, langOf, entityLink, showError, showLoading,
  installChrome, t } from '/ui/app.js';

const container = document.getElementById('article');

function factDescription(fact) {
  const attributes = fact.attributes ? Object.entries(fact.attributes)
    .filter(([name, value]) => typeof value !== 'object' && !['sentence', 'confidence'].includes(name))
    .map(([name, value]) => `${name}: ${value}`) : [];
  return [`${fact.kind}: ${factValue(fact) || fact.text}`, ...attributes].join('\n');
}

/**
 * The text cut at every span boundary, each piece with the mentions and facts covering it, so overlapping
 * annotations (a fact containing a name) both show.
 */
/** Per name as written: a link to the entity page's curation card, ready to reject it in this article. */
function rejectLinks(articleId, entity) {
  const firstBySurface = new Map();
  for (const m of entity.mentions || []) if (!firstBySurface.has(m.surface)) firstBySurface.set(m.surface, m);
  return [...firstBySurface.values()].map((m) => [' ', el('a', {
    class: 'reject muted',
    href: '/ui/entity.html?' + new URLSearchParams({ id: entity.id, rejectArticle: articleId, start: m.start, end: m.end })
      + '#curation-h',
    title: t('article.rejectTitle', { name: entity.name || entity.id, surface: m.surface }),
  }, t('article.reject', { surface: m.surface }))]);
}

function annotatedText(text, entities, facts) {
  const spans = [];
  for (const entity of entities) {
    for (const m of entity.mentions || []) {
      spans.push({ start: m.start, end: m.end, kind: 'mention',
        label: `${entity.name} (${entity.type.toLowerCase()}) · ${entity.id}`, entity });
    }
  }
  for (const fact of facts) {
    if (fact.start >= 0 && fact.end > fact.start) {
      spans.push({ start: fact.start, end: fact.end, kind: 'fact', label: factDescription(fact) });
    }
  }
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length) { cuts.add(s.start); cuts.add(s.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) { out.push(piece); continue; }
    const classes = [...new Set(covering.map((s) => s.kind))].join(' ');
    const mention = covering.find((s) => s.kind === 'mention');
    out.push(el('span', { class: classes, title: covering.map((s) => s.label).join('\n'),
      'data-entity': mention ? mention.entity.id : null }, piece));
  }
  return out;
}

function chips(values, empty) {
  return values && values.length ? el('ul', { class: 'chips' }, values.map((v) => el('li', {}, v)))
    : el('p', { class: 'muted' }, empty);
}

function removedItem(item) {
  if (item === null || typeof item !== 'object') return el('li', {}, String(item));
  const label = item.kind || item.reason || item.category || item.type || t('article.removed');
  const text = item.text || item.content || item.excerpt || '';
  return el('li', {}, el('strong', {}, label), text ? ': ' : '', text);
}

function cleaningReport(cleaning) {
  if (!cleaning) {
    return el('p', { class: 'muted' }, t('article.cleaningUnrecorded'));
  }
  const removed = cleaning.removed || [];
  return el('div', {},
    el('dl', { class: 'props' },
      el('dt', {}, t('article.charset')), el('dd', {}, cleaning.charset || t('article.givenAsText'),
        cleaning.charsetConfidence != null ? t('article.charsetConfidence', { n: cleaning.charsetConfidence }) : '')),
    removed.length ? el('ul', { id: 'removed' }, removed.map(removedItem))
      : el('p', { class: 'muted' }, t('article.removedNothing')));
}

async function load() {
  const { id } = urlState();
  if (!id) { showError(container, new Error(t('article.noId'))); return; }
  showLoading(container);
  let a;
  try {
    a = await api('/api/v1/articles/' + encodeURIComponent(id));
  } catch (e) {
    showError(container, e);
    return;
  }
  document.title = t('common.pageTitle', { name: a.title || t('article.article') });
  const lang = langOf(a.region, a.script);
  const entities = a.entities || [];
  const facts = a.facts || [];
  const normalised = el('details', {},
    el('summary', {}, t('article.normalised')),
    el('div', { class: 'text', lang: 'zh-Hans', id: 'normalized-text' }, a.normalizedText || ''));
  container.replaceChildren(
    el('h1', { lang }, a.title || t('common.untitled')),
    el('p', { class: 'meta' }, regionBadge(a.region),
      el('span', { class: 'badge', title: t('article.script') }, (a.script || '').toLowerCase()),
      a.regionConfidence != null ? t('article.regionConfidence', { n: Math.round(a.regionConfidence * 100) }) : '',
      a.source, ' · ', formatLocal(a.publishedLocal),
      a.url ? [' · ', el('a', { href: a.url, rel: 'noopener noreferrer' }, t('article.original'))] : null,
      a.storyId ? [' · ', el('a', { href: '/ui/story.html?id=' + encodeURIComponent(a.storyId), id: 'story-link' },
        t('article.story'))] : null),
    el('div', { class: 'layout' },
      el('div', {},
        el('section', { class: 'card', 'aria-labelledby': 'summary-h' }, el('h2', { id: 'summary-h' }, t('article.summary')),
          el('p', { lang: 'zh-Hans' }, a.summary || '')),
        el('section', { class: 'card', 'aria-labelledby': 'text-h' },
          el('h2', { id: 'text-h' }, t('article.originalText')),
          el('p', { class: 'legend muted' }, el('span', { class: 'mention' }, t('article.legendEntity')),
            el('span', { class: 'fact' }, t('article.legendFact')), t('article.legendHover')),
          el('div', { class: 'text', lang, id: 'original-text' }, annotatedText(a.text || '', entities, facts)),
          normalised),
        el('section', { class: 'card', 'aria-labelledby': 'facts-h' }, el('h2', { id: 'facts-h' }, t('article.facts', { n: facts.length })),
          facts.length ? el('table', { class: 'data' },
            el('thead', {}, el('tr', {}, ['kind', 'asWritten', 'normalisedValue', 'offsets'].map((h) =>
              el('th', { scope: 'col' }, t('column.' + h))))),
            el('tbody', {}, facts.map((f) => el('tr', {}, el('td', {}, f.kind), el('td', { lang }, f.text),
              el('td', {}, factValue(f)), el('td', { class: 'num' }, `${f.start}–${f.end}`)))))
            : el('p', { class: 'muted' }, t('article.noFacts')))),
      el('aside', {},
        el('section', { class: 'card', 'aria-labelledby': 'entities-h' }, el('h2', { id: 'entities-h' }, t('article.entities')),
          entities.length ? el('ul', {}, entities.map((e) => el('li', {}, entityLink(e.id, e.name), ' ',
            el('span', { class: 'muted' }, `${e.type.toLowerCase()} · ${e.mentions.length}×`), ' ',
            e.possible ? [el('span', { class: 'badge', title: t('article.possibleTitle') }, t('article.possible')), ' ']
              : null,
            rejectLinks(a.id, e))))
            : el('p', { class: 'muted' }, t('article.noneLinked'))),
        el('section', { class: 'card', 'aria-labelledby': 'keywords-h' }, el('h2', { id: 'keywords-h' }, t('article.keywords')),
          chips(a.keywords, t('common.none'))),
        el('section', { class: 'card', 'aria-labelledby': 'topics-h' }, el('h2', { id: 'topics-h' }, t('article.topics')),
          chips(a.topics, t('common.none'))),
        el('section', { class: 'card', 'aria-labelledby': 'cleaning-h' }, el('h2', { id: 'cleaning-h' }, t('article.cleaning')),
          cleaningReport(a.cleaning)))));
}

installChrome();
load();
