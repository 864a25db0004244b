/**
 * Issue 12's attacks, each tried as a member would: typing into the status spreadsheet through
 * the emulator's edit (what a person does in Sheets), then the chair's ordinary actions. Each was a
 * breach before spec section 9's authority; each test names what stops it now.
 */
import type { AuditSharingResult, OffboardMemberResult, SetUpResult } from '../../src/core/apiTypes';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { MIME } from '../../emulator/workspace/state';
import { newSheetState } from '../../emulator/workspace';
import {
  CHAIR_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, OUTSIDER_EMAIL, STRANGER_EMAIL, addCaseFolder, addIdentityKey, addMember, cellOf, edit, errorOf, ok, ongoingCase, run,
  setUpWorkspace, sheetValues, writeCases,
} from './helpers';

const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const NO_ACCESS = 'You do not have permission to access the requested document.';
const PERSON = { realName: 'Fictional Person One', aliases: 'fictional-handle-01', personCodeName: 'Blue Jay' };
const NEW_PERSON = 'Fictional Person Forty-Two';
const HOME = 'home shelf';
const QUIET = 'quiet lantern';

/** Members rows: 2 the chair (set-up), 3 the member, 4 the key holder. */
const MEMBER_ROW = 3;

/** A set-up tracker: the chair, a member without key access, a key holder, one case with its document, and the key. */
function group(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
  addIdentityKey(workspace, [PERSON], { editors: [KEY_HOLDER_EMAIL] });
  const { documents } = addCaseFolder(workspace, [HOME], { editors: [MEMBER_EMAIL, KEY_HOLDER_EMAIL] });
  writeCases(workspace, [ongoingCase({ caseCodeName: HOME, documents: documents[0].url })]);
  return workspace;
}

/** Types into the member's own row of Members, as the member. */
function typeInOwnMembersRow(workspace: WorkspaceState, header: string, value: string) {
  return edit(workspace, 'Members', cellOf(workspace, 'Members', header, MEMBER_ROW), value, { user: MEMBER_EMAIL });
}

function settingCell(workspace: WorkspaceState, label: string): string {
  const row = sheetValues(workspace, 'Settings').findIndex((cells) => cells.includes(label));
  return cellOf(workspace, 'Settings', 'Value', row + 1);
}

describe('a member typing Yes into their own Identity Key Access cell', () => {
  it('is refused by the protection, and the chair\'s Audit sharing (fix) does not hand them the key', () => {
    const workspace = group();
    expect(errorOf(typeInOwnMembersRow(workspace, 'Identity Key Access', 'Yes'))).toBe(PROTECTED);
    ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    expect(workspace.files['identity-key'].editors).not.toContain(MEMBER_EMAIL);
  });
});

