/**
 * The two shapes every global entry point takes. Functions called by the sidebars, dialogs and
 * tests throw a person-facing sentence (google.script.run hands it to the failure handler); menu
 * handlers show it in an alert instead, since a menu has nowhere else to say it.
 */
import { ActionContext, openActionContext } from '../gas/context';
import { alert } from '../gas/ui';
import { personFacingMessage, Reader } from '../core/errors';

function readerOf(context: ActionContext | undefined): Reader {
  return context?.readerRole === 'Chair' ? 'chair' : 'member';
}

export function runEntryPoint<T>(body: (context: ActionContext) => T): T {
  let context: ActionContext | undefined;
  try {
    context = openActionContext();
    return body(context);
  } catch (error) {
    // Only the sentence travels (google.script.run and Apps Script's error log see it); the
    // original is left behind on purpose, so nothing but the reviewed message leaves the run.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(personFacingMessage(error, readerOf(context)));
  }
}

export function runMenuHandler(body: (context: ActionContext) => void): void {
  let context: ActionContext | undefined;
  try {
    context = openActionContext();
    body(context);
  } catch (error) {
    alert(personFacingMessage(error, readerOf(context)));
  }
}
