/**
 * Screen an attendee list and Check a draft (spec sections 15 and 16) in the built bundle: who may
 * use them, what they find on a real tracker, that each refusal changes nothing, and that nothing
 * pasted into them lands anywhere: not in a sheet, a property, the log, an error or a shown page.
 */
import type { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';
import type { DraftCheckResult, ScreeningResult } from '../../src/core/apiTypes';
import {
  CHAIR_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, OUTSIDER_EMAIL, addIdentityKey, addMember, copyOf, documentLockScope, errorOf, ok, resolvedCase, run,
  setUpWorkspace, shareStatusSpreadsheet, sheetState, sheetValues, writeCases,
} from './helpers';
import { findTexts } from './privacyScan';

const KEY_ID = 'identity-key';
const FLAGGED = { realName: 'Fictional Flagged Person', aliases: 'fictional.flagged@example.org; @fictional_flagged', personCodeName: 'Blue Jay' };
const BANNED = { realName: 'Fictional Banned Person', aliases: 'Banned Alias', personCodeName: 'Red Fox' };
const SUSPENDED = { realName: 'Fictional Suspended Person', personCodeName: 'Green Owl' };
const WARNED = { realName: 'Fictional Warned Person', personCodeName: 'Grey Seal' };
const GONE = { realName: 'Fictional Expunged Person', personCodeName: 'Amber Newt' };

/** The key's Flagged and Expunged On cells, set as the working group would. */
function markKey(workspace: WorkspaceState): void {
  const key = sheetState(workspace, 'Identity Key', KEY_ID);
  key.values[0].push('Expunged On');
  for (const row of key.values.slice(1)) row.push('');
  key.values[1][5] = 'Yes';
  key.values[5][5] = 'Yes';
  key.values[5][6] = '2025-01-01';
}

/** The chair, a member with Identity Key Access, one without; a key of five people and their cases. */
function groupWorkspace(): WorkspaceState {
  // The stranger can open the tracker (shared by mistake), so it is the add-on that refuses them.
  const workspace = shareStatusSpreadsheet(setUpWorkspace(), OUTSIDER_EMAIL);
  addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
  addMember(workspace, MEMBER_EMAIL);
  addIdentityKey(workspace, [FLAGGED, BANNED, SUSPENDED, WARNED, GONE], { editors: [KEY_HOLDER_EMAIL] });
  markKey(workspace);
  writeCases(workspace, [
    resolvedCase({ caseCodeName: 'home shelf', personCodeName: FLAGGED.personCodeName, consequences: 'Warning' }),
    resolvedCase({ caseCodeName: 'quiet lantern', personCodeName: BANNED.personCodeName, consequences: 'Ban', resolutionDate: '2024-03-20' }),
    // First Suspension is 3 months by default: 15 January to 15 April 2025.
    resolvedCase({ caseCodeName: 'amber kettle', personCodeName: SUSPENDED.personCodeName, consequences: 'First Suspension', dateOfReport: '2025-01-02', resolutionDate: '2025-01-15' }),
    resolvedCase({ caseCodeName: 'brisk meadow', personCodeName: WARNED.personCodeName, consequences: 'Warning' }),
    resolvedCase({ caseCodeName: 'calm harbour', personCodeName: GONE.personCodeName, consequences: 'Ban', documents: 'Expunged 2025-01-01' }),
  ]);
  return workspace;
}

const WORKSPACE = groupWorkspace();

const ATTENDEES = [
  'Fictional Attendee Without Record',
  '  fictional   FLAGGED person ',
  'Ｆｉｃｔｉｏｎａｌ Ｂａｎｎｅｄ Ｐｅｒｓｏｎ',
  'Someone Else,@fictional_flagged',
  'Fictional Suspended Person',
  'Fictional Warned Person',
  'Fictional Expunged Person',
];

function screen(workspace: WorkspaceState, eventDate: string, user = CHAIR_EMAIL, list = ATTENDEES.join('\n')): RunResponse {
  return run(workspace, 'screenAttendees', { args: [list, eventDate], user });
}

describe('screenAttendees', () => {
  it('returns only the lines naming a flagged or banned person, by alias, case and spacing, fullwidth letters or a CSV field', () => {
    const result = ok<ScreeningResult>(screen(copyOf(WORKSPACE), '2025-04-14'));
    expect(result.screened).toBe(7);
    expect(result.matches).toEqual([
      { line: 'fictional   FLAGGED person', status: 'flagged' },
      { line: 'Ｆｉｃｔｉｏｎａｌ Ｂａｎｎｅｄ Ｐｅｒｓｏｎ', status: 'banned' },
      { line: 'Someone Else,@fictional_flagged', status: 'flagged' },
      { line: 'Fictional Suspended Person', status: 'banned' },
    ]);
    expect(result.draftReply).toContain('the decision rests with you as the organisers');
    expect(result.draftReply).toContain('event on 14 April 2025');
  });

  it('does not list a suspension that ended before the event date', () => {
    const lines = ok<ScreeningResult>(screen(copyOf(WORKSPACE), '2025-04-15')).matches.map((match) => match.line);
    expect(lines).not.toContain('Fictional Suspended Person');
    expect(lines).toHaveLength(3);
  });

  it('says only how many lines were screened and matched in the audit line, and writes nothing else', () => {
    const workspace = copyOf(WORKSPACE);
    ok(screen(workspace, '2025-04-14', KEY_HOLDER_EMAIL));
    const log = sheetValues(workspace, 'Audit Log');
    const [, email, action, cases = ''] = log.slice(-1)[0];
    expect({ email, action, cases }).toEqual({ email: KEY_HOLDER_EMAIL, action: 'Screened attendee list, 7 lines, 4 matched', cases: '' });
    const withoutLog = (state: WorkspaceState) => {
      const copy = copyOf(state);
      sheetState(copy, 'Audit Log').values = [];
      // The newest audit digest moves with every audit line (spec section 9): part of the log.
      delete copy.properties.document['djangoCoc.auditDigest'];
      return copy;
    };
    expect(withoutLog(workspace)).toEqual(withoutLog(WORKSPACE));
  });

  it('is refused, changing nothing, for a member without Identity Key Access and for a stranger', () => {
    for (const user of [MEMBER_EMAIL, OUTSIDER_EMAIL]) {
      const workspace = copyOf(WORKSPACE);
      expect(errorOf(screen(workspace, '2025-04-14', user))).toMatch(/^Only (members with Identity Key Access can screen an attendee list|active members)/);
      expect(workspace).toStrictEqual(WORKSPACE);
      const menu = copyOf(WORKSPACE);
      const shown = run(menu, 'showScreeningDialog', { user, answers: ['OK'] }).shown;
      expect(shown.map((item) => item.type)).toEqual(['alert']);
      expect(menu).toStrictEqual(WORKSPACE);
    }
  });

  it.each([
    ['a blank list', ' \n ', '2025-04-14', /^Paste the attendee list first/],
    ['no date', 'Fictional Attendee', '', /^Enter the event's date/],
    ['an impossible date', 'Fictional Attendee', '2025-02-30', /^Enter the event's date/],
    ['a list that is not text', 42, '2025-04-14', /^Paste the attendee list first/],
    ['too long a list', 'Fictional Attendee\n'.repeat(10_001), '2025-04-14', /^The list is longer than 10,000 lines/],
  ])('refuses %s, changing nothing', (_what, list, eventDate, message) => {
    const workspace = copyOf(WORKSPACE);
    const response = run(workspace, 'screenAttendees', { args: [list, eventDate] });
    expect(errorOf(response)).toMatch(message);
    expect(workspace).toStrictEqual(WORKSPACE);
  });

  it('refuses when the retention table cannot give the suspensions their length, naming the cell only', () => {
    const workspace = copyOf(WORKSPACE);
    const settings = sheetState(workspace, 'Settings');
    const header = settings.values[0].map(String);
    const row = settings.values.find((cells) => cells[header.indexOf('Retention For')] === 'First Suspension');
    if (!row) throw new Error('no First Suspension row in the retention table');
    row[header.indexOf('Suspension Months')] = 'three';
    const before = copyOf(workspace);
    const error = errorOf(screen(workspace, '2025-04-14'));
    expect(error).toMatch(/^The retention table in Settings gives the suspensions' lengths/);
    expect(error).toMatch(/Settings![A-Z]+\d+: Suspension Months/);
    expect(workspace).toStrictEqual(before);
  });

  it('asks to retry, reading nothing, while another execution holds the document lock', () => {
    const workspace = copyOf(WORKSPACE);
    const response = run(workspace, 'screenAttendees', { args: ['Fictional Attendee', '2025-04-14'], lockTable: new Map([[documentLockScope(workspace), {}]]) });
    expect(errorOf(response)).toMatch(/^Another member is changing the records right now/);
    expect(workspace).toStrictEqual(WORKSPACE);
  });
});

const DRAFT = 'Hello, on 3 May 2025 at 14:32 Fictional Banned Person (@fictional_flagged) said he would post https://example.org/x. Blue Jay saw it.';

describe('a member who gave themselves Identity Key Access while Members was unprotected', () => {
  /** Members' protection taken off, the member's own Identity Key Access typed to Yes, the key even shared with them. */
  function selfGranted(): WorkspaceState {
    const workspace = copyOf(WORKSPACE);
    delete workspace.spreadsheets[workspace.activeSpreadsheetId].protections;
    const members = sheetState(workspace, 'Members');
    const header = members.values[0].map(String);
    const row = members.values.find((cells) => cells[header.indexOf('Email')] === MEMBER_EMAIL);
    if (!row) throw new Error('no member row');
    row[header.indexOf('Identity Key Access')] = 'Yes';
    workspace.files[KEY_ID].editors.push(MEMBER_EMAIL);
    return workspace;
  }

  it('is refused screening, changing nothing', () => {
    const workspace = selfGranted();
    const before = copyOf(workspace);
    expect(errorOf(screen(workspace, '2025-04-14', MEMBER_EMAIL))).toMatch(/cannot trust the Members and Settings sheets/);
    expect(workspace).toStrictEqual(before);
  });

  it('gets a draft checked without the key names, and is told why', () => {
    const result = ok<DraftCheckResult>(run(selfGranted(), 'checkDraft', { args: [DRAFT], user: MEMBER_EMAIL }));
    expect(result.keyChecked).toBe(false);
    expect(result.keyNote).toMatch(/^Names and aliases from the identity key were not checked\. .*cannot trust the Members and Settings sheets/);
    expect(result.redacted).toContain('Fictional Banned Person');
  });
});


describe('checkDraft', () => {
  it('finds the key names for a member with Identity Key Access and redacts them with code names', () => {
    const result = ok<DraftCheckResult>(run(copyOf(WORKSPACE), 'checkDraft', { args: [DRAFT], user: KEY_HOLDER_EMAIL }));
    expect(result.keyChecked).toBe(true);
    expect(result.findings.map((finding) => DRAFT.slice(finding.start, finding.end))).toEqual([
      '3 May 2025', '14:32', 'Fictional Banned Person', '@fictional_flagged', 'he', 'https://example.org/x',
    ]);
    expect(result.redacted).toBe('Hello, on [redacted] at [redacted] Red Fox (Blue Jay) said [redacted] would post [redacted]. Blue Jay saw it.');
  });

  it('tells a member without Identity Key Access plainly that the names were not checked, and still finds the rest', () => {
    const result = ok<DraftCheckResult>(run(copyOf(WORKSPACE), 'checkDraft', { args: [DRAFT], user: MEMBER_EMAIL }));
    expect(result.keyChecked).toBe(false);
    expect(result.keyNote).toMatch(/^Names and aliases from the identity key were not checked: that needs Identity Key Access/);
    expect(result.findings.map((finding) => DRAFT.slice(finding.start, finding.end))).toEqual(['3 May 2025', '14:32', '@fictional_flagged', 'he', 'https://example.org/x']);
  });

  it('says why the names were not checked when the key is not linked', () => {
    const workspace = copyOf(WORKSPACE);
    const settings = sheetState(workspace, 'Settings');
    const header = settings.values[0].map(String);
    const row = settings.values.find((cells) => cells[header.indexOf('Setting')] === 'Identity Key Spreadsheet ID');
    if (row) row[header.indexOf('Value')] = '';
    const result = ok<DraftCheckResult>(run(workspace, 'checkDraft', { args: [DRAFT], user: KEY_HOLDER_EMAIL }));
    expect(result.keyChecked).toBe(false);
    expect(result.keyNote).toContain('No identity key is linked');
  });

  it('refuses a stranger and a blank draft, changing nothing', () => {
    const workspace = copyOf(WORKSPACE);
    expect(errorOf(run(workspace, 'checkDraft', { args: [DRAFT], user: OUTSIDER_EMAIL }))).toMatch(/^Only active members/);
    expect(errorOf(run(workspace, 'checkDraft', { args: ['  '] }))).toBe('Paste the draft to check first.');
    expect(errorOf(run(workspace, 'checkDraft', { args: ['x'.repeat(100_001)] }))).toMatch(/^The draft is longer than 100,000 characters/);
    expect(workspace).toStrictEqual(WORKSPACE);
  });
});

describe('what was pasted', () => {
  it('is found nowhere afterwards: not in the workspace, the log, an error or a shown page', () => {
    const workspace = copyOf(WORKSPACE);
    const pastedOnly = ['Fictional Pasted Attendee', 'fictional.pasted@example.org', 'Fictional Draft Subject'];
    const list = [...ATTENDEES, ...pastedOnly.slice(0, 2)].join('\n');
    const draft = `${DRAFT} Also Fictional Draft Subject.`;
    const responses: RunResponse[] = [
      run(workspace, 'showScreeningDialog'),
      run(workspace, 'showDraftCheckDialog', { user: MEMBER_EMAIL }),
      // Refusals and faults, whose errors must not quote what was pasted.
      run(workspace, 'screenAttendees', { args: [list, 'not a date'] }),
      run(workspace, 'screenAttendees', { args: [list, '2025-04-14'], user: MEMBER_EMAIL }),
    ];
    // A fault at every call of each, whose errors must not quote it either.
    const calls = (response: RunResponse) => Object.values(response.calls).reduce((sum, count) => sum + count, 0);
    const screenCalls = calls(run(copyOf(workspace), 'screenAttendees', { args: [list, '2025-04-14'] }));
    const checkCalls = calls(run(copyOf(workspace), 'checkDraft', { args: [draft], user: KEY_HOLDER_EMAIL }));
    for (let failAtCall = 1; failAtCall <= screenCalls; failAtCall++) responses.push(run(workspace, 'screenAttendees', { args: [list, '2025-04-14'], failAtCall }));
    for (let failAtCall = 1; failAtCall <= checkCalls; failAtCall++) responses.push(run(workspace, 'checkDraft', { args: [draft], failAtCall, user: KEY_HOLDER_EMAIL }));
    // A run that succeeds returns the matching lines, or the draft's redacted copy, to the member
    // who pasted them; what it wrote, showed or logged is scanned, its result is not.
    const returned = [
      run(workspace, 'screenAttendees', { args: [list, '2025-04-14'] }),
      run(workspace, 'checkDraft', { args: [draft], user: KEY_HOLDER_EMAIL }),
      run(workspace, 'checkDraft', { args: [draft], user: MEMBER_EMAIL }),
    ];
    returned.forEach((response) => ok(response));
    const scanned = [...responses, ...returned].map((response) => ('result' in response ? { ...response, result: null } : response));
    const needles = [...ATTENDEES.map((line) => line.trim()), ...pastedOnly, draft, 'Fictional Banned Person', '@fictional_flagged'];
    expect(findTexts(needles, workspace, [KEY_ID], scanned)).toEqual([]);
    expect(responses.filter((response) => 'error' in response).length).toBeGreaterThanOrEqual(2 + screenCalls);
  });
});