describe('a member typing Chair into their own Role', () => {
  it('is refused, so they cannot offboard the real chair', () => {
    const workspace = group();
    expect(errorOf(typeInOwnMembersRow(workspace, 'Role', 'Chair'))).toBe(PROTECTED);
    expect(errorOf(run(workspace, 'offboardMember', { args: [CHAIR_EMAIL], user: MEMBER_EMAIL }))).toBe('Only the chair can offboard members.');
    expect(sheetValues(workspace, 'Members')[1]).toEqual([CHAIR_EMAIL, 'Chair', 'Yes', 'Yes']);
  });

  it('cannot get through even when the protection was taken off: privileged actions refuse and name the repair', () => {
    const workspace = group();
    delete workspace.spreadsheets[workspace.activeSpreadsheetId].protections; // a chair removed it by hand
    ok(typeInOwnMembersRow(workspace, 'Role', 'Chair'));
    const refusal = errorOf(run(workspace, 'offboardMember', { args: [CHAIR_EMAIL], user: MEMBER_EMAIL }));
    expect(refusal).toMatch(/cannot trust the Members and Settings sheets/);
    expect(refusal).toMatch(/Set up or repair/);
    expect(errorOf(run(workspace, 'setUpSpreadsheet', { user: MEMBER_EMAIL }))).toMatch(/Only the spreadsheet's owner \(chair@example.org\) or the chair on record/);
    expect(sheetValues(workspace, 'Members')[1]).toEqual([CHAIR_EMAIL, 'Chair', 'Yes', 'Yes']);
  });

  it('is caught by the chair\'s repair, which protects again and tells the chair to check every cell', () => {
    const workspace = group();
    delete workspace.spreadsheets[workspace.activeSpreadsheetId].protections;
    ok(typeInOwnMembersRow(workspace, 'Role', 'Chair'));
    const result = ok<SetUpResult>(run(workspace, 'setUpSpreadsheet'));
    expect(result.warnings.join(' ')).toMatch(/check every Role, Identity Key Access and Active cell/);
    expect(result.warnings.join(' ')).toContain(`Members lists ${MEMBER_EMAIL} as chair, but that person was not a chair`);
    expect(errorOf(typeInOwnMembersRow(workspace, 'Role', 'Member'))).toBe(PROTECTED);
    expect(errorOf(run(workspace, 'offboardMember', { args: [CHAIR_EMAIL], user: MEMBER_EMAIL }))).toMatch(/Members lists you as a chair, but Google does not let you edit/);
  });
});

describe('a member pointing the identity key id in Settings at a spreadsheet they own', () => {
  it('is refused, and the next real name goes into the real key only', () => {
    const workspace = group();
    workspace.files['member-sheet'] = { ...workspace.files['identity-key'], id: 'member-sheet', owner: MEMBER_EMAIL, editors: [] };
    workspace.spreadsheets['member-sheet'] = { timeZone: 'Europe/London', sheets: [newSheetState('Identity Key', 0)] };
    expect(errorOf(edit(workspace, 'Settings', settingCell(workspace, 'Identity Key Spreadsheet ID'), 'member-sheet', { user: MEMBER_EMAIL }))).toBe(PROTECTED);
    const form = { dateOfReport: '2025-03-01', kind: 'needs-decision', people: [{ realName: NEW_PERSON }], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.' };
    ok(run(workspace, 'logReport', { args: [form], user: KEY_HOLDER_EMAIL }));
    expect(JSON.stringify(workspace.spreadsheets['member-sheet'])).not.toContain(NEW_PERSON);
    expect(JSON.stringify(workspace.spreadsheets['identity-key'])).toContain(NEW_PERSON);
  });
});

describe('a member clearing their own Conflicts row', () => {
  /** The group, with the member's conflict for the case declared through the add-on. */
  function conflicted(): WorkspaceState {
    const workspace = group();
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    return workspace;
  }

  it('changes nothing: Audit sharing (fix) and Create or open case document never give them the document', () => {
    const workspace = conflicted();
    for (const header of ['Member Email', 'Case Code Name']) ok(edit(workspace, 'Conflicts', cellOf(workspace, 'Conflicts', header, 2), null, { user: MEMBER_EMAIL }));
    ok(run(workspace, 'auditSharing', { args: [true] }));
    ok(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: 'B2' } }));
    expect(Object.values(workspace.files).filter((file) => file.mimeType === MIME.document && file.editors.includes(MEMBER_EMAIL))).toEqual([]);
  });

  it('is named by Validate records, and the next conflict change puts the row back', () => {
    const workspace = conflicted();
    ok(edit(workspace, 'Conflicts', cellOf(workspace, 'Conflicts', 'Member Email', 2), 'fictional.someone@example.org', { user: MEMBER_EMAIL }));
    const { problems } = ok<{ problems: { cell: string; message: string }[] }>(run(workspace, 'validateRecords', { user: KEY_HOLDER_EMAIL }));
    expect(problems.filter((problem) => problem.cell.startsWith('Conflicts')).map((problem) => problem.cell)).toEqual(['Conflicts!A2', 'Conflicts']);
    ok(run(workspace, 'declareConflict', { args: [KEY_HOLDER_EMAIL, HOME], user: KEY_HOLDER_EMAIL }));
    expect(sheetValues(workspace, 'Conflicts').slice(1).map((row) => row.slice(0, 2))).toEqual([
      [MEMBER_EMAIL, HOME],
      [KEY_HOLDER_EMAIL, HOME],
    ]);
  });
});

