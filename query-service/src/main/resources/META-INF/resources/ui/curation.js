// The entity page's curation card: merge, add an alias, split an alias off, reject a mention, each with a reason,
// and the audit trail of what analysts changed. Changes need an API key with the write role (kept for this tab).
import { api, post, el, apiKey, setApiKey, entityLink, articleLink, formatDate, showError, urlState, t }
  from '/ui/app.js';

const ACTIONS = {
  merge: { label: 'curation.merge', fields: [['entityId', 'curation.mergeId']] },
  aliases: { label: 'curation.addAlias', fields: [['alias', 'curation.alias']] },
  'split-alias': {
    label: 'curation.split',
    fields: [['alias', 'curation.splitAlias'], ['targetEntityId', 'curation.splitTarget'],
      ['name', 'curation.splitName'], ['type', 'curation.splitType']],
  },
  'reject-mention': {
    label: 'curation.reject',
    fields: [['articleId', 'curation.articleId'], ['start', 'curation.start'], ['end', 'curation.end']],
  },
};

function describe(o) {
  switch (o.kind) {
    case 'MERGE': return [t('curation.merged'), entityLink(o.otherEntityId, o.otherName || o.otherEntityId),
      t('curation.into'), entityLink(o.entityId, o.entityName || o.entityId)];
    case 'ADD_ALIAS': return [t('curation.addedAlias', { alias: o.alias }),
      entityLink(o.entityId, o.entityName || o.entityId)];
    case 'SPLIT_ALIAS': return [t('curation.splitOff', { alias: o.alias }),
      entityLink(o.entityId, o.entityName || o.entityId), t('curation.to'),
      entityLink(o.otherEntityId, o.otherName || o.otherEntityId)];
    case 'REJECT_MENTION': return [t('curation.rejected', { alias: o.alias, start: o.start, end: o.end }),
      articleLink(o.articleId, o.articleId)];
    default: return [o.kind];
  }
}

async function trail(id, box) {
  let answer;
  try {
    answer = await api('/api/v1/curation/entities/' + encodeURIComponent(id) + '/overrides');
  } catch (e) {
    showError(box, e);
    return;
  }
  box.replaceChildren(answer.overrides.length ? el('table', { class: 'data', id: 'overrides' },
    el('thead', {}, el('tr', {}, ['#', t('column.when'), t('column.change'), t('column.reason'), t('column.key'),
      t('column.applied')].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, answer.overrides.map((o) => el('tr', {},
      el('td', { class: 'num' }, o.sequence), el('td', {}, formatDate(o.createdAt)), el('td', {}, describe(o)),
      el('td', {}, o.reason), el('td', {}, el('code', {}, o.actor)),
      el('td', {}, o.appliedAt ? formatDate(o.appliedAt) : t('curation.pending'))))))
    : el('p', { class: 'muted' }, t('curation.noChanges')));
}

/** The curation card for entity {@code e} (its profile). */
export function curationCard(e) {
  const audit = el('div', { id: 'curation-trail' });
  const status = el('div', { role: 'status', id: 'curation-status' });
  const fieldsBox = el('div', { class: 'curation-fields' });
  const reason = el('textarea', { id: 'curation-reason', rows: 2, required: true, maxlength: 1000 });
  const keyField = el('input', { type: 'password', id: 'curation-key', autocomplete: 'off', value: apiKey() });
  const action = el('select', { id: 'curation-action' },
    Object.entries(ACTIONS).map(([value, a]) => el('option', { value }, t(a.label))));
  const showFields = () => {
    fieldsBox.replaceChildren(...ACTIONS[action.value].fields.map(([name, label]) => el('label', {}, t(label),
      el('input', { name, id: 'curation-' + name, type: name === 'start' || name === 'end' ? 'number' : 'text' }))));
  };
  action.addEventListener('change', showFields);
  // Coming from an article's "reject" link: the mention is filled in, only the reason is left to give.
  const asked = urlState();
  if (asked.rejectArticle) action.value = 'reject-mention';
  showFields();
  if (asked.rejectArticle) {
    for (const [name, value] of [['articleId', asked.rejectArticle], ['start', asked.start], ['end', asked.end]]) {
      const input = fieldsBox.querySelector(`input[name="${name}"]`);
      if (input && value !== undefined) input.value = value;
    }
  }
  const form = el('form', { id: 'curation-form', onsubmit: async (event) => {
    event.preventDefault();
    setApiKey(keyField.value.trim());
    const body = { reason: reason.value };
    for (const input of fieldsBox.querySelectorAll('input')) {
      if (input.value.trim() === '') continue;
      body[input.name] = input.type === 'number' ? Number(input.value) : input.value.trim();
    }
    status.replaceChildren(t('curation.recording'));
    try {
      const answer = await post('/api/v1/curation/entities/' + encodeURIComponent(e.id) + '/' + action.value, body);
      status.replaceChildren(t('curation.recorded', { n: answer.override.sequence }) + (answer.job
        ? t('curation.job', { job: answer.job.id })
        : t('curation.soon')));
      reason.value = '';
      trail(e.id, audit);
    } catch (error) {
      showError(status, error);
    }
  } },
  el('label', {}, t('curation.key'), keyField),
  el('label', {}, t('curation.change'), action), fieldsBox,
  el('label', {}, t('curation.reason'), reason),
  el('button', { type: 'submit' }, t('curation.record')));
  trail(e.id, audit);
  const merged = e.curation && e.curation.requestedId
    ? el('p', { class: 'notice', id: 'merged-notice' }, t('curation.wasMerged', { id: e.curation.requestedId })) : null;
  return el('section', { class: 'card', 'aria-labelledby': 'curation-h' }, el('h2', { id: 'curation-h' }, t('curation.heading')),
    merged,
    e.curation && e.curation.mergedIds && e.curation.mergedIds.length
      ? el('p', { class: 'muted' }, t('curation.mergedInto'), e.curation.mergedIds.map((m) => [el('code', {}, m), ' '])) : null,
    e.curation && e.curation.addedAliases && e.curation.addedAliases.length
      ? el('p', { class: 'muted' }, t('curation.addedNames'), e.curation.addedAliases.join(' · ')) : null,
    form, status, el('h3', {}, t('curation.audit')), audit);
}
