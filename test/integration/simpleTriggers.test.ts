/**
 * The add-on keeps to what Google lets simple triggers do. onEdit and onOpen run in
 * AuthMode.LIMITED, where "They cannot access services that require authorization" nor "other files"
 * (https://developers.google.com/apps-script/guides/triggers#restrictions); an add-on's onOpen runs in
 * AuthMode.NONE where it has not been used, and may only build its menu
 * (https://developers.google.com/workspace/add-ons/concepts/menus); and Session.getActiveUser() is
 * blank in a simple trigger for a user outside the script owner's domain
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUser()). The emulator
 * refuses all of these as Google does, so a change that reaches further fails here.
 */
import type { WorkspaceState } from '../../emulator/workspace/state';
import { addMember, edit, isoDayOf, ok, ongoingCase, run, setUpWorkspace, sheetValues, todayIn, writeCases } from './helpers';

const GUEST_MEMBER = 'fictional.volunteer@elsewhere.example';
const MENU_CALLS = ['SpreadsheetApp.getUi', 'Ui.createMenu', 'Ui.createAddonMenu', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addSubMenu', 'Menu.addToUi'];

function trackerWithOngoingCase(): WorkspaceState {
  const workspace = setUpWorkspace();
  writeCases(workspace, [ongoingCase({ caseCodeName: 'quiet lantern', resolutionSource: 'CoC WG', consequences: 'Warning' })]);
  return workspace;
}

function resolutionDayOfRow2(workspace: WorkspaceState): string | null {
  const header = sheetValues(workspace, 'Cases')[0].map(String);
  return isoDayOf(workspace, sheetValues(workspace, 'Cases')[1][header.indexOf('Resolution Date')]);
}

describe('onOpen', () => {
  it.each(['NONE', 'LIMITED'] as const)('registers the menu in AuthMode.%s with menu calls alone', (authMode) => {
    const response = run(setUpWorkspace(), 'onOpen', { authMode });
    ok(response);
    expect(response.shown.map((item) => item.type)).toEqual(['menu']);
    expect(Object.keys(response.calls).filter((call) => !MENU_CALLS.includes(call))).toEqual([]);
  });

  it('puts the menu under Extensions when the add-on has not been used in the document', () => {
    const menu = run(setUpWorkspace(), 'onOpen', { authMode: 'NONE' }).shown[0];
    expect(menu).toMatchObject({ type: 'menu', addon: true });
  });
});

describe('onEdit', () => {
  it('fills a Resolution Date with no call a simple trigger may not make', () => {
    const workspace = trackerWithOngoingCase();
    const response = edit(workspace, 'Cases', 'D2', 'Resolved');
    expect('error' in response).toBe(false);
    expect(resolutionDayOfRow2(workspace)).toBe(todayIn('Europe/London'));
    expect(Object.keys(response.calls).filter((call) => /^(DriveApp|File|Folder|DocumentApp)\.|openBy|Ui\.show/.test(call))).toEqual([]);
  });

  it('fills nothing for an active member outside the owner’s domain, whose email Google hides, and says why', () => {
    const workspace = trackerWithOngoingCase();
    addMember(workspace, GUEST_MEMBER);
    const response = edit(workspace, 'Cases', 'D2', 'Resolved', { user: GUEST_MEMBER });
    expect(resolutionDayOfRow2(workspace)).toBeNull();
    expect(response.shown).toEqual([
      expect.objectContaining({
        type: 'toast',
        message:
          "Django CoC can't see which account you are signed in with, so it can't check that you are a member. Sign in with your working group account and try again. Resolution Date was not filled in.",
      }),
    ]);
  });

  it('lets the same member use the menu, where Google shows their email', () => {
    const workspace = trackerWithOngoingCase();
    addMember(workspace, GUEST_MEMBER);
    expect('error' in run(workspace, 'validateRecords', { user: GUEST_MEMBER })).toBe(false);
  });
});
