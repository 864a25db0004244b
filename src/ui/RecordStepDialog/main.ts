/**
 * The Record a step dialog (spec section 18): one step for the active row's case. The case and the
 * list of steps come from the server, which refuses a case the member is conflicted on before
 * naming it; every refusal is the server's one sentence.
 */
import type { RecordStepOptions } from '../../core/apiTypes';
import { callServer, closeHost } from '../shared/server';
import { busyRequests } from '../shared/busyRequest';
import { byId, closeOnEscape, el, focusRegion, setChildren, setFieldError } from '../shared/dom';
import { failureMessage } from '../shared/messages';
import { recordedSentence } from '../shared/caseStepText';
import { dateProblem, mayBeInFuture } from './recordStepText';

const form = byId('step-form', HTMLFormElement);
const stepSelect = byId('step', HTMLSelectElement);
const dateInput = byId('date', HTMLInputElement);
const dateError = byId('date-error', HTMLParagraphElement);
const result = byId('result', HTMLElement);
const resultText = byId('result-text', HTMLParagraphElement);
let options: RecordStepOptions | null = null;

const request = busyRequests({
  form,
  button: byId('record', HTMLButtonElement),
  busyLabel: 'Recording…',
  status: byId('record-status', HTMLParagraphElement),
  statusText: 'Recording the step…',
  error: byId('form-error', HTMLDivElement),
});

/** A Review date may be set ahead; every other step happened on or before today. */
function limitDate(): void {
  if (!options) return;
  if (mayBeInFuture(stepSelect.value)) dateInput.removeAttribute('max');
  else dateInput.max = options.today;
}

function showForm(loaded: RecordStepOptions): void {
  options = loaded;
  byId('case-name', HTMLElement).textContent = loaded.caseCodeName;
  setChildren(stepSelect, ...loaded.steps.map((step) => el('option', { value: step }, step)));
  dateInput.value = loaded.today;
  limitDate();
  form.hidden = false;
  stepSelect.focus();
}

async function load(): Promise<void> {
  const status = byId('load-status', HTMLParagraphElement);
  try {
    showForm(await callServer('getRecordStepOptions'));
  } catch (error) {
    const loadError = byId('load-error', HTMLParagraphElement);
    loadError.textContent = failureMessage(error);
    loadError.hidden = false;
    byId('close', HTMLButtonElement).focus();
  } finally {
    status.hidden = true;
  }
}

function submit(): void {
  if (!options) return;
  const loaded = options;
  const problem = dateProblem(dateInput.value, loaded.today, stepSelect.value);
  setFieldError(dateError, [dateInput], problem);
  if (problem !== '') {
    dateInput.focus();
    return;
  }
  void request(async () => {
    const recorded = await callServer('recordCaseStep', { step: stepSelect.value, date: dateInput.value, caseCodeName: loaded.caseCodeName });
    resultText.textContent = recordedSentence(recorded);
    form.hidden = true;
    result.hidden = false;
    focusRegion(resultText);
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
stepSelect.addEventListener('change', limitDate);
dateInput.addEventListener('input', () => {
  if (!dateError.hidden && options) setFieldError(dateError, [dateInput], dateProblem(dateInput.value, options.today, stepSelect.value));
});
byId('record-another', HTMLButtonElement).addEventListener('click', () => {
  result.hidden = true;
  form.hidden = false;
  stepSelect.focus();
});
byId('close', HTMLButtonElement).addEventListener('click', closeHost);
closeOnEscape(closeHost);

void load();
