/**
 * The Check a draft dialog (spec section 16): the pasted draft goes to `checkDraft`; each span to
 * look at comes back as offsets, highlighted here in the draft as pasted and listed with its
 * reason, beside a redacted copy to copy. The draft is only ever text in this page: it is put in
 * with text nodes, never parsed as HTML.
 */
import type { DraftCheckResult } from '../../core/apiTypes';
import { callServer, closeHost } from '../shared/server';
import { busyRequests } from '../shared/busyRequest';
import { byId, closeOnEscape, el, focusRegion, setChildren, setFieldError, submitOnCtrlEnter, wireCopyButton } from '../shared/dom';
import { draftPieces, resultHeading } from './draftCheckText';

const form = byId('draft-form', HTMLFormElement);
const draft = byId('draft', HTMLTextAreaElement);
const result = byId('result', HTMLElement);
const request = busyRequests({
  form,
  button: byId('check', HTMLButtonElement),
  busyLabel: 'Checking…',
  status: byId('check-status', HTMLParagraphElement),
  statusText: 'Checking the draft…',
  error: byId('form-error', HTMLDivElement),
});

function showResult(text: string, found: DraftCheckResult): void {
  const heading = byId('result-heading', HTMLHeadingElement);
  heading.textContent = resultHeading(found.findings);
  const keyNote = byId('key-note', HTMLParagraphElement);
  keyNote.textContent = found.keyChecked ? '' : found.keyNote;
  keyNote.hidden = found.keyChecked;
  const pieces = draftPieces(text, found.findings);
  setChildren(
    byId('highlighted', HTMLDivElement),
    ...pieces.map((piece) => (piece.finding === null ? piece.text : el('mark', { title: piece.finding.reason }, piece.text))),
  );
  setChildren(
    byId('findings', HTMLOListElement),
    ...pieces.flatMap((piece) => (piece.finding === null ? [] : [el('li', {}, el('q', {}, piece.text), `: ${piece.finding.reason}`)])),
  );
  byId('redacted', HTMLTextAreaElement).value = found.redacted;
  byId('copy-status', HTMLSpanElement).textContent = '';
  result.hidden = false;
  focusRegion(heading);
}

function checkNow(): Promise<void> {
  // The offsets that come back are into the text sent, whatever is typed meanwhile.
  const text = draft.value;
  setFieldError(byId('draft-error', HTMLParagraphElement), [draft], text.trim() === '' ? 'Paste the draft to check.' : '');
  if (text.trim() === '') {
    draft.focus();
    return Promise.resolve();
  }
  return request(
    async () => showResult(text, await callServer('checkDraft', text)),
    () => {
      result.hidden = true;
    },
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void checkNow();
});
byId('close', HTMLButtonElement).addEventListener('click', closeHost);
wireCopyButton(byId('copy-redacted', HTMLButtonElement), byId('redacted', HTMLTextAreaElement), byId('copy-status', HTMLSpanElement));
closeOnEscape(closeHost);
submitOnCtrlEnter(draft, form);
draft.focus();
