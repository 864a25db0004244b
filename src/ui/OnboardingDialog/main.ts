/**
 * The Onboard member dialog (spec section 6): the new member's email, role and Identity Key
 * Access, and every case code name to tick for conflicts of interest. Calls `onboardMember` and
 * shows counts of what was shared.
 */
import type { OnboardMemberOptions } from '../../core/apiTypes';
import { callServer, closeHost } from '../shared/server';
import { byId, closeOnEscape, el, focusRegion, setBusy, setChildren, setFieldError } from '../shared/dom';
import { failureMessage } from '../shared/messages';
import {
  checkMemberEmail, conflictsTickedText, filterStatusText, matchesCaseFilter, noConflictWarning, onboardingSummary,
} from './onboarding';

const form = byId('onboarding-form', HTMLFormElement);
const email = byId('email', HTMLInputElement);
const role = byId('role', HTMLSelectElement);
const identityKeyAccess = byId('identityKeyAccess', HTMLInputElement);
const filter = byId('case-filter', HTMLInputElement);
const caseList = byId('case-list', HTMLUListElement);
const conflictsCount = byId('conflicts-count', HTMLParagraphElement);
const formError = byId('form-error', HTMLDivElement);
const submitStatus = byId('submit-status', HTMLParagraphElement);
const onboardButton = byId('onboard', HTMLButtonElement);

interface CaseChoice {
  name: string;
  item: HTMLLIElement;
  box: HTMLInputElement;
}

let cases: CaseChoice[] = [];
let busy = false;
/** Set once the no-conflict warning was shown, so the next submit goes ahead. */
let noConflictConfirmed = false;

async function load(): Promise<void> {
  const loadStatus = byId('load-status', HTMLParagraphElement);
  const loadFailure = byId('load-failure', HTMLDivElement);
  loadStatus.hidden = false;
  loadFailure.hidden = true;
  try {
    const options = await callServer('getOnboardingOptions');
    drawCases(options.caseCodeNames);
  } catch (error) {
    byId('load-error', HTMLParagraphElement).textContent = failureMessage(error);
    loadFailure.hidden = false;
    return;
  } finally {
    loadStatus.hidden = true;
  }
  form.hidden = false;
  email.focus();
}

function drawCases(names: readonly string[]): void {
  cases = names.map((name, index) => {
    const box = el('input', { type: 'checkbox', id: `case-${index}` });
    box.value = name;
    const item = el('li', {}, el('div', { class: 'choice' }, box, el('label', { for: box.id }, name)));
    return { name, item, box };
  });
  setChildren(caseList, ...cases.map((choice) => choice.item));
  caseList.hidden = cases.length === 0;
  byId('no-cases', HTMLParagraphElement).hidden = cases.length > 0;
  filter.parentElement?.toggleAttribute('hidden', cases.length === 0);
  updateCount();
}

function tickedNames(): string[] {
  return cases.filter((choice) => choice.box.checked).map((choice) => choice.name);
}

function updateCount(): void {
  conflictsCount.textContent = conflictsTickedText(tickedNames().length);
  if (noConflictConfirmed) formError.textContent = '';
  noConflictConfirmed = false;
}

function applyFilter(): void {
  let shown = 0;
  for (const choice of cases) {
    const visible = matchesCaseFilter(choice.name, filter.value);
    choice.item.hidden = !visible;
    if (visible) shown += 1;
  }
  byId('filter-status', HTMLParagraphElement).textContent = filterStatusText(shown, cases.length, filter.value);
}

async function submit(): Promise<void> {
  if (busy) return;
  const emailError = byId('email-error', HTMLParagraphElement);
  const message = checkMemberEmail(email.value);
  setFieldError(emailError, [email], message);
  formError.textContent = '';
  if (message !== '') {
    email.focus();
    return;
  }
  const conflicts = tickedNames();
  const warning = noConflictWarning(conflicts.length, cases.length);
  if (warning !== '' && !noConflictConfirmed) {
    // Onboarding with no conflict shares every case document: say so once before doing it.
    formError.textContent = warning;
    noConflictConfirmed = true;
    // The warning asks for a second press: keep the button it names in view.
    onboardButton.scrollIntoView({ block: 'nearest' });
    return;
  }
  const options: OnboardMemberOptions = {
    role: role.value === 'Chair' ? 'Chair' : 'Member',
    identityKeyAccess: identityKeyAccess.checked,
    conflicts,
  };
  busy = true;
  setBusy(onboardButton, form, true, 'Onboarding…');
  submitStatus.textContent = 'Onboarding the member and sharing case documents…';
  try {
    const onboarded = await callServer('onboardMember', email.value.trim(), options);
    setChildren(byId('result-lines', HTMLUListElement), ...onboardingSummary(onboarded).map((line) => el('li', {}, line)));
    form.hidden = true;
    byId('result', HTMLElement).hidden = false;
    focusRegion(byId('result-heading', HTMLHeadingElement));
  } catch (error) {
    formError.textContent = failureMessage(error);
    noConflictConfirmed = false;
  } finally {
    busy = false;
    submitStatus.textContent = '';
    setBusy(onboardButton, form, false, 'Onboarding…');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});
filter.addEventListener('input', applyFilter);
filter.addEventListener('keydown', (event) => {
  // Enter in the filter box only filters: it must not onboard before the conflicts are ticked.
  if (event.key === 'Enter') event.preventDefault();
  if (event.key === 'Escape' && filter.value !== '') {
    // Escape clears the filter first; a second Escape closes the dialog.
    event.preventDefault();
    filter.value = '';
    applyFilter();
  }
});
caseList.addEventListener('change', updateCount);
caseList.addEventListener('keydown', (event) => {
  // Browsers submit a form on Enter in a checkbox. In a list of hundreds of cases that would share
  // every unticked case document half-way through declaring conflicts, so Enter does nothing here
  // (Space ticks, as usual); the Onboard member button and Enter in the Email field still submit.
  if (event.key === 'Enter') event.preventDefault();
});
email.addEventListener('input', () => {
  // An error clears as soon as the field is fixed; a new one waits for the next press.
  const emailError = byId('email-error', HTMLParagraphElement);
  if (!emailError.hidden && checkMemberEmail(email.value) === '') setFieldError(emailError, [email], '');
  // The server's refusals are about the member the email names: another email is another member.
  formError.textContent = '';
  noConflictConfirmed = false;
});
byId('retry-load', HTMLButtonElement).addEventListener('click', () => void load());
byId('close', HTMLButtonElement).addEventListener('click', closeHost);
closeOnEscape(closeHost);

void load();
