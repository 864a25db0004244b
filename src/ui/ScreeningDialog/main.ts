/**
 * The Screen an attendee list dialog (spec section 15): the pasted list and the event's date go
 * to `screenAttendees`; only the matching lines come back, with a draft reply to copy. The list
 * stays in this page and is sent only for the one call.
 */
import type { ScreeningResult } from '../../core/apiTypes';
import { callServer, closeHost } from '../shared/server';
import { busyRequests } from '../shared/busyRequest';
import { byId, closeOnEscape, el, focusRegion, setChildren, setFieldError, submitOnCtrlEnter, wireCopyButton } from '../shared/dom';
import { resultHeading, screeningFieldErrors } from './screeningText';

const form = byId('screening-form', HTMLFormElement);
const list = byId('list', HTMLTextAreaElement);
const eventDate = byId('event-date', HTMLInputElement);
const result = byId('result', HTMLElement);
const request = busyRequests({
  form,
  button: byId('screen', HTMLButtonElement),
  busyLabel: 'Screening…',
  status: byId('screening-status', HTMLParagraphElement),
  statusText: 'Screening the list…',
  error: byId('form-error', HTMLDivElement),
});

function showResult(found: ScreeningResult): void {
  const heading = byId('result-heading', HTMLHeadingElement);
  heading.textContent = resultHeading(found);
  byId('matches', HTMLDivElement).hidden = found.matches.length === 0;
  setChildren(
    byId('match-rows', HTMLTableSectionElement),
    ...found.matches.map((match) => el('tr', {}, el('th', { scope: 'row' }, match.line), el('td', { class: 'status' }, match.status))),
  );
  byId('reply', HTMLTextAreaElement).value = found.draftReply;
  byId('copy-status', HTMLSpanElement).textContent = '';
  result.hidden = false;
  focusRegion(heading);
}

/** Marks each field's problem; true when both are fine. */
function checkFields(): boolean {
  const errors = screeningFieldErrors(list.value, eventDate.value);
  setFieldError(byId('list-error', HTMLParagraphElement), [list], errors.list);
  setFieldError(byId('event-date-error', HTMLParagraphElement), [eventDate], errors.eventDate);
  if (errors.list !== '') list.focus();
  else if (errors.eventDate !== '') eventDate.focus();
  return errors.list === '' && errors.eventDate === '';
}

function screenNow(): Promise<void> {
  if (!checkFields()) return Promise.resolve();
  return request(
    async () => showResult(await callServer('screenAttendees', list.value, eventDate.value)),
    () => {
      result.hidden = true;
    },
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void screenNow();
});
byId('close', HTMLButtonElement).addEventListener('click', closeHost);
wireCopyButton(byId('copy-reply', HTMLButtonElement), byId('reply', HTMLTextAreaElement), byId('copy-status', HTMLSpanElement));
closeOnEscape(closeHost);
submitOnCtrlEnter(list, form);
list.focus();