describe('a member learning whether a name is in the key from highlights', () => {
  it('sees nothing: a key holder\'s Validate records names the cell in the dialog only, never as a highlight', () => {
    const workspace = group();
    const nameCell = 'L2'; // beside the table, where nothing else would turn it red
    ok(edit(workspace, 'Cases', nameCell, PERSON.realName, { user: MEMBER_EMAIL }));
    const { problems } = ok<{ problems: { cell: string; rule: string }[] }>(run(workspace, 'validateRecords', { user: KEY_HOLDER_EMAIL }));
    expect(problems).toContainEqual(expect.objectContaining({ cell: `Cases!${nameCell}`, rule: 'real-name-in-cell' }));
    expect(workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Cases')!.backgrounds[nameCell]).toBeUndefined();
  });

  it('and a member without Identity Key Access is told nothing about names at all', () => {
    const workspace = group();
    ok(edit(workspace, 'Cases', 'L2', PERSON.realName, { user: MEMBER_EMAIL }));
    const { problems } = ok<{ problems: { rule: string }[] }>(run(workspace, 'validateRecords', { user: MEMBER_EMAIL }));
    expect(problems.filter((problem) => problem.rule.startsWith('real-name'))).toEqual([]);
  });
});

describe('a member retyping a case code name, or linking one document from a second case', () => {
  /** Two cases, each with its document; the member has declared a conflict for home shelf. */
  function twoCases(): WorkspaceState {
    const workspace = setUpWorkspace();
    addMember(workspace, MEMBER_EMAIL);
    const { documents } = addCaseFolder(workspace, [HOME, QUIET]);
    writeCases(workspace, [ongoingCase({ caseCodeName: HOME, documents: documents[0].url }), ongoingCase({ caseCodeName: QUIET, documents: documents[1].url })]);
    documents.forEach((document) => workspace.files[document.id].editors.push(MEMBER_EMAIL));
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    return workspace;
  }

  it('never gets the conflicted document shared or renamed by Audit sharing (fix), after retyping the case code name', () => {
    const workspace = twoCases();
    ok(edit(workspace, 'Cases', cellOf(workspace, 'Cases', 'Case Code Name', 2), QUIET, { user: MEMBER_EMAIL }));
    const { findings } = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    expect(workspace.files['case-folder-doc-1']).toMatchObject({ name: HOME, editors: [] });
    expect(findings.map((finding) => finding.problem).join(' ')).toMatch(/title is not exactly the case code name, so it may be another case’s document|its title and sharing were left as they are/);
  });

  it('never gets it shared or renamed after linking it from the second case either', () => {
    const workspace = twoCases();
    ok(edit(workspace, 'Cases', cellOf(workspace, 'Cases', 'Documents', 3), 'https://docs.google.com/document/d/case-folder-doc-1/edit', { user: MEMBER_EMAIL }));
    ok(run(workspace, 'auditSharing', { args: [true] }));
    ok(run(workspace, 'onboardMember', { args: ['fictional.newcomer@example.org', { role: 'Member', identityKeyAccess: false, conflicts: [] }] }));
    expect(workspace.files['case-folder-doc-1']).toMatchObject({ name: HOME, editors: [] });
  });
});

describe('a member typing a link to another host into Documents', () => {
  it('never has it offered to the chair as the case document, and Validate records names the cell', () => {
    const workspace = group();
    const cell = cellOf(workspace, 'Cases', 'Documents', 2);
    ok(edit(workspace, 'Cases', cell, 'https://docs.example.net/document/d/case-folder-doc-1/edit', { user: MEMBER_EMAIL }));
    const opened = ok<{ documentUrl: string }>(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cell } }));
    expect(opened.documentUrl).toBe('https://docs.google.com/document/d/case-folder-doc-1/edit');
    ok(edit(workspace, 'Cases', cell, 'https://docs.example.net/document/d/case-folder-doc-1/edit', { user: MEMBER_EMAIL }));
    const { problems } = ok<{ problems: { cell: string; rule: string }[] }>(run(workspace, 'validateRecords', { user: MEMBER_EMAIL }));
    expect(problems).toContainEqual(expect.objectContaining({ cell: `Cases!${cell}`, rule: 'documents-not-a-docs-link' }));
  });
});

