// The UI's own words in Simplified Chinese, Traditional Chinese (Taiwan and Hong Kong UI vocabulary) and English, one
// strings file per language under /ui/i18n/. The language is the one this browser chose last (localStorage), else the
// first Chinese or English one in navigator.languages, else English. Loaded before any page script runs (top-level
// await), so every string is ready when a page draws itself. Text is only ever set as textContent or an attribute.

export const LANGUAGES = [
  { code: 'zh-Hans', label: '简体中文' },
  { code: 'zh-Hant', label: '繁體中文' },
  { code: 'en', label: 'English' },
];

const STORAGE = 'sinoscope.language';
const CODES = LANGUAGES.map((l) => l.code);

/**
 * The language for a stored choice and the browser's preferences: zh-TW, zh-HK, zh-MO and zh-Hant-* → zh-Hant;
 * zh, zh-CN, zh-SG and zh-Hans-* → zh-Hans; en-* or anything else → en. The first Chinese or English tag decides.
 */
export function preferredLanguage(stored, browserLanguages) {
  if (CODES.includes(stored)) return stored;
  for (const tag of browserLanguages || []) {
    const parts = String(tag).toLowerCase().split(/[-_]/);
    if (parts[0] === 'en') return 'en';
    if (parts[0] === 'zh') {
      return parts.includes('hant') || parts.includes('tw') || parts.includes('hk') || parts.includes('mo')
        ? 'zh-Hant' : 'zh-Hans';
    }
  }
  return 'en';
}

function storedChoice() {
  try {
    return localStorage.getItem(STORAGE);
  } catch (e) {
    return null; // storage refused (private mode, policy): fall back to the browser's languages
  }
}

export const language = preferredLanguage(storedChoice(), navigator.languages || [navigator.language]);

async function load(code) {
  const response = await fetch('/ui/i18n/' + code + '.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error('The UI strings for ' + code + ' could not be loaded (' + response.status + ')');
  return response.json();
}

const strings = await load(language);
document.documentElement.lang = language;

/** The string for key, {name} placeholders filled from values; the key itself if a strings file lacks it. */
export function t(key, values = {}) {
  const text = strings[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** As t, choosing key.one for a count of 1 and key.other otherwise (Chinese files give both the same words). */
export function tn(key, count, values = {}) {
  return t(key + (count === 1 ? '.one' : '.other'), { n: count, ...values });
}

/**
 * Puts the language's words into the page's own HTML: data-i18n sets an element's text (it must hold text only),
 * data-i18n-placeholder, data-i18n-title and data-i18n-aria-label set those attributes.
 */
export function translatePage(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const [data, attribute] of [['i18nPlaceholder', 'placeholder'], ['i18nTitle', 'title'],
    ['i18nAriaLabel', 'aria-label']]) {
    const selector = '[data-' + data.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()) + ']';
    for (const node of root.querySelectorAll(selector)) node.setAttribute(attribute, t(node.dataset[data]));
  }
}

/** Remembers the choice for this browser and shows the page again in it. */
export function chooseLanguage(code) {
  if (!CODES.includes(code)) return;
  try {
    localStorage.setItem(STORAGE, code);
  } catch (e) {
    // not remembered, but still shown below for this page
  }
  location.reload();
}
