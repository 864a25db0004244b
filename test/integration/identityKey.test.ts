/**
 * The identity key (spec sections 3 and 9) through the built bundle in the emulator: creating,
 * linking and refreshing it, and who may.
 */
import {
  CHAIR_EMAIL,
  KEY_HOLDER_EMAIL,
  MEMBER_EMAIL,
  OUTSIDER_EMAIL,
  addIdentityKey,
  addMember,
  alerts,
  copyOf,
  errorOf,
  ok,
  resolvedCase,
  ongoingCase,
  run,
  setSetting,
  setUpWorkspace,
  sheetValues,
  writeCases, shareStatusSpreadsheet
} from './helpers';
import { MIME, WorkspaceState } from '../../emulator/workspace/state';
import { newSheetState } from '../../emulator/workspace';
import type { IdentityKeyResult, RefreshIdentityKeyResult } from '../../src/core/apiTypes';

const KEY_HEADERS = ['Real Name', 'Aliases', 'Person Code Name', 'Report Count', 'Highest Consequence', 'Flagged'];
/** A key the add-on creates also has the column a retention review fills (spec section 14). */
const NEW_KEY_HEADERS = [...KEY_HEADERS, 'Expunged On'];
const FORMER_MEMBER_EMAIL = 'fictional.former@example.org';
const PERSON_ONE = { realName: 'Fictional Person One', aliases: 'fictional-handle-01', personCodeName: 'Blue Jay' };
const PERSON_TWO = { realName: 'Fictional Person Two', personCodeName: 'Grey Heron' };
const PERSON_THREE = { realName: 'Fictional Person Three', personCodeName: 'Red Fox' };

/** Set up, with a member holding Identity Key Access, one without, and a former member. */
function workspaceWithMembers(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
  addMember(workspace, MEMBER_EMAIL, { identityKeyAccess: false });
  addMember(workspace, FORMER_MEMBER_EMAIL, { identityKeyAccess: true, active: false });
  return workspace;
}

function settingValue(workspace: WorkspaceState, label: string): unknown {
  const values = sheetValues(workspace, 'Settings');
  const header = values[0].map(String);
  return values.find((row) => row[header.indexOf('Setting')] === label)?.[header.indexOf('Value')];
}

function auditActions(workspace: WorkspaceState): string[] {
  return sheetValues(workspace, 'Audit Log').slice(1).map((row) => String(row[2]));
}

/** A spreadsheet owned by the chair with the given sheets, not linked anywhere. */
function addSpreadsheet(workspace: WorkspaceState, id: string, sheets: Record<string, string[][]>, owner = CHAIR_EMAIL): void {
  workspace.files[id] = {
    id, name: 'Fictional spreadsheet', mimeType: MIME.spreadsheet, owner, editors: [], viewers: [],
    access: 'PRIVATE', permission: 'NONE', parents: [], trashed: false, createdAt: '2024-01-01T00:00:00.000Z',
  };
  workspace.spreadsheets[id] = {
    timeZone: 'Europe/London',
    sheets: Object.entries(sheets).map(([name, values], index) => ({ ...newSheetState(name, index), values })),
  };
}

function keyValues(workspace: WorkspaceState, id: string): unknown[][] {
  return sheetValues(workspace, 'Identity Key', id);
}

function column(values: unknown[][], header: string): unknown[] {
  const index = values[0].indexOf(header);
  return values.slice(1).map((row) => row[index] ?? '');
}

