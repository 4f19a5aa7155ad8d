// Search page: the form, results and facets all follow the URL (?q=…&region=…&page=…), so a search can be shared.
import { api, el, snippetNodes, urlState, setUrlState, formatLocal, regionBadge, langOf, articleLink, entityLink,
  showError, showLoading, installChrome, renderPager, latestLoad, t, tn } from '/ui/app.js';

const FILTERS = ['q', 'from', 'to', 'region', 'source', 'topic', 'entity', 'sort', 'size'];
const form = document.getElementById('search-form');
const results = document.getElementById('results');
const summary = document.getElementById('summary');
const pager = document.getElementById('pager');
const facets = document.getElementById('facets');
const startLoad = latestLoad();

function fillForm(state) {
  for (const name of FILTERS) {
    const field = form.elements[name];
    if (field) field.value = state[name] || (name === 'sort' ? 'relevance' : name === 'size' ? '10' : '');
  }
}

function formState() {
  const state = {};
  for (const name of FILTERS) state[name] = form.elements[name].value.trim();
  if (state.sort === 'relevance') delete state.sort;
  if (state.size === '10') delete state.size;
  return state;
}

/** Canonical ids look like Q22686 or org:tsmc; anything else is a name to look up. */
const ENTITY_ID = /^(Q\d+|[a-z]+:[\w.-]+)$/;

/** The entity filter accepts a name in any script or region (川普, 輝達) and searches by the entity it names. */
async function entityId(value) {
  if (!value || ENTITY_ID.test(value)) return value;
  const found = await api('/api/v1/entities', { q: value, limit: 1 });
  const best = found.entities[0];
  if (!best || !best.exactMatch) throw new Error(t('search.noEntity', { name: value }));
  return best.id;
}

/** A new search from the form starts at its first page. */
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const state = formState();
  try {
    state.entity = await entityId(state.entity);
  } catch (e) {
    showError(results, e);
    return;
  }
  setUrlState(state);
  run();
});

window.addEventListener('popstate', run);

function refine(name, value) {
  const state = urlState();
  if (state[name] === value) delete state[name]; else state[name] = value;
  delete state.page;
  setUrlState(state);
  run();
}

async function run() {
  const current = startLoad();
  const state = urlState();
  fillForm(state);
  if (!state.q) {
    summary.textContent = t('search.empty');
    results.replaceChildren();
    pager.replaceChildren();
    facets.replaceChildren();
    return;
  }
  showLoading(results);
  let answer;
  try {
    answer = await api('/api/v1/search', state);
  } catch (e) {
    if (!current()) return;
    summary.textContent = '';
    pager.replaceChildren();
    facets.replaceChildren();
    showError(results, e);
    return;
  }
  if (!current()) return;
  const page = Number(state.page || 0);
  const size = Number(state.size || 10);
  const first = answer.total === 0 ? 0 : page * size + 1;
  summary.textContent = answer.total === 0 ? t('search.none')
    : tn('search.count', answer.total, { first, last: first + answer.hits.length - 1 });
  summary.append(' · ', el('a', { href: '/ui/watches.html?' + new URLSearchParams(Object.entries(state)
    .filter(([k, v]) => v && ['q', 'region', 'source', 'topic', 'entity'].includes(k))) }, t('search.watch')));
  results.replaceChildren(el('ol', { class: 'hits', start: first },
    answer.hits.map((hit) => el('li', {},
      el('h3', { lang: langOf(hit.region) }, articleLink(hit.id, hit.title)),
      el('div', { class: 'meta' }, regionBadge(hit.region), hit.source, ' · ', formatLocal(hit.publishedLocal),
        hit.possibleEntities && hit.possibleEntities.length ? [' · ', el('span', { class: 'badge',
          title: t('search.possibleLinksTitle', { ids: hit.possibleEntities.join(', ') }) }, t('search.possibleLinks'))]
          : null),
      el('p', { class: 'snippet', lang: langOf(hit.region) }, snippetNodes(hit.snippet))))));
  renderPager(pager, page, size, answer.total, turnTo);
  renderFacets(answer.facets || {}, state);
  document.title = t('search.titleFor', { q: state.q });
}

/** Another page of the same search: the URL's page changes (page 0 is the default, left out). */
function turnTo(target) {
  const state = urlState();
  if (target === 0) delete state.page; else state.page = String(target);
  setUrlState(state);
  run();
  results.scrollIntoView();
}

function facetSection(title, name, values, state, label = (v) => v.value, key = (v) => v.value) {
  if (!values || values.length === 0) return null;
  return el('section', {},
    el('h2', {}, title),
    el('ul', {}, values.map((v) => el('li', {},
      el('button', { type: 'button', 'aria-pressed': String(state[name] === key(v)), onclick: () => refine(name, key(v)),
        title: state[name] === key(v) ? t('facet.remove') : t('facet.only') }, label(v)),
      el('span', { class: 'count' }, v.count)))));
}

function renderFacets(f, state) {
  facets.replaceChildren(...[
    facetSection(t('facet.entities'), 'entity', f.entities, state, (v) => v.name, (v) => v.id),
    facetSection(t('facet.regions'), 'region', f.regions, state),
    facetSection(t('facet.sources'), 'source', f.sources, state),
    facetSection(t('facet.topics'), 'topic', f.topics, state),
  ].filter(Boolean));
  // Entity profiles are one click away from the facet list too.
  if (f.entities && f.entities.length) {
    facets.append(el('section', {}, el('h2', {}, t('facet.profiles')),
      el('ul', {}, f.entities.slice(0, 5).map((v) => el('li', {}, entityLink(v.id, v.name))))));
  }
}

installChrome();
run();
