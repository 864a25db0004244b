/**
 * The success panel's "I have sent it" button (spec section 18): records the new case's
 * Acknowledged step once the member has sent the acknowledgement email. Pressed, it gives way to a
 * sentence saying what was recorded, so it cannot be pressed twice; the server also writes a case's
 * Acknowledged only once, whoever asks again.
 */
import { callServer } from '../shared/server';
import { byId, focusRegion, setBusy } from '../shared/dom';
import { failureMessage } from '../shared/messages';
import { recordedSentence } from '../shared/caseStepText';
import { CASE_STEP } from '../../core/caseSteps/steps';

export interface AcknowledgedButton {
  /** Offers the button afresh for a newly logged case. */
  offerFor(caseCodeName: string): void;
}

export function wireAcknowledgedButton(): AcknowledgedButton {
  const button = byId('acknowledged', HTMLButtonElement);
  const hint = byId('acknowledged-hint', HTMLParagraphElement);
  const status = byId('acknowledged-status', HTMLParagraphElement);
  const error = byId('acknowledged-error', HTMLParagraphElement);
  let caseCodeName = '';
  let busy = false;

  button.addEventListener('click', () => {
    if (busy || caseCodeName === '') return;
    busy = true;
    const forCase = caseCodeName;
    error.hidden = true;
    status.textContent = 'Recording the Acknowledged step…';
    setBusy(button, button, true, 'Recording…');
    callServer('recordCaseStep', { step: CASE_STEP.acknowledged, caseCodeName: forCase })
      .then((recorded) => {
        if (forCase !== caseCodeName) return;
        status.textContent = recordedSentence(recorded);
        status.classList.add('notice-ok');
        button.hidden = true;
        hint.hidden = true;
        focusRegion(status);
      })
      .catch((failure: unknown) => {
        status.textContent = '';
        error.textContent = failureMessage(failure);
        error.hidden = false;
      })
      .finally(() => {
        busy = false;
        setBusy(button, button, false, 'Recording…');
      });
  });

  return {
    offerFor(name) {
      caseCodeName = name;
      button.hidden = false;
      hint.hidden = false;
      status.textContent = '';
      status.classList.remove('notice-ok');
      error.hidden = true;
    },
  };
}