describe('createIdentityKey', () => {
  it('creates a spreadsheet with the Identity Key sheet and its headers, and returns its id and link', () => {
    const workspace = workspaceWithMembers();
    const result = ok<IdentityKeyResult>(run(workspace, 'createIdentityKey'));
    expect(workspace.files[result.spreadsheetId]).toMatchObject({ name: 'CoC WG identity key', mimeType: MIME.spreadsheet, owner: CHAIR_EMAIL });
    expect(workspace.spreadsheets[result.spreadsheetId].sheets.map((sheet) => sheet.name)).toEqual(['Identity Key']);
    expect(keyValues(workspace, result.spreadsheetId)).toEqual([NEW_KEY_HEADERS]);
    expect(result.url).toBe(`https://docs.google.com/spreadsheets/d/${result.spreadsheetId}/edit`);
  });

  it('keeps the key private and shares it as editor only with active members who have Identity Key Access', () => {
    const workspace = workspaceWithMembers();
    const { spreadsheetId } = ok<IdentityKeyResult>(run(workspace, 'createIdentityKey'));
    expect(workspace.files[spreadsheetId]).toMatchObject({ access: 'PRIVATE', permission: 'NONE', editors: [KEY_HOLDER_EMAIL], viewers: [] });
  });

  it('writes the new id into Settings and audits it', () => {
    const workspace = workspaceWithMembers();
    const { spreadsheetId } = ok<IdentityKeyResult>(run(workspace, 'createIdentityKey'));
    expect(settingValue(workspace, 'Identity Key Spreadsheet ID')).toBe(spreadsheetId);
    expect(auditActions(workspace)).toContain('Created identity key');
  });

  it('refuses while Settings names a key that opens, and changes nothing', () => {
    const workspace = workspaceWithMembers();
    ok(run(workspace, 'createIdentityKey'));
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'createIdentityKey'))).toMatch(/already has an identity key/);
    expect(workspace).toEqual(before);
  });

  it('refuses while Settings names a key that does not open, saying who can fix it, and makes one once the chair clears the id', () => {
    const workspace = workspaceWithMembers();
    const first = ok<IdentityKeyResult>(run(workspace, 'createIdentityKey'));
    workspace.files[first.spreadsheetId].trashed = true;
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'createIdentityKey'))).toMatch(/^Settings already names an identity key, which does not open for you.*Ask its owner/);
    expect(workspace).toEqual(before);
    setSetting(workspace, 'Identity Key Spreadsheet ID', '');
    const second = ok<IdentityKeyResult>(run(workspace, 'createIdentityKey'));
    expect(second.spreadsheetId).not.toBe(first.spreadsheetId);
    expect(settingValue(workspace, 'Identity Key Spreadsheet ID')).toBe(second.spreadsheetId);
  });

  it.each([
    [KEY_HOLDER_EMAIL, 'Only the chair can create the identity key.'],
    [MEMBER_EMAIL, 'Only the chair can create the identity key.'],
    [OUTSIDER_EMAIL, 'Only active members of the working group can use Django CoC. Ask the chair to add you.'],
  ])('refuses %s with a plain sentence and changes nothing', (user, message) => {
    const workspace = shareStatusSpreadsheet(workspaceWithMembers(), OUTSIDER_EMAIL);
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'createIdentityKey', { user }))).toBe(message);
    expect(workspace).toEqual(before);
  });

  it('refuses a chair without Identity Key Access and changes nothing', () => {
    const workspace = workspaceWithMembers();
    const members = sheetValues(workspace, 'Members');
    members[1][members[0].indexOf('Identity Key Access')] = 'No';
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'createIdentityKey'))).toMatch(/^Only members with Identity Key Access can create the identity key/);
    expect(workspace).toEqual(before);
  });

  it('leaves Settings naming a complete private key or no key, and no unlinked key holding anything, when a call fails part-way', () => {
    const clean = workspaceWithMembers();
    const total = Object.values(run(copyOf(clean), 'createIdentityKey').calls).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(10);
    for (let failAtCall = 1; failAtCall <= total; failAtCall++) {
      const workspace = copyOf(clean);
      const response = run(workspace, 'createIdentityKey', { failAtCall });
      const linked = String(settingValue(workspace, 'Identity Key Spreadsheet ID') ?? '');
      if (linked !== '') {
        expect({ failAtCall, headers: keyValues(workspace, linked)[0], access: workspace.files[linked].access }).toEqual({
          failAtCall, headers: NEW_KEY_HEADERS, access: 'PRIVATE',
        });
      } else {
        expect({ failAtCall, failed: 'error' in response }).toEqual({ failAtCall, failed: true });
      }
      // A file whose id the fault kept from us (Spreadsheet.getId failing) cannot be trashed; it is
      // private and empty. Every other unlinked key is in the trash.
      const unlinked = Object.values(workspace.files).filter((file) => file.name === 'CoC WG identity key' && !file.trashed && file.id !== linked);
      for (const file of unlinked) {
        const rows = workspace.spreadsheets[file.id].sheets.flatMap((sheet) => sheet.values);
        expect({ failAtCall, access: file.access, editors: file.editors, rows }).toEqual({ failAtCall, access: 'PRIVATE', editors: [], rows: [] });
      }
    }
  });

  it('tells the chair where the new key is when run from the menu', () => {
    const workspace = workspaceWithMembers();
    const response = run(workspace, 'createIdentityKeyFromMenu');
    const id = String(settingValue(workspace, 'Identity Key Spreadsheet ID'));
    expect(alerts(response)).toEqual([expect.stringContaining(`https://docs.google.com/spreadsheets/d/${id}/edit`)]);
  });
});