describe('one mistyped email in Members', () => {
  it('blocks no one: a report is still logged and shared with the others, and Validate records names the cell', () => {
    const workspace = group();
    const members = workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Members')!;
    members.values.push(['fictional.typo@@example', 'Member', 'No', 'Yes']);
    const form = { dateOfReport: '2025-03-01', kind: 'needs-decision', people: [], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.' };
    const logged = ok<{ documentUrl: string }>(run(workspace, 'logReport', { args: [form], user: MEMBER_EMAIL }));
    const id = /\/d\/([^/]+)/.exec(logged.documentUrl)![1];
    expect(workspace.files[id].editors).toEqual(expect.arrayContaining([CHAIR_EMAIL, KEY_HOLDER_EMAIL]));
    const { problems } = ok<{ problems: { cell: string }[] }>(run(workspace, 'validateRecords'));
    expect(problems.map((problem) => problem.cell)).toContain(`Members!A${members.values.length}`);
  });
});

describe('a member changing or deleting an Audit Log line', () => {
  it('is reported by Validate records and Audit sharing as a broken chain, naming the row', () => {
    const workspace = group();
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    ok(run(workspace, 'validateRecords'));
    const clean = ok<{ problems: { rule: string }[] }>(run(workspace, 'validateRecords')).problems;
    expect(clean.filter((problem) => problem.rule === 'audit-log-chain')).toEqual([]);
    const lines = sheetValues(workspace, 'Audit Log');
    const row = lines.findIndex((line) => line[2] === 'Declared conflict') + 1;
    ok(edit(workspace, 'Audit Log', `C${row}`, 'Set up or repair', { user: MEMBER_EMAIL }));
    const { problems } = ok<{ problems: { cell: string; rule: string; message: string }[] }>(run(workspace, 'validateRecords'));
    expect(problems.filter((problem) => problem.rule === 'audit-log-chain').map((problem) => problem.message)).toEqual([
      `Audit Log row ${row} does not match its digest: it, or the line before it, was changed or removed by hand.`,
    ]);
    const { findings } = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [false] }));
    expect(findings).toContainEqual({ caseCodeName: 'Audit Log', problem: `Audit Log row ${row} does not match its digest: it, or the line before it, was changed or removed by hand.` });
  });
});

