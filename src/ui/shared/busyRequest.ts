/**
 * One server request at a time from a form: while it runs the button is disabled and relabelled,
 * the form is marked busy and a status line says what is happening; a failure's sentence goes to
 * the form's error slot. A second submit while one runs is ignored.
 */
import { setBusy } from './dom';
import { failureMessage } from './messages';

export interface BusyRequestParts {
  form: HTMLElement;
  button: HTMLButtonElement;
  busyLabel: string;
  status: HTMLElement;
  statusText: string;
  error: HTMLElement;
}

/** Returns the function that runs a request; `onFailure` runs after the error is shown. */
export function busyRequests(parts: BusyRequestParts): (request: () => Promise<void>, onFailure?: () => void) => Promise<void> {
  let busy = false;
  return async (request, onFailure) => {
    if (busy) return;
    busy = true;
    parts.error.textContent = '';
    parts.status.textContent = parts.statusText;
    setBusy(parts.button, parts.form, true, parts.busyLabel);
    try {
      await request();
    } catch (error) {
      parts.error.textContent = failureMessage(error);
      onFailure?.();
    } finally {
      busy = false;
      parts.status.textContent = '';
      setBusy(parts.button, parts.form, false, parts.busyLabel);
    }
  };
}
