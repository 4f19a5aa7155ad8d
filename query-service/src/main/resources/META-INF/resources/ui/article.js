// Article page: the original text with entity mentions and facts highlighted where they stand (hover tells what
// each one is), the normalised text on request, and what analysis and cleaning made of the article.
import { api, el, factValue, urlState, formatLocal, regionBadge, langOf, entityLink, showError, showLoading,
  installChrome } from '/ui/app.js';

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
    title: `Not ${entity.name || entity.id} here? Reject \u201c${m.surface}\u201d in this article`,
  }, `reject \u201c${m.surface}\u201d`)]);
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
  const label = item.kind || item.reason || item.category || item.type || 'removed';
  const text = item.text || item.content || item.excerpt || '';
  return el('li', {}, el('strong', {}, label), text ? ': ' : '', text);
}

function cleaningReport(cleaning) {
  if (!cleaning) {
    return el('p', { class: 'muted' }, 'Not recorded for this article (it was analysed before cleaning reports '
      + 'were carried to search).');
  }
  const removed = cleaning.removed || [];
  return el('div', {},
    el('dl', { class: 'props' },
      el('dt', {}, 'Charset'), el('dd', {}, cleaning.charset || 'given as text',
        cleaning.charsetConfidence != null ? ` (confidence ${cleaning.charsetConfidence})` : '')),
    removed.length ? el('ul', { id: 'removed' }, removed.map(removedItem))
      : el('p', { class: 'muted' }, 'Cleaning removed nothing.'));
}

async function load() {
  const { id } = urlState();
  if (!id) { showError(container, new Error('No article id in the address (…/article.html?id=…).')); return; }
  showLoading(container);
  let a;
  try {
    a = await api('/api/v1/articles/' + encodeURIComponent(id));
  } catch (e) {
    showError(container, e);
    return;
  }
  document.title = (a.title || 'Article') + ' · Sinoscope';
  const lang = langOf(a.region, a.script);
  const entities = a.entities || [];
  const facts = a.facts || [];
  const normalised = el('details', {},
    el('summary', {}, 'Normalised text (mainland Simplified, as indexed)'),
    el('div', { class: 'text', lang: 'zh-Hans', id: 'normalized-text' }, a.normalizedText || ''));
  container.replaceChildren(
    el('h1', { lang }, a.title || '(untitled)'),
    el('p', { class: 'meta' }, regionBadge(a.region),
      el('span', { class: 'badge', title: 'Script' }, (a.script || '').toLowerCase()),
      a.regionConfidence != null ? `region confidence ${Math.round(a.regionConfidence * 100)}% · ` : '',
      a.source, ' · ', formatLocal(a.publishedLocal),
      a.url ? [' · ', el('a', { href: a.url, rel: 'noopener noreferrer' }, 'original page')] : null,
      a.storyId ? [' · ', el('a', { href: '/ui/story.html?id=' + encodeURIComponent(a.storyId), id: 'story-link' },
        'story: its reports across regions compared')] : null),
    el('div', { class: 'layout' },
      el('div', {},
        el('section', { class: 'card', 'aria-labelledby': 'summary-h' }, el('h2', { id: 'summary-h' }, 'Summary'),
          el('p', { lang: 'zh-Hans' }, a.summary || '')),
        el('section', { class: 'card', 'aria-labelledby': 'text-h' },
          el('h2', { id: 'text-h' }, 'Original text'),
          el('p', { class: 'legend muted' }, el('span', { class: 'mention' }, 'entity'), el('span', { class: 'fact' }, 'fact'),
            'hover a highlight for what it is'),
          el('div', { class: 'text', lang, id: 'original-text' }, annotatedText(a.text || '', entities, facts)),
          normalised),
        el('section', { class: 'card', 'aria-labelledby': 'facts-h' }, el('h2', { id: 'facts-h' }, `Facts (${facts.length})`),
          facts.length ? el('table', { class: 'data' },
            el('thead', {}, el('tr', {}, ['Kind', 'As written', 'Normalised value', 'Offsets'].map((h) => el('th', { scope: 'col' }, h)))),
            el('tbody', {}, facts.map((f) => el('tr', {}, el('td', {}, f.kind), el('td', { lang }, f.text),
              el('td', {}, factValue(f)), el('td', { class: 'num' }, `${f.start}–${f.end}`)))))
            : el('p', { class: 'muted' }, 'No facts extracted.'))),
      el('aside', {},
        el('section', { class: 'card', 'aria-labelledby': 'entities-h' }, el('h2', { id: 'entities-h' }, 'Entities'),
          entities.length ? el('ul', {}, entities.map((e) => el('li', {}, entityLink(e.id, e.name), ' ',
            el('span', { class: 'muted' }, `${e.type.toLowerCase()} · ${e.mentions.length}×`), ' ',
            rejectLinks(a.id, e))))
            : el('p', { class: 'muted' }, 'None linked.')),
        el('section', { class: 'card', 'aria-labelledby': 'keywords-h' }, el('h2', { id: 'keywords-h' }, 'Keywords'),
          chips(a.keywords, 'None.')),
        el('section', { class: 'card', 'aria-labelledby': 'topics-h' }, el('h2', { id: 'topics-h' }, 'Topics'),
          chips(a.topics, 'None.')),
        el('section', { class: 'card', 'aria-labelledby': 'cleaning-h' }, el('h2', { id: 'cleaning-h' }, 'Cleaning'),
          cleaningReport(a.cleaning)))));
}

installChrome();
load();
