/**
 * Messages worded for the person who reads them (issue 15): the chair is never told to ask the
 * chair, and a member is told what only someone else can do.
 */
import { createEmptyTracker } from '../../emulator/workspace';
import type { WorkspaceState } from '../../emulator/workspace/state';
import {
  CHAIR_EMAIL, MEMBER_EMAIL, addCaseFolder, addIdentityKey, copyOf, addMember, alerts, cellOf, errorOf, ok, ongoingCase, resolvedCase, run, setUpWorkspace, writeCases,
} from './helpers';
import type { ValidationResult } from '../../src/core/apiTypes';
import { MENU, type MenuEntry } from '../../src/core/menu';

const CASE = 'amber kettle';

/** Chair and one member; one case whose document the chair made (so the chair owns it). */
function trackerWithChairsDocument(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  writeCases(workspace, [ongoingCase({ caseCodeName: CASE })]);
  ok(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', 2) } }));
  return workspace;
}

describe('Validate records on a spreadsheet not yet set up', () => {
  it('tells the chair to run Set up or repair, not to ask the chair', () => {
    const message = errorOf(run(createEmptyTracker(), 'validateRecords', { user: CHAIR_EMAIL }));
    expect(message).toBe('Django CoC is not set up in this spreadsheet yet. Run Django CoC › Set up or repair first. (The Cases sheet is missing.)');
  });

  it('tells a member to ask the chair', () => {
    const workspace = createEmptyTracker();
    addMember(workspace, MEMBER_EMAIL);
    expect(errorOf(run(workspace, 'validateRecords', { user: MEMBER_EMAIL }))).toContain('Ask the chair to run Django CoC › Set up or repair.');
  });
});

describe('Declare conflict of interest on a document the reader owns', () => {
  it('tells the chair how to hand the document on, not to ask the chair', () => {
    const workspace = trackerWithChairsDocument();
    const selection = { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', 2) };
    const [, outcome] = alerts(run(workspace, 'declareConflictFromMenu', { user: CHAIR_EMAIL, selection, answers: ['YES', 'OK'] }));
    expect(outcome).toContain('transfer its ownership to a member without a conflict');
    expect(outcome).not.toMatch(/ask the chair/i);
  });
});

describe('Identity key not linked yet', () => {
  it('tells the chair to create or link one', () => {
    const message = errorOf(run(setUpWorkspace(), 'refreshIdentityKey', { user: CHAIR_EMAIL }));
    expect(message).toBe('No identity key is linked to this spreadsheet yet. Create or link one with Django CoC › Identity key.');
  });
});

describe('Validate records for a member who cannot open the case folder', () => {
  it('says the links were not checked because the folder cannot be opened, not that they point outside it', () => {
    const workspace = setUpWorkspace();
    addMember(workspace, MEMBER_EMAIL);
    const titles = Array.from({ length: 30 }, (_, index) => `case ${String.fromCharCode(97 + (index % 26))}${index}`);
    const { documents } = addCaseFolder(workspace, titles, { editors: [MEMBER_EMAIL] });
    writeCases(workspace, documents.map((document) => resolvedCase({ caseCodeName: document.title, documents: document.url })));
    const skipped = ok<ValidationResult>(run(workspace, 'validateRecords', { user: MEMBER_EMAIL })).skipped;
    expect(skipped).toContain(
      '5 document links in Documents were not checked: the case documents folder cannot be opened with your account, so each link is opened one by one, and at most 25 are.',
    );
    expect(skipped.join(' ')).not.toContain('outside the case documents folder');
  });
});

describe('Offboard member… for an email that is not a member', () => {
  it('says so before asking to confirm, and changes nothing', () => {
    const workspace = setUpWorkspace();
    const before = copyOf(workspace);
    const response = run(workspace, 'offboardMemberFromMenu', { answers: ['fictional.outsider@example.org'] });
    expect(alerts(response)).toEqual(['That email is not in the Members sheet, so there is nobody to offboard. Check the spelling.']);
    expect(workspace).toEqual(before);
  });
});

/** Every menu caption path, such as 'Django CoC › Identity key › Refresh identity key'. */
function menuPaths(entries: readonly MenuEntry[], prefix = 'Django CoC'): string[] {
  return entries.flatMap((entry) => {
    if ('subMenu' in entry) return menuPaths(entry.entries, `${prefix} › ${entry.subMenu}`);
    return 'caption' in entry ? [`${prefix} › ${entry.caption}`] : [];
  });
}

describe('the toast after Generate code name makes a person code name', () => {
  it('names the next step and an action the menu has', () => {
    const workspace = setUpWorkspace();
    addIdentityKey(workspace, [{ realName: 'Fictional Person One', personCodeName: 'Blue Jay' }]);
    writeCases(workspace, [ongoingCase({ caseCodeName: CASE, personCodeName: '' })]);
    const response = run(workspace, 'generateCodeName', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Person Code Name', 2) } });
    const toast = response.shown.find((item) => item.type === 'toast') as { message: string };
    expect(toast.message).toMatch(/Next, add a row to the identity key with their Real Name, Aliases and this Person Code Name, then run (Django CoC › .+)\.$/);
    const named = /run (Django CoC › .+)\.$/.exec(toast.message)![1];
    expect(menuPaths(MENU)).toContain(named);
  });
});

describe('Set up or repair on an empty spreadsheet', () => {
  it('ends with Cases as the active sheet', () => {
    const response = run(createEmptyTracker(), 'setUpSpreadsheet', { selection: { sheet: 'Sheet1', a1: 'A1' } });
    expect(response.selection).toEqual({ sheet: 'Cases', a1: 'A1' });
  });

  it('leaves the cursor where it was when there was nothing to make', () => {
    const workspace = setUpWorkspace();
    expect(run(workspace, 'setUpSpreadsheet', { selection: { sheet: 'Members', a1: 'B2' } }).selection).toBeUndefined();
  });
});
