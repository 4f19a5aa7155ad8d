// The entity page's curation card: merge, add an alias, split an alias off, reject a mention, each with a reason,
// and the audit trail of what analysts changed. Changes need an API key with the write role (kept for this tab).
import { api, post, el, apiKey, setApiKey, entityLink, articleLink, formatDate, showError, urlState } from '/ui/app.js';

const ACTIONS = {
  merge: { label: 'Merge another entity into this one', fields: [['entityId', 'Id of the entity to merge in']] },
  aliases: { label: 'Add an alias', fields: [['alias', 'Alias (any script)']] },
  'split-alias': {
    label: 'Split an alias off',
    fields: [['alias', 'Alias to split off'], ['targetEntityId', 'Move to entity id (empty: a new entity)'],
      ['name', 'New entity\u2019s name (default: the alias)'], ['type', 'New entity\u2019s type (default: this one\u2019s)']],
  },
  'reject-mention': {
    label: 'Reject a mention',
    fields: [['articleId', 'Article id'], ['start', 'Start offset'], ['end', 'End offset']],
  },
};

function describe(o) {
  switch (o.kind) {
    case 'MERGE': return ['merged ', entityLink(o.otherEntityId, o.otherName || o.otherEntityId), ' into ',
      entityLink(o.entityId, o.entityName || o.entityId)];
    case 'ADD_ALIAS': return ['added alias \u201c' + o.alias + '\u201d to ', entityLink(o.entityId, o.entityName || o.entityId)];
    case 'SPLIT_ALIAS': return ['split \u201c' + o.alias + '\u201d off ', entityLink(o.entityId, o.entityName || o.entityId),
      ' to ', entityLink(o.otherEntityId, o.otherName || o.otherEntityId)];
    case 'REJECT_MENTION': return ['rejected \u201c' + o.alias + '\u201d [' + o.start + ', ' + o.end + ') in ',
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
    el('thead', {}, el('tr', {}, ['#', 'When', 'Change', 'Reason', 'Key', 'Applied'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, answer.overrides.map((o) => el('tr', {},
      el('td', { class: 'num' }, o.sequence), el('td', {}, formatDate(o.createdAt)), el('td', {}, describe(o)),
      el('td', {}, o.reason), el('td', {}, el('code', {}, o.actor)),
      el('td', {}, o.appliedAt ? formatDate(o.appliedAt) : 'pending')))))
    : el('p', { class: 'muted' }, 'No analyst has changed this entity.'));
}

/** The curation card for entity {@code e} (its profile). */
export function curationCard(e) {
  const audit = el('div', { id: 'curation-trail' });
  const status = el('div', { role: 'status', id: 'curation-status' });
  const fieldsBox = el('div', { class: 'curation-fields' });
  const reason = el('textarea', { id: 'curation-reason', rows: 2, required: true, maxlength: 1000 });
  const keyField = el('input', { type: 'password', id: 'curation-key', autocomplete: 'off', value: apiKey() });
  const action = el('select', { id: 'curation-action' },
    Object.entries(ACTIONS).map(([value, a]) => el('option', { value }, a.label)));
  const showFields = () => {
    fieldsBox.replaceChildren(...ACTIONS[action.value].fields.map(([name, label]) => el('label', {}, label,
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
    status.replaceChildren('Recording…');
    try {
      const answer = await post('/api/v1/curation/entities/' + encodeURIComponent(e.id) + '/' + action.value, body);
      status.replaceChildren(`Recorded as override #${answer.override.sequence}` + (answer.job
        ? `; job ${answer.job.id} rewrites the stored articles it affects (GET /api/v1/admin/jobs/${answer.job.id}).`
        : '; stored articles follow within a minute.'));
      reason.value = '';
      trail(e.id, audit);
    } catch (error) {
      showError(status, error);
    }
  } },
  el('label', {}, 'API key (write role; kept in this tab only)', keyField),
  el('label', {}, 'Change', action), fieldsBox,
  el('label', {}, 'Reason (for the audit trail)', reason),
  el('button', { type: 'submit' }, 'Record'));
  trail(e.id, audit);
  const merged = e.curation && e.curation.requestedId
    ? el('p', { class: 'notice', id: 'merged-notice' }, e.curation.requestedId + ' was merged into this entity.') : null;
  return el('section', { class: 'card', 'aria-labelledby': 'curation-h' }, el('h2', { id: 'curation-h' }, 'Curation'),
    merged,
    e.curation && e.curation.mergedIds && e.curation.mergedIds.length
      ? el('p', { class: 'muted' }, 'Merged into it: ', e.curation.mergedIds.map((m) => [el('code', {}, m), ' '])) : null,
    e.curation && e.curation.addedAliases && e.curation.addedAliases.length
      ? el('p', { class: 'muted' }, 'Names added by analysts: ', e.curation.addedAliases.join(' · ')) : null,
    form, status, el('h3', {}, 'Audit trail'), audit);
}
