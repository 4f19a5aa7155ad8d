// Shared by every page: API calls with problem+json errors, safe DOM building, URL state, formatting.
// No framework and no build step: plain ES modules served by query-service, nothing fetched from a CDN.
import { t, LANGUAGES, language, chooseLanguage, translatePage } from '/ui/i18n.js';

export { t, tn } from '/ui/i18n.js';

/** An error the API explained (problem+json), or a network failure, with a message a person can act on. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

const KEY_STORAGE = 'sinoscope.apiKey';

/** The operator's API key for /api/v1/admin/ pages, kept for this browser tab only. */
export function apiKey() {
  return sessionStorage.getItem(KEY_STORAGE) || '';
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY_STORAGE, key); else sessionStorage.removeItem(KEY_STORAGE);
}

/** GET a JSON resource; params with empty values are left out. Throws ApiError. */
export async function api(path, params = {}, { withKey = false } = {}) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const headers = { Accept: 'application/json' };
  if (withKey && apiKey()) headers['X-Api-Key'] = apiKey();
  let response;
  try {
    response = await fetch(url, { headers });
  } catch (e) {
    throw new ApiError(t('error.unreachable', { reason: e.message }), 0);
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : (response.status + ' ' + response.statusText);
    throw new ApiError(detail, response.status);
  }
  return body;
}

/** POST a JSON body with the tab's API key; returns the JSON answer. Throws ApiError with the problem's detail. */
export async function post(path, body) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (apiKey()) headers['X-Api-Key'] = apiKey();
  let response;
  try {
    response = await fetch(new URL(path, location.origin), { method: 'POST', headers, body: JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(t('error.unreachable', { reason: e.message }), 0);
  }
  const type = response.headers.get('Content-Type') || '';
  const answer = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(answer && answer.detail ? answer.detail : (response.status + ' ' + response.statusText),
      response.status);
  }
  return answer;
}

/** Builds an element: el('a', {href: '#', class: 'x'}, 'text', child). Text is always text, never HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * A search snippet as nodes: the server sends it HTML-escaped with matches in <em>. Parsed inert (a template's content
 * runs nothing) and rebuilt from its text and <em> elements only, so nothing else from an article can reach the page.
 */
export function snippetNodes(snippet) {
  const template = document.createElement('template');
  template.innerHTML = snippet || '';
  const out = [];
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'EM') out.push(el('mark', {}, node.textContent));
    else out.push(document.createTextNode(node.textContent));
  }
  return out;
}

/** The page's state from its URL, so any view can be shared as a link. */
export function urlState() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/** Writes the state into the URL; push adds a history entry (Back returns to the previous state). */
export function setUrlState(state, push = true) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(state)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, value);
  }
  const url = location.pathname + (params.toString() ? '?' + params : '');
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An offset as people name a zone: Z → UTC, +08:00 → UTC+8, -04:00 → UTC-4, +05:30 → UTC+5:30. */
function zoneName(offset) {
  if (offset === 'Z' || offset.slice(1) === '00:00') return 'UTC';
  const [hours, minutes] = offset.slice(1).split(':');
  return 'UTC' + offset[0] + Number(hours) + (minutes === '00' ? '' : ':' + minutes);
}

/**
 * An article's time as its readers saw it, with the zone named: the API's publishedLocal (2025-04-02T00:30:00+08:00)
 * → "2025-04-02 00:30 UTC+8". The wall clock is read from the text itself, never through the browser's zone.
 */
export function formatLocal(local) {
  const parts = WITH_OFFSET.exec(local || '');
  return parts ? `${parts[1]} ${parts[2]} ${zoneName(parts[3])}` : (local || '');
}

/** UTC+8, where the mainland, Hong Kong and Taiwan read the news: the zone of times that belong to no one article. */
const READERS_OFFSET_MS = 8 * 3600 * 1000;

/**
 * A time of no single article (a story's span, an operator's action) in UTC+8, named: "2025-04-02 00:30 UTC+8".
 * A bare date (a fact's own date) is shown as it is.
 */
export function formatDate(iso) {
  if (!iso) return '';
  const millis = iso.length > 10 ? Date.parse(iso) : NaN;
  if (Number.isNaN(millis)) return iso;
  return formatLocal(new Date(millis + READERS_OFFSET_MS).toISOString().slice(0, 19) + '+08:00');
}

/** A region code's name in the UI's language: CN → Mainland / 中国大陆 / 中國大陸. */
export function regionName(region) {
  return ['CN', 'HK', 'TW', 'OTHER'].includes(region) ? t('region.' + region) : (region || t('region.unknown'));
}

export function regionBadge(region) {
  return el('span', { class: 'badge region-' + (region || 'none'),
    title: t('region.badge', { name: regionName(region) }) },
    region || '?');
}