describe('linkIdentityKey', () => {
  const KEY_ID = 'fictional-key-0001';

  function workspaceWithKeyFile(header: string[] = KEY_HEADERS): WorkspaceState {
    const workspace = workspaceWithMembers();
    addSpreadsheet(workspace, KEY_ID, { 'Identity Key': [header, ['Fictional Person One', '', 'Blue Jay', 0, '', 'No'].map(String)] });
    return workspace;
  }

  it('links a key by its id, writing the id into Settings and auditing it', () => {
    const workspace = workspaceWithKeyFile();
    const result = ok<IdentityKeyResult>(run(workspace, 'linkIdentityKey', { args: [KEY_ID] }));
    expect(result).toEqual({ spreadsheetId: KEY_ID, url: `https://docs.google.com/spreadsheets/d/${KEY_ID}/edit` });
    expect(settingValue(workspace, 'Identity Key Spreadsheet ID')).toBe(KEY_ID);
    expect(auditActions(workspace)).toContain('Linked identity key');
  });

  it('links a key by its full Google Sheets link', () => {
    const workspace = workspaceWithKeyFile();
    ok(run(workspace, 'linkIdentityKey', { args: [` https://docs.google.com/spreadsheets/d/${KEY_ID}/edit#gid=0 `] }));
    expect(settingValue(workspace, 'Identity Key Spreadsheet ID')).toBe(KEY_ID);
  });

  it('accepts the columns in any order, beside columns of the group\'s own', () => {
    const workspace = workspaceWithKeyFile(['Notes', 'Flagged', 'Person Code Name', 'Highest Consequence', 'Real Name', 'Report Count', 'Aliases']);
    ok(run(workspace, 'linkIdentityKey', { args: [KEY_ID] }));
    expect(settingValue(workspace, 'Identity Key Spreadsheet ID')).toBe(KEY_ID);
  });

  it('refuses a spreadsheet with no Identity Key sheet and changes nothing', () => {
    const workspace = workspaceWithMembers();
    addSpreadsheet(workspace, KEY_ID, { Sheet1: [KEY_HEADERS] });
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'linkIdentityKey', { args: [KEY_ID] }))).toBe(
      'That spreadsheet has no sheet named "Identity Key", so it cannot be used as the identity key. Nothing was changed.',
    );
    expect(workspace).toEqual(before);
  });

  it('refuses an Identity Key sheet that lacks a column, naming it, and changes nothing', () => {
    const workspace = workspaceWithKeyFile(['Real Name', 'Aliases', 'Person Code Name', 'Report Count', 'Highest Consequence']);
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'linkIdentityKey', { args: [KEY_ID] }))).toMatch(/^That spreadsheet has no Flagged column in row 1/);
    expect(workspace).toEqual(before);
  });

  it.each([
    ['ANYONE_WITH_LINK', 'VIEW', 'Anyone who has the link can open that spreadsheet.'],
    ['ANYONE', 'EDIT', 'Anyone on the internet can edit that spreadsheet.'],
    ['DOMAIN', 'VIEW', 'Everyone in the domain can open that spreadsheet.'],
    ['DOMAIN_WITH_LINK', 'COMMENT', 'Everyone in the domain who has the link can comment on that spreadsheet.'],
  ] as const)('refuses a key with %s sharing, telling the chair to make it private first, and changes nothing', (access, permission, sentence) => {
    const workspace = workspaceWithKeyFile();
    Object.assign(workspace.files[KEY_ID], { access, permission });
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'linkIdentityKey', { args: [KEY_ID] }))).toBe(
      `${sentence} The identity key holds real names, so it must be private before it is linked: in Google Drive, open Share and set General access to Restricted, then link it again. Nothing was changed.`,
    );
    expect(workspace).toEqual(before);
  });

  it('refuses a link-shared key even when Settings already names it, and changes nothing', () => {
    const workspace = workspaceWithKeyFile();
    ok(run(workspace, 'linkIdentityKey', { args: [KEY_ID] }));
    Object.assign(workspace.files[KEY_ID], { access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'linkIdentityKey', { args: [KEY_ID] }))).toMatch(/^Anyone who has the link can open that spreadsheet\. The identity key holds real names/);
    expect(workspace).toEqual(before);
  });

  it('refuses a link-shared key pasted into the menu prompt in an alert, and changes nothing', () => {
    const workspace = workspaceWithKeyFile();
    Object.assign(workspace.files[KEY_ID], { access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
    const before = copyOf(workspace);
    const response = run(workspace, 'linkIdentityKeyFromMenu', { answers: [KEY_ID, 'OK'] });
    expect(alerts(response)).toEqual([expect.stringMatching(/must be private before it is linked/)]);
    expect(workspace).toEqual(before);
  });

  it('refuses a spreadsheet the chair cannot open and changes nothing', () => {
    const workspace = workspaceWithMembers();
    addSpreadsheet(workspace, KEY_ID, { 'Identity Key': [KEY_HEADERS] }, OUTSIDER_EMAIL);
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'linkIdentityKey', { args: [KEY_ID] }))).toMatch(/^That spreadsheet could not be opened with your account/);
    expect(workspace).toEqual(before);
  });

  it('refuses an id that names no file and changes nothing', () => {
    const workspace = workspaceWithMembers();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'linkIdentityKey', { args: ['no-such-spreadsheet'] }))).toMatch(/could not be opened/);
    expect(workspace).toEqual(before);
  });

  it('refuses text that is neither an id nor a Sheets link, without repeating it', () => {
    const workspace = workspaceWithKeyFile();
    const before = copyOf(workspace);
    const message = errorOf(run(workspace, 'linkIdentityKey', { args: ['Fictional Person One'] }));
    expect(message).toMatch(/^Enter the identity key's spreadsheet id, or its full Google Sheets link/);
    expect(message).not.toContain('Fictional');
    expect(workspace).toEqual(before);
  });

  it('refuses the status spreadsheet itself, so real names never sit beside the records', () => {
    const workspace = workspaceWithMembers();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'linkIdentityKey', { args: [workspace.activeSpreadsheetId] }))).toMatch(/must be a separate spreadsheet/);
    expect(workspace).toEqual(before);
  });

  it('refuses a member who is not the chair and changes nothing', () => {
    const workspace = workspaceWithKeyFile();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'linkIdentityKey', { args: [KEY_ID], user: KEY_HOLDER_EMAIL }))).toBe('Only the chair can link the identity key.');
    expect(workspace).toEqual(before);
  });

  it('links the key the chair pastes into the menu prompt', () => {
    const workspace = workspaceWithKeyFile();
    const response = run(workspace, 'linkIdentityKeyFromMenu', { answers: [`https://docs.google.com/spreadsheets/d/${KEY_ID}/edit`, 'OK'] });
    expect(response.shown[0]).toMatchObject({ type: 'prompt' });
    expect(settingValue(workspace, 'Identity Key Spreadsheet ID')).toBe(KEY_ID);
  });

  it('changes nothing when the chair cancels the menu prompt', () => {
    const workspace = workspaceWithKeyFile();
    const before = copyOf(workspace);
    run(workspace, 'linkIdentityKeyFromMenu', { answers: ['CANCEL'] });
    expect(workspace).toEqual(before);
  });
});