describe('an identity key that a member owns, or that someone who should not see it can open', () => {
  const form = { dateOfReport: '2025-03-01', kind: 'needs-decision', people: [{ realName: NEW_PERSON }], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.' };

  it('gets no real name: the report is refused before anything is written, saying why', () => {
    const workspace = group();
    Object.assign(workspace.files['identity-key'], { owner: KEY_HOLDER_EMAIL, editors: [CHAIR_EMAIL] });
    const before = JSON.stringify(workspace.spreadsheets);
    expect(errorOf(run(workspace, 'logReport', { args: [form], user: KEY_HOLDER_EMAIL }))).toMatch(/^The identity key is not owned by a chair/);
    expect(JSON.stringify(workspace.spreadsheets)).toBe(before);
  });

  it('gets no real name while it is shared with a member without Identity Key Access', () => {
    const workspace = group();
    workspace.files['identity-key'].viewers.push(MEMBER_EMAIL);
    expect(errorOf(run(workspace, 'logReport', { args: [form], user: KEY_HOLDER_EMAIL }))).toMatch(/^The identity key is shared with someone who should not see it/);
    expect(JSON.stringify(workspace.spreadsheets['identity-key'])).not.toContain(NEW_PERSON);
  });

  it('gets no real name while anyone with the link can open it', () => {
    const workspace = group();
    Object.assign(workspace.files['identity-key'], { access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
    expect(errorOf(run(workspace, 'logReport', { args: [form], user: KEY_HOLDER_EMAIL }))).toMatch(/^The identity key is shared with someone who should not see it/);
    expect(JSON.stringify(workspace.spreadsheets['identity-key'])).not.toContain(NEW_PERSON);
  });

  it('gets no real name while someone whose address Drive hides can open it', () => {
    const workspace = group();
    workspace.files['identity-key'].viewers.push(OUTSIDER_EMAIL);
    workspace.users = { ...workspace.users, [OUTSIDER_EMAIL]: { emailVisible: false } };
    expect(errorOf(run(workspace, 'logReport', { args: [form], user: KEY_HOLDER_EMAIL }))).toMatch(/^The identity key is shared with someone who should not see it/);
  });

  it('is still checked, through DriveApp, when its owner stopped editors from sharing it and Drive does not list its permissions to them', () => {
    const workspace = group();
    Object.assign(workspace.files['identity-key'], { shareableByEditors: false });
    workspace.files['identity-key'].viewers.push(MEMBER_EMAIL);
    const response = run(workspace, 'logReport', { args: [form], user: KEY_HOLDER_EMAIL });
    expect(errorOf(response)).toMatch(/^The identity key is shared with someone who should not see it/);
    expect({ apiReads: response.calls['Drive.Files.get'], driveAppReads: response.calls['File.getViewers'] }).toEqual({ apiReads: 1, driveAppReads: 1 });
  });
});

describe('a case folder shared with a member', () => {
  it('gets no new case document: it is made outside the folder and shared one by one', () => {
    const workspace = group();
    workspace.files['case-folder'].viewers.push(MEMBER_EMAIL);
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    const form = { dateOfReport: '2025-03-01', kind: 'needs-decision', people: [], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.' };
    const { documentUrl } = ok<{ documentUrl: string }>(run(workspace, 'logReport', { args: [form] }));
    const id = /\/d\/([^/]+)/.exec(documentUrl)![1];
    expect(workspace.files[id].parents).not.toContain('case-folder');
  });
  it('gets no new case document while anyone in the domain can open it', () => {
    const workspace = group();
    Object.assign(workspace.files['case-folder'], { access: 'DOMAIN', permission: 'VIEW' });
    const form = { dateOfReport: '2025-03-01', kind: 'needs-decision', people: [], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.' };
    const { documentUrl } = ok<{ documentUrl: string }>(run(workspace, 'logReport', { args: [form] }));
    const id = /\/d\/([^/]+)/.exec(documentUrl)![1];
    expect({ parents: workspace.files[id].parents, access: workspace.files[id].access }).toEqual({ parents: [], access: 'PRIVATE' });
  });
});

describe('Link existing identity key', () => {
  it('refuses a spreadsheet shared with a member without Identity Key Access, changing nothing', () => {
    const workspace = group();
    setSettingCell(workspace, '');
    workspace.files['identity-key'].editors.push(MEMBER_EMAIL);
    const before = JSON.stringify(workspace);
    expect(errorOf(run(workspace, 'linkIdentityKey', { args: ['identity-key'] }))).toMatch(/^That spreadsheet is shared with someone who is not an active member with Identity Key Access/);
    expect(JSON.stringify(workspace)).toBe(before);
  });

  function setSettingCell(workspace: WorkspaceState, value: string): void {
    const settings = workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Settings')!;
    const header = settings.values[0].map(String);
    const row = settings.values.find((cells) => cells[header.indexOf('Setting')] === 'Identity Key Spreadsheet ID')!;
    row[header.indexOf('Value')] = value;
  }
});

describe('a real name typed into a Case Code Name cell', () => {
  it('is never listed in the Onboard member dialog', () => {
    const workspace = group();
    ok(edit(workspace, 'Cases', cellOf(workspace, 'Cases', 'Case Code Name', 2), PERSON.realName, { user: MEMBER_EMAIL }));
    const { caseCodeNames } = ok<{ caseCodeNames: string[] }>(run(workspace, 'getOnboardingOptions'));
    expect(JSON.stringify(caseCodeNames)).not.toContain(PERSON.realName);
  });
});

describe('a stranger to the status spreadsheet', () => {
  it('can neither type into it nor run the add-on in it', () => {
    const workspace = group();
    expect(errorOf(edit(workspace, 'Cases', 'A2', 'typed', { user: STRANGER_EMAIL }))).toBe(NO_ACCESS);
    expect(errorOf(run(workspace, 'validateRecords', { user: STRANGER_EMAIL }))).toBe(NO_ACCESS);
  });
});

describe('an offboarded member, typing Yes into their own Active cell', () => {
  it('cannot, since offboarding took the tracker from them, and Audit sharing (fix) gives them no document back', () => {
    const workspace = group();
    ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL] }));
    expect(errorOf(typeInOwnMembersRow(workspace, 'Active', 'Yes'))).toBe(NO_ACCESS);
    expect(errorOf(run(workspace, 'validateRecords', { user: MEMBER_EMAIL }))).toBe(NO_ACCESS);
    ok(run(workspace, 'auditSharing', { args: [true] }));
    const shared = Object.values(workspace.files).filter((file) => file.mimeType === MIME.document && file.editors.includes(MEMBER_EMAIL));
    expect(shared).toEqual([]);
  });
});

describe('Audit sharing of the status spreadsheet itself', () => {
  it('takes away link sharing and every editor who is not an active member, and grants nothing', () => {
    const workspace = group();
    Object.assign(workspace.files[workspace.activeSpreadsheetId], { access: 'ANYONE_WITH_LINK', permission: 'EDIT' });
    workspace.files[workspace.activeSpreadsheetId].editors.push('fictional.former@example.org');
    workspace.files[workspace.activeSpreadsheetId].editors = workspace.files[workspace.activeSpreadsheetId].editors.filter((email) => email !== KEY_HOLDER_EMAIL);
    const { findings } = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    expect(findings.filter((finding) => finding.caseCodeName === 'Status spreadsheet').map((finding) => finding.problem)).toEqual([
      'Anyone who has the link can edit the status spreadsheet. It should be private.',
      'fictional.former@example.org can edit the status spreadsheet but is not an active member.',
      `${KEY_HOLDER_EMAIL} should be able to edit the status spreadsheet but cannot. Nothing was granted: onboard them with Django CoC › Members › Onboard member.`,
    ]);
    expect(workspace.files[workspace.activeSpreadsheetId]).toMatchObject({ access: 'PRIVATE', editors: [MEMBER_EMAIL] });
  });
});

describe('a case document that no row links any more, after its Documents cell was typed over', () => {
  const REPORT = { dateOfReport: '2025-03-01', kind: 'keep-on-file', people: [], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.' };
  const HOME_LINK = 'https://docs.google.com/document/d/case-folder-doc-1/edit';

  /** `reporter` logs a report (its document is made in their own Drive, outside the case folder), then the chair links home shelf's document from that row instead. */
  function orphanedBy(reporter: string): { workspace: WorkspaceState; orphan: string } {
    const workspace = group();
    const logged = ok<{ documentUrl: string; caseCodeName: string }>(run(workspace, 'logReport', { args: [REPORT], user: reporter }));
    const orphan = /\/d\/([^/]+)/.exec(logged.documentUrl)![1];
    ok(edit(workspace, 'Cases', cellOf(workspace, 'Cases', 'Documents', 3), HOME_LINK, { user: CHAIR_EMAIL }));
    expect(workspace.files[orphan]).toMatchObject({ name: logged.caseCodeName, parents: [] });
    return { workspace, orphan };
  }

  it('is still taken from a member who is offboarded, though no row links it and it is outside the case folder', () => {
    const { workspace, orphan } = orphanedBy(MEMBER_EMAIL);
    expect(workspace.files[orphan].editors).toContain(KEY_HOLDER_EMAIL);
    const result = ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [KEY_HOLDER_EMAIL] }));
    const stillOpen = Object.values(workspace.files).filter((file) => file.editors.includes(KEY_HOLDER_EMAIL) || file.viewers.includes(KEY_HOLDER_EMAIL));
    expect(stillOpen.map((file) => file.id)).toEqual([]);
    expect(result.leftForChair).toEqual([]);
  });

  it('is named to the chair, by offboarding and by Audit sharing, when the member who leaves owns it', () => {
    const { workspace, orphan } = orphanedBy(KEY_HOLDER_EMAIL);
    const caseCodeName = workspace.files[orphan].name;
    const result = ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [KEY_HOLDER_EMAIL] }));
    expect(result.leftForChair).toContain(caseCodeName);
    expect(result.toDo.join(' ')).toContain(KEY_HOLDER_EMAIL);
    const { findings } = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    expect(findings.filter((finding) => finding.caseCodeName === caseCodeName).map((finding) => finding.problem).join(' ')).toContain(`${KEY_HOLDER_EMAIL} owns the document`);
  });

  it('loses a member who left to Audit sharing (fix), though it is linked from two cases and so otherwise left as it is', () => {
    const { workspace } = orphanedBy(MEMBER_EMAIL);
    const home = workspace.files['case-folder-doc-1'];
    home.editors.push('fictional.former@example.org');
    home.viewers.push('fictional.passerby@example.org');
    const { findings } = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    expect(findings.map((finding) => finding.problem).join(' ')).toContain('its title and sharing were left as they are');
    expect(home).toMatchObject({ name: HOME, editors: [MEMBER_EMAIL, KEY_HOLDER_EMAIL], viewers: [] });
  });
});
