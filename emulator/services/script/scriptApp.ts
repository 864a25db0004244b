import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { enumOf } from '../common/serviceHelpers';

/**
 * The emulated ScriptApp (https://developers.google.com/apps-script/reference/script/script-app):
 * the enums an add-on reads and a project with no installable triggers.
 */

/** The id the emulated project answers to (a real one is a long opaque string). */
export const EMULATED_SCRIPT_ID = 'emulated-django-coc-script';

export function createScriptApp(run: RunContext) {
  const scriptApp = {
    AuthMode: enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const),
    EventType: enumOf(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const),
    getScriptId: (): string => EMULATED_SCRIPT_ID,
    /** The emulator does not install triggers, so there are none. */
    getProjectTriggers: (): never[] => [],
  };
  return instrument(scriptApp, 'ScriptApp', run);
}
