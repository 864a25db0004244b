/**
 * The Log a new report sidebar (spec section 7). Loads the options, checks the form with the
 * server's own validator, calls `logReport`, and shows the case code name, the document link and
 * the acknowledgement email. A real name never leaves its own input: it is not shown, stored or
 * logged anywhere else on the page, and the form is cleared once the report is logged.
 */
import type { LogReportOptions, LogReportResult } from '../../core/apiTypes';
import type { VocabularyKey } from '../../core/vocabularies';
import { MAX_PEOPLE_PER_REPORT } from '../../core/reportForm';
import { callServer } from '../shared/server';
import { byId, el, focusRegion, setBusy, setChildren, setFieldError, wireCopyButton } from '../shared/dom';
import { failureMessage } from '../shared/messages';
import { safeDocumentHref } from '../shared/safeUrl';
import { FieldErrors, PersonFieldKind, ReportFieldValues, checkReport, isResolvedStatus } from './reportInput';
import { FIELD_LABELS, errorSummary, errorTarget, orderedErrorKeys } from './fieldErrors';
import { wireAcknowledgedButton } from './acknowledged';

const form = byId('report-form', HTMLFormElement);
const dateOfReport = byId('dateOfReport', HTMLInputElement);
const kindRadios = [byId('kind-needs-decision', HTMLInputElement), byId('kind-keep-on-file', HTMLInputElement)];
const peopleList = byId('people-list', HTMLOListElement);
const peopleEmpty = byId('people-empty', HTMLParagraphElement);
const peopleHint = byId('people-hint', HTMLParagraphElement);
const addRealName = byId('add-real-name', HTMLButtonElement);
const addCodeName = byId('add-code-name', HTMLButtonElement);
const codeNameList = byId('person-code-names', HTMLDataListElement);
const status = byId('status', HTMLSelectElement);
const resolutionFields = byId('resolution-fields', HTMLDivElement);
const resolutionDate = byId('resolutionDate', HTMLInputElement);
const summary = byId('summary', HTMLTextAreaElement);
const formError = byId('form-error', HTMLDivElement);
const submitStatus = byId('submit-status', HTMLParagraphElement);
const submitButton = byId('submit-report', HTMLButtonElement);
const result = byId('result', HTMLElement);
const acknowledged = wireAcknowledgedButton();

const LIST_FIELDS: Record<VocabularyKey, HTMLSelectElement> = {
  safetyRisk: byId('safetyRisk', HTMLSelectElement),
  ongoingHarassment: byId('ongoingHarassment', HTMLSelectElement),
  status,
  resolutionSource: byId('resolutionSource', HTMLSelectElement),
  consequences: byId('consequences', HTMLSelectElement),
};

interface PersonEntry {
  kind: PersonFieldKind;
  item: HTMLLIElement;
  label: HTMLLabelElement;
  input: HTMLInputElement;
  remove: HTMLButtonElement;
  error: HTMLParagraphElement;
}

let options: LogReportOptions | null = null;
let people: PersonEntry[] = [];
let nextPersonId = 1;
let busy = false;

// --- Loading ---

async function load(): Promise<void> {
  const loadStatus = byId('load-status', HTMLParagraphElement);
  const loadFailure = byId('load-failure', HTMLDivElement);
  loadStatus.hidden = false;
  loadFailure.hidden = true;
  try {
    options = await callServer('getLogReportOptions');
  } catch (error) {
    loadStatus.hidden = true;
    byId('load-error', HTMLParagraphElement).textContent = failureMessage(error);
    loadFailure.hidden = false;
    return;
  }
  loadStatus.hidden = true;
  drawForm(options);
  form.hidden = false;
  dateOfReport.focus();
}

function fillSelect(select: HTMLSelectElement, values: readonly string[]): void {
  const placeholder = el('option', { value: '' }, 'Choose…');
  setChildren(select, placeholder, ...values.map((value) => {
    const option = el('option', {}, value);
    option.value = value;
    return option;
  }));
}

function drawForm(loaded: LogReportOptions): void {
  for (const [key, select] of Object.entries(LIST_FIELDS) as [VocabularyKey, HTMLSelectElement][]) {
    fillSelect(select, loaded.vocabularies[key] ?? []);
  }
  setChildren(codeNameList, ...loaded.personCodeNames.map((name) => {
    const option = el('option');
    option.value = name;
    return option;
  }));
  dateOfReport.max = loaded.today;
  resolutionDate.max = loaded.today;
  dateOfReport.defaultValue = loaded.today;
  addRealName.hidden = !loaded.canUseIdentityKey;
  addCodeName.hidden = loaded.personCodeNames.length === 0;
  peopleHint.textContent = peopleHintText(loaded);
  drawExcludedMembers(loaded.members);
  resetForm();
}

