import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { enumOf } from '../common/enums';

/**
 * The emulated ScriptApp (https://developers.google.com/apps-script/reference/script/script-app):
 * the enums an add-on reads and a project with no installable triggers.
 */

/** The id the emulated project answers to (a real one is a long opaque string). */
export const EMULATED_SCRIPT_ID = 'emulated-django-coc-script';

/** ScriptApp.AuthMode (https://developers.google.com/apps-script/reference/script/auth-mode). */
export const AUTH_MODE = enumOf('ScriptApp.AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
/** ScriptApp.EventType (https://developers.google.com/apps-script/reference/script/event-type). */
const EVENT_TYPE = enumOf('ScriptApp.EventType', ['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);

export function createScriptApp(run: RunContext) {
  const scriptApp = {
    AuthMode: AUTH_MODE,
    EventType: EVENT_TYPE,
    getScriptId: (): string => EMULATED_SCRIPT_ID,
    /** The emulator does not install triggers, so there are none. */
    getProjectTriggers: (): never[] => [],
  };
  return instrument(scriptApp, 'ScriptApp', run);
}
