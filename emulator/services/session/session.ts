import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { createUser } from '../drive/user';
import { domainOf } from '../drive/policy';

/**
 * The emulated Session (https://developers.google.com/apps-script/reference/base/session): the
 * person the run stands for is both the active and the effective user.
 */
export function createSession(run: RunContext) {
  const session = {
    getActiveUser: () => createUser(run, activeUserEmail(run)),
    getEffectiveUser: () => createUser(run, run.user),
    getScriptTimeZone: (): string => run.workspace.scriptTimeZone,
    getActiveUserLocale: (): string => 'en',
  };
  return instrument(session, 'Session', run);
}

/**
 * "The user's email address is not available in any context that allows a script to run without
 * that user's authorization, like a simple onOpen(e) or onEdit(e) trigger [...] However, these
 * restrictions generally do not apply if [...] [the user] belongs to the same Google Workspace
 * domain as the user" who owns the script
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUser()). The bound
 * script's owner is the status spreadsheet's owner; Google then gives a blank email.
 */
function activeUserEmail(run: RunContext): string {
  if (run.authMode === 'FULL') return run.user;
  const owner = run.workspace.files[run.workspace.activeSpreadsheetId]?.owner ?? '';
  return domainOf(owner) !== '' && domainOf(owner) === domainOf(run.user) ? run.user : '';
}