/** lang for text in a region's script, so the browser picks the right CJK glyph forms and fonts. */
export function langOf(region, script) {
  if (script === 'SIMPLIFIED' || region === 'CN') return 'zh-Hans';
  if (region === 'HK') return 'zh-Hant-HK';
  if (region === 'TW') return 'zh-Hant-TW';
  return script === 'TRADITIONAL' ? 'zh-Hant' : 'zh';
}

export function articleLink(id, title) {
  return el('a', { href: '/ui/article.html?id=' + encodeURIComponent(id) }, title || t('common.untitled'));
}

export function entityLink(id, name) {
  return el('a', { href: '/ui/entity.html?id=' + encodeURIComponent(id) }, name || id);
}

/** Replaces a container's content with an error message announced to screen readers. */
export function showError(container, error) {
  container.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message || String(error)));
}

/**
 * For a page part that reloads whenever its filters change: each call starts a load and returns a check that stays
 * true only until a later load starts, so an older answer arriving last never draws over a newer one (a slow first,
 * unfiltered load would otherwise replace the filtered table the user asked for).
 */
export function latestLoad() {
  let latest = 0;
  return () => {
    const mine = ++latest;
    return () => mine === latest;
  };
}

export function showLoading(container) {
  container.replaceChildren(el('p', { class: 'muted', role: 'status' }, t('common.loading')));
}

/**
 * Fills a pager with Previous, "Page n of m" and Next for a 0-based page; turnTo(target) shows another page.
 * Empty when everything fits on one page.
 */
export function renderPager(pager, page, size, total, turnTo) {
  const pages = Math.ceil(total / size);
  pager.replaceChildren(...(pages <= 1 ? [] : [
    el('button', { type: 'button', class: 'secondary', disabled: page === 0, onclick: () => turnTo(page - 1) },
      t('pager.previous')),
    el('span', {}, t('pager.pageOf', { page: page + 1, pages })),
    el('button', { type: 'button', class: 'secondary', disabled: page + 1 >= pages, onclick: () => turnTo(page + 1) },
      t('pager.next'))]));
}

const PAGES = [['/ui/', 'nav.search'], ['/ui/facts.html', 'nav.facts'], ['/ui/timeline.html', 'nav.timeline'],
  ['/ui/watches.html', 'nav.watches'], ['/ui/pipeline.html', 'nav.pipeline']];

/** The header's language switch: each language named in itself; a choice is remembered for this browser. */
function languageSwitch() {
  return el('select', { id: 'language', 'aria-label': t('language.switch'),
    onchange: (e) => chooseLanguage(e.target.value) },
    LANGUAGES.map(({ code, label }) => el('option', { value: code, lang: code, selected: code === language }, label)));
}

/**
 * Puts the skip link, the top navigation and the language switch, the same on every page, before the page's <main>,
 * marking the current page (one list of pages here instead of a copy in each HTML file), and puts the page's own HTML
 * text into the chosen language.
 */
export function installChrome() {
  const current = location.pathname === '/ui/index.html' ? '/ui/' : location.pathname;
  document.body.prepend(
    el('a', { class: 'skip', href: '#main' }, t('nav.skip')),
    el('header', { class: 'top' },
      el('span', { class: 'brand' }, 'Sinoscope'),
      el('nav', { class: 'top', 'aria-label': t('nav.main') }, PAGES.map(([href, label]) =>
        el('a', { href, 'aria-current': href === current ? 'page' : null }, t(label)))),
      languageSwitch()));
  translatePage(document);
}

/** A fact's value as an analyst reads it: 30 億 USD → "3000000000 USD"; 25% → "25 percent". */
export function factValue(fact) {
  const parts = [];
  if (fact.value !== null && fact.value !== undefined) parts.push(Number(fact.value).toLocaleString('en-US'));
  if (fact.currency) parts.push(fact.currency);
  if (fact.unit) parts.push(fact.unit);
  if (fact.date) parts.push(fact.date);
  return parts.join(' ');
}

const MEASURES = new Set(['tariff_change', 'export_control', 'sanction']);

/** A trade measure's parties, rates, product, status and effective date as one line of plain text; '' for others. */
export function measureSummary(f) {
  const a = f.attributes || {};
  if (!MEASURES.has(f.kind)) return '';
  const parts = [];
  const target = [a.affected_country, ...(a.affected_entities || [])].filter(Boolean).join(', ');
  if (a.imposing_country || target) parts.push(`${a.imposing_country || '?'} → ${target || '?'}`);
  if (a.from != null || a.to != null) parts.push(`${a.from != null ? a.from + '%' : '?'} → ${a.to != null ? a.to + '%' : '?'}`);
  if (a.goods) parts.push(a.goods);
  if (a.status) parts.push(a.status.replace('_', ' '));
  if (a.setting) parts.push(t('measure.setting', { setting: a.setting }));
  if (a.effective_date) parts.push(t('measure.effective', { date: a.effective_date }));
  return parts.join(' · ');
}
