import { createTestRun } from './harness';
import { createSession } from '../../emulator/services/session/session';
import { createEmptyWorkspace } from '../../emulator/workspace';

type Session = GoogleAppsScript.Base.Session;

const MEMBER = 'fictional.member@example.org';

function sessionFor(user: string, scriptTimeZone = 'Europe/London') {
  const workspace = createEmptyWorkspace();
  workspace.scriptTimeZone = scriptTimeZone;
  const { run } = createTestRun({ workspace, user });
  return { run, session: createSession(run) as unknown as Session };
}

describe('Session', () => {
  // https://developers.google.com/apps-script/reference/base/session#getActiveUser(): "the current user", whose email
  // getEmail() gives.
  it('gives the person running the script as the active user', () => {
    expect(sessionFor(MEMBER).session.getActiveUser().getEmail()).toBe(MEMBER);
  });

  // https://developers.google.com/apps-script/reference/base/session#getEffectiveUser(): the user under whose authority the
  // script runs; for a menu or sidebar call that is the person using it.
  it('gives the same person as the effective user', () => {
    expect(sessionFor(MEMBER).session.getEffectiveUser().getEmail()).toBe(MEMBER);
  });

  // https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone(): the script's time zone.
  it('gives the workspace\'s script time zone', () => {
    expect(sessionFor(MEMBER, 'America/Los_Angeles').session.getScriptTimeZone()).toBe('America/Los_Angeles');
  });

  // https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale(): the user's language, e.g. 'en'.
  it('gives English as the user\'s locale', () => {
    expect(sessionFor(MEMBER).session.getActiveUserLocale()).toBe('en');
  });

  it('counts Session and User calls', () => {
    const { run, session } = sessionFor(MEMBER);
    session.getActiveUser().getEmail();
    expect(run.calls).toEqual({ 'Session.getActiveUser': 1, 'User.getEmail': 1 });
  });
});