function peopleHintText(loaded: LogReportOptions): string {
  const none = 'Add no one if no person can be identified.';
  if (loaded.canUseIdentityKey) {
    return `A real name goes only into the identity key; the sheet gets a person code name. ${none}`;
  }
  if (loaded.personCodeNames.length > 0) {
    return `Choose existing person code names. You don't have Identity Key Access, so a new person must be added by a member who has it. ${none}`;
  }
  return "You don't have Identity Key Access and there are no person code names yet, so this report can name no one. A member with Identity Key Access can add people.";
}

// --- People ---

function renumberPeople(): void {
  people.forEach((person, index) => {
    const number = index + 1;
    person.label.textContent = person.kind === 'realName' ? `Person ${number}: real name` : `Person ${number}: code name`;
    person.remove.setAttribute('aria-label', `Remove person ${number}`);
  });
  peopleEmpty.hidden = people.length > 0;
  const full = people.length >= MAX_PEOPLE_PER_REPORT;
  addRealName.disabled = full;
  addCodeName.disabled = full;
}

function addPerson(kind: PersonFieldKind): void {
  const id = `person-${nextPersonId++}`;
  const input = el('input', {
    type: 'text',
    id: `${id}-input`,
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    'aria-describedby': `${id}-error`,
  });
  // No `name` attribute: browsers keep form history by field name, and a real name must not be offered again.
  if (kind === 'personCodeName') input.setAttribute('list', codeNameList.id);
  const label = el('label', { for: input.id });
  const remove = el('button', { type: 'button', class: 'link-button' }, 'Remove');
  const error = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const item = el('li', { class: 'person', id }, el('div', { class: 'person-head' }, label, remove), input, error);
  const entry: PersonEntry = { kind, item, label, input, remove, error };
  remove.addEventListener('click', () => removePerson(entry));
  people.push(entry);
  peopleList.append(item);
  renumberPeople();
  setFieldError(byId('people-error', HTMLParagraphElement), [], '');
  input.focus();
}

function removePerson(entry: PersonEntry): void {
  const index = people.indexOf(entry);
  if (index === -1) return;
  entry.input.value = '';
  entry.item.remove();
  people.splice(index, 1);
  renumberPeople();
  const next = people[index] ?? people[index - 1];
  if (next) next.input.focus();
  else if (!addRealName.hidden && !addRealName.disabled) addRealName.focus();
  else addCodeName.focus();
}

// --- Reading, checking, showing errors ---

function readFields(): ReportFieldValues {
  return {
    dateOfReport: dateOfReport.value,
    kind: kindRadios.find((radio) => radio.checked)?.value ?? '',
    people: people.map((person) => ({ kind: person.kind, value: person.input.value })),
    safetyRisk: LIST_FIELDS.safetyRisk.value,
    ongoingHarassment: LIST_FIELDS.ongoingHarassment.value,
    status: status.value,
    resolutionSource: LIST_FIELDS.resolutionSource.value,
    resolutionDate: resolutionDate.value,
    consequences: LIST_FIELDS.consequences.value,
    summary: summary.value,
    excludedMembers: excludedMemberBoxes().filter((box) => box.checked).map((box) => box.value),
  };
}

function excludedMemberBoxes(): HTMLInputElement[] {
  return [...byId('excluded-members-list', HTMLDivElement).querySelectorAll('input')];
}

/** One checkbox per other active member; the group is hidden when there is nobody to keep out. */
function drawExcludedMembers(members: readonly string[]): void {
  byId('excludedMembers-group', HTMLFieldSetElement).hidden = members.length === 0;
  setChildren(byId('excluded-members-list', HTMLDivElement), ...members.map((email, index) => {
    const box = el('input', { type: 'checkbox', id: `exclude-${index}` });
    box.value = email;
    const label = el('label', { for: `exclude-${index}` }, email);
    return el('div', { class: 'choice' }, box, label);
  }));
}

/** The error slot and controls of a form field (not a person entry). */
function fieldParts(field: string): { slot: HTMLElement; controls: HTMLElement[] } | null {
  const slot = document.getElementById(`${field}-error`);
  if (slot === null) return null;
  if (field === 'kind') return { slot, controls: kindRadios };
  if (field === 'people') return { slot, controls: [] };
  if (field === 'excludedMembers') return { slot, controls: excludedMemberBoxes() };
  const control = document.getElementById(field);
  return { slot, controls: control ? [control] : [] };
}

function clearErrors(): void {
  for (const [field] of FIELD_LABELS) {
    const parts = fieldParts(field);
    if (parts) setFieldError(parts.slot, parts.controls, '');
  }
  for (const person of people) setFieldError(person.error, [person.input], '');
  formError.textContent = '';
}

