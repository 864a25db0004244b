/**
 * The Record a decision dialog (spec section 17): a consequence for each person on the active
 * row's case, the resolution source and the members who agreed, sent to `recordDecision` for the
 * case the dialog was opened on. The server checks the quorum; its refusal states the rule.
 */
import type { DecisionOptions } from '../../core/apiTypes';
import { callServer, closeHost } from '../shared/server';
import { busyRequests } from '../shared/busyRequest';
import { byId, closeOnEscape, el, focusRegion, setChildren } from '../shared/dom';
import { failureMessage } from '../shared/messages';
import { agreedCountText, decisionProblem, personLabel, quorumHint, resultLines } from './decisionText';

const form = byId('decision-form', HTMLFormElement);
const source = byId('resolution-source', HTMLSelectElement);
const memberList = byId('member-list', HTMLUListElement);
const agreedCount = byId('agreed-count', HTMLParagraphElement);
const formError = byId('form-error', HTMLDivElement);
const request = busyRequests({
  form,
  button: byId('record', HTMLButtonElement),
  busyLabel: 'Recording…',
  status: byId('submit-status', HTMLParagraphElement),
  statusText: 'Recording the decision…',
  error: formError,
});

let options: DecisionOptions | null = null;
let consequenceSelects: HTMLSelectElement[] = [];
let memberBoxes: HTMLInputElement[] = [];

function choiceList(select: HTMLSelectElement, prompt: string, values: readonly string[]): void {
  const blank = el('option', { value: '' }, prompt);
  setChildren(select, blank, ...values.map((value) => {
    const option = el('option', {}, value);
    option.value = value;
    return option;
  }));
}

function draw(loaded: DecisionOptions): void {
  options = loaded;
  byId('case-name', HTMLElement).textContent = loaded.caseCodeName;
  consequenceSelects = loaded.people.map((_, index) => el('select', { id: `consequence-${index}` }));
  setChildren(
    byId('people', HTMLDivElement),
    ...loaded.people.flatMap((person, index) => {
      choiceList(consequenceSelects[index], 'Choose…', loaded.consequences);
      return [el('label', { for: consequenceSelects[index].id }, personLabel(person)), consequenceSelects[index]];
    }),
  );
  choiceList(source, 'Choose…', loaded.resolutionSources);
  byId('agreed-hint', HTMLParagraphElement).textContent = quorumHint(loaded.eligible);
  memberBoxes = loaded.members.map((email, index) => {
    const box = el('input', { type: 'checkbox', id: `member-${index}` });
    box.value = email;
    return box;
  });
  setChildren(memberList, ...memberBoxes.map((box) => el('li', {}, el('div', { class: 'choice' }, box, el('label', { for: box.id }, box.value)))));
  memberList.hidden = memberBoxes.length === 0;
  byId('no-members', HTMLParagraphElement).hidden = memberBoxes.length > 0;
  updateCount();
}

async function load(): Promise<void> {
  const loadStatus = byId('load-status', HTMLParagraphElement);
  const loadFailure = byId('load-failure', HTMLDivElement);
  loadStatus.hidden = false;
  loadFailure.hidden = true;
  try {
    draw(await callServer('getDecisionOptions'));
  } catch (error) {
    byId('load-error', HTMLParagraphElement).textContent = failureMessage(error);
    loadFailure.hidden = false;
    return;
  } finally {
    loadStatus.hidden = true;
  }
  form.hidden = false;
  consequenceSelects[0]?.focus();
}

function agreedEmails(): string[] {
  return memberBoxes.filter((box) => box.checked).map((box) => box.value);
}

function updateCount(): void {
  agreedCount.textContent = agreedCountText(agreedEmails().length);
}

function submit(): Promise<void> {
  const loaded = options;
  if (loaded === null) return Promise.resolve();
  const chosen = consequenceSelects.map((select) => select.value);
  const problem = decisionProblem(loaded.people, { consequences: chosen, resolutionSource: source.value, agreed: agreedEmails().length });
  formError.textContent = problem;
  if (problem !== '') return Promise.resolve();
  const consequences = Object.fromEntries(loaded.people.map((person, index) => [person, chosen[index]]));
  return request(async () => {
    const recorded = await callServer('recordDecision', { consequences, resolutionSource: source.value, agreedBy: agreedEmails(), caseCodeName: loaded.caseCodeName });
    setChildren(byId('result-lines', HTMLUListElement), ...resultLines(recorded).map((line) => el('li', {}, line)));
    form.hidden = true;
    byId('result', HTMLElement).hidden = false;
    focusRegion(byId('result-heading', HTMLHeadingElement));
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});
memberList.addEventListener('change', updateCount);
// A problem shown is about the choices as they were: a change makes it stale.
form.addEventListener('change', () => (formError.textContent = ''));
memberList.addEventListener('keydown', (event) => {
  // Browsers submit a form on Enter in a checkbox; ticking members is done with Space.
  if (event.key === 'Enter') event.preventDefault();
});
byId('retry-load', HTMLButtonElement).addEventListener('click', () => void load());
byId('close', HTMLButtonElement).addEventListener('click', closeHost);
closeOnEscape(closeHost);

void load();