describe('refreshIdentityKey', () => {
  function workspaceWithKey(): { workspace: WorkspaceState; keyId: string } {
    const workspace = workspaceWithMembers();
    const keyId = addIdentityKey(workspace, [PERSON_ONE, PERSON_TWO, PERSON_THREE], { editors: [KEY_HOLDER_EMAIL] });
    writeCases(workspace, [
      resolvedCase({ caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'Warning' }),
      resolvedCase({ caseCodeName: 'amber kettle', personCodeName: 'Grey Heron', consequences: 'Other' }),
      resolvedCase({ caseCodeName: 'tidy beacon', personCodeName: 'Blue Jay', consequences: 'First Suspension' }),
      ongoingCase({ caseCodeName: 'quiet lantern', personCodeName: 'blue  jay' }),
    ]);
    return { workspace, keyId };
  }

  it('counts the distinct cases naming each person and their most severe consequence', () => {
    const { workspace, keyId } = workspaceWithKey();
    const result = ok<RefreshIdentityKeyResult>(run(workspace, 'refreshIdentityKey'));
    expect(result).toEqual({ people: 3, unknownConsequences: [] });
    const values = keyValues(workspace, keyId);
    expect(column(values, 'Report Count')).toEqual([3, 1, 0]);
    expect(column(values, 'Highest Consequence')).toEqual(['First Suspension', 'Other', '']);
  });

  it('keeps a person no longer named with a count of 0', () => {
    const { workspace, keyId } = workspaceWithKey();
    ok(run(workspace, 'refreshIdentityKey'));
    const cases = sheetValues(workspace, 'Cases');
    cases.splice(2, 1);
    ok(run(workspace, 'refreshIdentityKey'));
    const values = keyValues(workspace, keyId);
    expect(column(values, 'Person Code Name')).toEqual(['Blue Jay', 'Grey Heron', 'Red Fox']);
    expect(column(values, 'Report Count')).toEqual([3, 0, 0]);
    expect(column(values, 'Highest Consequence')).toEqual(['First Suspension', '', '']);
  });

  it('changes no other cell of the key', () => {
    const { workspace, keyId } = workspaceWithKey();
    const before = keyValues(workspace, keyId).map((row) => [row[0], row[1], row[2], row[5]]);
    ok(run(workspace, 'refreshIdentityKey'));
    expect(keyValues(workspace, keyId).map((row) => [row[0], row[1], row[2], row[5]])).toEqual(before);
  });

  it('writes the two columns in one write when they are side by side', () => {
    const { workspace } = workspaceWithKey();
    const { calls } = run(workspace, 'refreshIdentityKey');
    expect({ keyWrites: calls['Range.setValues'], auditLines: calls['Sheet.appendRow'] }).toEqual({ keyWrites: 1, auditLines: 1 });
  });

  it('writes each column apart, leaving the columns between untouched, when a group has moved them apart', () => {
    const { workspace, keyId } = workspaceWithKey();
    const sheet = workspace.spreadsheets[keyId].sheets[0];
    sheet.values = sheet.values.map(([realName, aliases, codeName, count, highest, flagged]) => [count, realName, aliases, codeName, flagged, highest]);
    const response = run(workspace, 'refreshIdentityKey');
    expect(response.calls['Range.setValues']).toBe(2); // one per column; the audit line is an appendRow
    expect(column(sheet.values, 'Report Count')).toEqual([3, 1, 0]);
    expect(column(sheet.values, 'Highest Consequence')).toEqual(['First Suspension', 'Other', '']);
    expect(column(sheet.values, 'Real Name')).toEqual([PERSON_ONE.realName, PERSON_TWO.realName, PERSON_THREE.realName]);
  });

  it('writes nothing and audits nothing when the counts are already right', () => {
    const { workspace } = workspaceWithKey();
    ok(run(workspace, 'refreshIdentityKey'));
    const before = copyOf(workspace);
    const response = run(workspace, 'refreshIdentityKey');
    expect(response.calls['Range.setValues']).toBeUndefined();
    expect(workspace).toEqual(before);
  });

  it('lists Consequences values that are not on the ladder instead of ranking them', () => {
    const { workspace, keyId } = workspaceWithKey();
    writeCases(workspace, [resolvedCase({ caseCodeName: 'brisk pebble', personCodeName: 'Red Fox', consequences: 'Stern Look' })]);
    const result = ok<RefreshIdentityKeyResult>(run(workspace, 'refreshIdentityKey'));
    expect(result.unknownConsequences).toEqual(['Stern Look']);
    expect(column(keyValues(workspace, keyId), 'Report Count')).toEqual([3, 1, 1]);
  });

  it('makes the same service calls for 10,000 case rows and 2,000 people as for 10 rows', () => {
    const sized = (rows: number, people: number): WorkspaceState => {
      const workspace = workspaceWithMembers();
      const persons = Array.from({ length: people }, (_, i) => ({ realName: `Fictional Person ${i + 1}`, personCodeName: `Person ${i + 1}` }));
      addIdentityKey(workspace, persons);
      writeCases(
        workspace,
        Array.from({ length: rows }, (_, i) => resolvedCase({ caseCodeName: `case ${i}`, personCodeName: `Person ${(i % people) + 1}` })),
      );
      return workspace;
    };
    const small = run(sized(10, 3), 'refreshIdentityKey');
    const large = run(sized(10_000, 2_000), 'refreshIdentityKey');
    expect('error' in large).toBe(false);
    expect(large.calls).toEqual(small.calls);
  });

  it('refuses a member without Identity Key Access with a plain sentence and changes nothing', () => {
    const { workspace } = workspaceWithKey();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'refreshIdentityKey', { user: MEMBER_EMAIL }))).toBe(
      'Only members with Identity Key Access can refresh the identity key. Ask the chair if you need it.',
    );
    expect(workspace).toEqual(before);
  });

  it('refuses a member whose account cannot open the key and changes nothing', () => {
    const { workspace, keyId } = workspaceWithKey();
    workspace.files[keyId].editors = [];
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'refreshIdentityKey', { user: KEY_HOLDER_EMAIL }))).toMatch(
      /^The identity key named in Settings could not be opened with your account/,
    );
    expect(workspace).toEqual(before);
  });

  it('says plainly that no key is linked yet', () => {
    const workspace = workspaceWithMembers();
    expect(errorOf(run(workspace, 'refreshIdentityKey'))).toMatch(/^No identity key is linked to this spreadsheet yet/);
  });

  it('reports the refresh from the menu in an alert', () => {
    const { workspace } = workspaceWithKey();
    expect(alerts(run(workspace, 'refreshIdentityKeyFromMenu'))).toEqual([expect.stringMatching(/up to date for 3 people/)]);
  });

  it('is what the chair sees set up after linking, end to end', () => {
    const workspace = workspaceWithMembers();
    const keyId = addIdentityKey(workspace, [PERSON_ONE], { link: false });
    writeCases(workspace, [resolvedCase({ personCodeName: 'Blue Jay', consequences: 'Ban' })]);
    ok(run(workspace, 'linkIdentityKey', { args: [keyId] }));
    setSetting(workspace, 'Person Code Name Style', 'animal');
    ok(run(workspace, 'refreshIdentityKey'));
    expect(keyValues(workspace, keyId)[1].slice(3, 5)).toEqual([1, 'Ban']);
  });
});