function focusTarget(key: string): HTMLElement | null {
  const target = errorTarget(key);
  if ('person' in target) return people[target.person]?.input ?? null;
  if (target.field === 'people') return addRealName.hidden ? addCodeName : addRealName;
  return fieldParts(target.field)?.controls[0] ?? null;
}

function showErrors(errors: FieldErrors): void {
  const keys = orderedErrorKeys(errors);
  for (const key of keys) {
    const target = errorTarget(key);
    if ('person' in target) {
      const person = people[target.person];
      if (person) setFieldError(person.error, [person.input], errors[key]);
    } else {
      const parts = fieldParts(target.field);
      if (parts) setFieldError(parts.slot, parts.controls, errors[key]);
    }
  }
  formError.textContent = errorSummary(errors);
  const first = keys.map(focusTarget).find((element) => element !== null && !element.hidden);
  first?.focus();
}

function showResolutionFields(): void {
  const resolved = isResolvedStatus(status.value);
  resolutionFields.hidden = !resolved;
  if (resolved && resolutionDate.value === '' && options) resolutionDate.value = options.today;
}

// --- Submitting ---

async function submit(): Promise<void> {
  if (busy || options === null) return;
  clearErrors();
  const check = checkReport(readFields(), options);
  if (!check.ok) {
    showErrors(check.errors);
    return;
  }
  busy = true;
  setBusy(submitButton, form, true, 'Logging…');
  submitStatus.textContent = 'Logging the report…';
  try {
    const logged = await callServer('logReport', check.form);
    resetForm();
    showResult(logged);
  } catch (error) {
    submitStatus.textContent = '';
    // The server's message can list several fields; it is shown exactly as sent, and the form keeps its values.
    formError.textContent = failureMessage(error);
    formError.scrollIntoView({ block: 'nearest' });
  } finally {
    busy = false;
    setBusy(submitButton, form, false, 'Logging…');
  }
}

function resetForm(): void {
  for (const person of people) person.input.value = '';
  people = [];
  peopleList.replaceChildren();
  form.reset();
  if (options) dateOfReport.value = options.today;
  clearErrors();
  submitStatus.textContent = '';
  renumberPeople();
  showResolutionFields();
}

function showResult(logged: LogReportResult): void {
  byId('result-case', HTMLElement).textContent = logged.caseCodeName;
  byId('result-people', HTMLElement).textContent =
    logged.personCodeNames.length > 0 ? logged.personCodeNames.join(', ') : 'None (no identifiable person)';
  const documentLine = byId('result-document', HTMLParagraphElement);
  const href = safeDocumentHref(logged.documentUrl);
  if (href !== null) {
    const link = el('a', { target: '_blank', rel: 'noopener noreferrer' }, 'Open the case document');
    link.href = href;
    setChildren(documentLine, link, el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'));
  } else {
    setChildren(documentLine, 'The case document was created; open it from the Documents column of the sheet.');
  }
  const notShared = byId('result-not-shared', HTMLParagraphElement);
  notShared.textContent = logged.notShared.join(' ');
  notShared.hidden = logged.notShared.length === 0;
  const reported = byId('result-reported-members', HTMLParagraphElement);
  reported.textContent = logged.reportedMembers.length === 0 ? '' :
    `A reported person's name matches ${logged.reportedMembers.join(', ')}: they were kept out of this case and do not get its document.`;
  reported.hidden = logged.reportedMembers.length === 0;
  byId('acknowledgement', HTMLTextAreaElement).value = logged.acknowledgement;
  byId('copy-status', HTMLSpanElement).textContent = '';
  acknowledged.offerFor(logged.caseCodeName);
  form.hidden = true;
  result.hidden = false;
  focusRegion(byId('result-heading', HTMLHeadingElement));
}

function logAnother(): void {
  byId('acknowledgement', HTMLTextAreaElement).value = '';
  result.hidden = true;
  resetForm();
  form.hidden = false;
  dateOfReport.focus();
}

// --- Wiring ---

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});
summary.addEventListener('keydown', (event) => {
  // Enter makes a new line in the summary; Ctrl+Enter (or ⌘+Enter) submits, as in Google's editors.
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});
status.addEventListener('change', showResolutionFields);
addRealName.addEventListener('click', () => addPerson('realName'));
addCodeName.addEventListener('click', () => addPerson('personCodeName'));
byId('retry-load', HTMLButtonElement).addEventListener('click', () => void load());
byId('log-another', HTMLButtonElement).addEventListener('click', logAnother);
wireCopyButton(
  byId('copy-acknowledgement', HTMLButtonElement),
  byId('acknowledgement', HTMLTextAreaElement),
  byId('copy-status', HTMLSpanElement),
);

void load();
