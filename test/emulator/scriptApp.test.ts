import { createTestRun } from './harness';
import { createScriptApp, EMULATED_SCRIPT_ID } from '../../emulator/services/script/scriptApp';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;

function scriptApp() {
  const { run } = createTestRun();
  return createScriptApp(run) as unknown as ScriptApp;
}

describe('ScriptApp', () => {
  // https://developers.google.com/apps-script/reference/script/auth-mode: NONE, CUSTOM_FUNCTION, LIMITED and FULL, which
  // onOpen(e) compares e.authMode against.
  it('offers the AuthMode enum', () => {
    const app = scriptApp();
    expect([app.AuthMode.NONE, app.AuthMode.CUSTOM_FUNCTION, app.AuthMode.LIMITED, app.AuthMode.FULL].map(String)).toEqual(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
  });

  // https://developers.google.com/apps-script/reference/script/script-app#getScriptId(): the script project's id.
  it('gives the emulated project\'s id', () => {
    expect(scriptApp().getScriptId()).toBe(EMULATED_SCRIPT_ID);
  });

  // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers(): the project's installable
  // triggers; the emulator installs none.
  it('has no installable triggers', () => {
    expect(scriptApp().getProjectTriggers()).toEqual([]);
  });
});
