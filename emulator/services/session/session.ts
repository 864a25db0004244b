import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { createUser } from '../drive/user';

/**
 * The emulated Session (https://developers.google.com/apps-script/reference/base/session): the
 * person the run stands for is both the active and the effective user.
 */
export function createSession(run: RunContext) {
  const session = {
    getActiveUser: () => createUser(run, run.user),
    getEffectiveUser: () => createUser(run, run.user),
    getScriptTimeZone: (): string => run.workspace.scriptTimeZone,
    getActiveUserLocale: (): string => 'en',
  };
  return instrument(session, 'Session', run);
}
