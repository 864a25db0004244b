/**
 * The onEdit simple trigger (spec section 5) through the built bundle: typing Resolved into Status
 * fills an empty Resolution Date with today, and nothing typed is ever reverted.
 */
import type { WorkspaceState } from '../../emulator/workspace/state';
import {
  MEMBER_EMAIL, OUTSIDER_EMAIL, RunOptions, addMember, alerts, copyOf, documentLockScope, edit, isoDayOf, ongoingCase, resolvedCase, run, setUpWorkspace, sheetState,
  sheetValues, todayIn, totalCalls, writeCases, shareStatusSpreadsheet
} from './helpers';

const STATUS = 3;
const RESOLUTION_DATE = 5;

/** A tracker whose row 2 is an ongoing case with everything a resolution needs but its date. */
function trackerWithOngoingCase(): WorkspaceState {
  const workspace = setUpWorkspace();
  writeCases(workspace, [ongoingCase({ caseCodeName: 'quiet lantern', resolutionSource: 'CoC WG', consequences: 'Warning' })]);
  return workspace;
}

function cellAt(workspace: WorkspaceState, row: number, column: number) {
  return sheetValues(workspace, 'Cases')[row - 1]?.[column] ?? '';
}

function resolutionDay(workspace: WorkspaceState, row: number): string | null {
  return isoDayOf(workspace, cellAt(workspace, row, RESOLUTION_DATE));
}

/** The audit rows onEdit wrote (set-up wrote one of its own before). */
function auditRows(workspace: WorkspaceState): unknown[][] {
  return sheetValues(workspace, 'Audit Log').slice(1).filter((row) => row[2] === 'Filled resolution date');
}

describe('onEdit', () => {
  it('fills Resolution Date with today when Status becomes Resolved', () => {
    const workspace = trackerWithOngoingCase();
    edit(workspace, 'Cases', 'D2', 'Resolved');
    expect(resolutionDay(workspace, 2)).toBe(todayIn('Europe/London'));
  });

  it.each(['resolved', '  RESOLVED '])('reads %j as Resolved', (typed) => {
    const workspace = trackerWithOngoingCase();
    edit(workspace, 'Cases', 'D2', typed);
    expect(resolutionDay(workspace, 2)).toBe(todayIn('Europe/London'));
  });

  it('keeps exactly what was typed in Status', () => {
    const workspace = trackerWithOngoingCase();
    edit(workspace, 'Cases', 'D2', '  RESOLVED ');
    expect(cellAt(workspace, 2, STATUS)).toBe('  RESOLVED ');
  });

  it('leaves a Resolution Date that is already there', () => {
    const workspace = setUpWorkspace();
    writeCases(workspace, [resolvedCase({ status: 'Ongoing', resolutionDate: '2024-03-20' })]);
    edit(workspace, 'Cases', 'D2', 'Resolved');
    expect(resolutionDay(workspace, 2)).toBe('2024-03-20');
  });

  it('fills nothing when Status becomes anything else, and keeps what was typed', () => {
    const workspace = trackerWithOngoingCase();
    edit(workspace, 'Cases', 'D2', 'Closed');
    expect([cellAt(workspace, 2, STATUS), cellAt(workspace, 2, RESOLUTION_DATE)]).toEqual(['Closed', '']);
  });

  it('fills nothing when another column of a resolved row without a date is edited', () => {
    const workspace = setUpWorkspace();
    writeCases(workspace, [resolvedCase({ resolutionDate: '' })]);
    edit(workspace, 'Cases', 'G2', 'Yes');
    expect(cellAt(workspace, 2, RESOLUTION_DATE)).toBe('');
  });

  it('costs two calls and does nothing for an edit on another sheet', () => {
    const workspace = trackerWithOngoingCase();
    const before = copyOf(workspace);
    const response = edit(workspace, 'Settings', 'H9', 'Resolved');
    sheetState(before, 'Settings').values = sheetState(workspace, 'Settings').values;
    expect(totalCalls(response)).toBe(2);
    expect(workspace).toEqual(before);
  });

  it('appends Filled resolution date with the case code name to the audit log', () => {
    const workspace = trackerWithOngoingCase();
    edit(workspace, 'Cases', 'D2', 'Resolved');
    const [last] = auditRows(workspace).slice(-1);
    expect([last[1], last[2], last[3]]).toEqual(['chair@example.org', 'Filled resolution date', 'quiet lantern']);
  });

  it('keeps a Case Code Name that is not a case code name out of the audit log', () => {
    const workspace = setUpWorkspace();
    writeCases(workspace, [ongoingCase({ caseCodeName: 'Fictional Person' })]);
    edit(workspace, 'Cases', 'D2', 'Resolved');
    const [last] = auditRows(workspace).slice(-1);
    expect([last[2], last[3] ?? '']).toEqual(['Filled resolution date', '']);
  });

  it('says in a toast that it set the date', () => {
    const response = edit(trackerWithOngoingCase(), 'Cases', 'D2', 'Resolved');
    expect(response.shown).toEqual([expect.objectContaining({ type: 'toast', message: 'Resolution Date set to today.' })]);
  });

  it('leaves the audit log alone when it filled nothing', () => {
    const workspace = trackerWithOngoingCase();
    edit(workspace, 'Cases', 'D2', 'Ongoing');
    expect(auditRows(workspace)).toEqual([]);
  });

  it('fills nothing for someone who is not an active member, keeps what they typed and says why', () => {
    const workspace = shareStatusSpreadsheet(trackerWithOngoingCase(), OUTSIDER_EMAIL);
    const response = edit(workspace, 'Cases', 'D2', 'Resolved', { user: OUTSIDER_EMAIL });
    expect([cellAt(workspace, 2, STATUS), cellAt(workspace, 2, RESOLUTION_DATE), auditRows(workspace).length]).toEqual(['Resolved', '', 0]);
    expect(response.shown).toEqual([
      expect.objectContaining({
        type: 'toast',
        message: 'Only active members of the working group can use Django CoC. Ask the chair to add you. Resolution Date was not filled in.',
      }),
    ]);
  });

  it('ends an edit that does not make Status Resolved before asking who is editing, so a hidden email sees nothing', () => {
    const workspace = trackerWithOngoingCase();
    const response = edit(workspace, 'Cases', 'D2', 'Closed', { user: '' });
    expect(response.shown).toEqual([]);
    expect(response.calls['Session.getActiveUser'] ?? 0).toBe(0);
    expect(Object.keys(response.calls).filter((call) => !['Range.getSheet', 'Sheet.getName', 'Range.getRow', 'Range.getColumn', 'Range.getNumRows', 'Range.getNumColumns', 'Sheet.getRange', 'Sheet.getLastColumn', 'Range.getValues'].includes(call))).toEqual([]);
  });

  it('fills nothing when the editor\'s email is not known, as membership cannot be checked', () => {
    const workspace = trackerWithOngoingCase();
    edit(workspace, 'Cases', 'D2', 'Resolved', { user: '' });
    expect(cellAt(workspace, 2, RESOLUTION_DATE)).toBe('');
  });

  it('fills the date for an active member who is not the chair', () => {
    const workspace = trackerWithOngoingCase();
    addMember(workspace, MEMBER_EMAIL);
    edit(workspace, 'Cases', 'D2', 'Resolved', { user: MEMBER_EMAIL });
    expect(resolutionDay(workspace, 2)).toBe(todayIn('Europe/London'));
  });

  it('does nothing when Cases has no Resolution Date column', () => {
    const workspace = trackerWithOngoingCase();
    sheetState(workspace, 'Cases').values[0][RESOLUTION_DATE] = 'Closed On';
    const response = edit(workspace, 'Cases', 'D2', 'Resolved');
    expect([cellAt(workspace, 2, RESOLUTION_DATE), alerts(response), 'error' in response]).toEqual(['', [], false]);
  });
});

describe('onEdit for a pasted block', () => {
  /** Rows 2-6 as pasted: resolved without date, resolved without date, ongoing, resolved with a date, resolved without date. */
  function pasted(): WorkspaceState {
    const workspace = setUpWorkspace();
    writeCases(workspace, [
      resolvedCase({ caseCodeName: 'amber kettle', resolutionDate: '' }),
      resolvedCase({ caseCodeName: 'silver meadow', resolutionDate: '' }),
      ongoingCase({ caseCodeName: 'quiet lantern' }),
      resolvedCase({ caseCodeName: 'brisk pebble', resolutionDate: '2024-04-01' }),
      resolvedCase({ caseCodeName: 'tidy beacon', resolutionDate: '' }),
    ]);
    return workspace;
  }

  function firePaste(workspace: WorkspaceState, options: RunOptions = {}) {
    return run(workspace, 'onEdit', { selection: { sheet: 'Cases', a1: 'A2:J6' }, ...options });
  }

  it('fills the date on every pasted row that is Resolved without one', () => {
    const workspace = pasted();
    firePaste(workspace);
    const today = todayIn('Europe/London');
    expect([2, 3, 4, 5, 6].map((row) => resolutionDay(workspace, row))).toEqual([today, today, null, '2024-04-01', today]);
  });

  it('writes each run of consecutive rows at once', () => {
    const response = firePaste(pasted());
    expect({ runs: response.calls['Range.setValues'], auditLines: response.calls['Sheet.appendRow'] }).toEqual({ runs: 2 /* rows 2-3, row 6 */, auditLines: 1 });
  });

  it('reads the pasted Status cells once before the membership check, and the pasted rows once under the lock', () => {
    const response = firePaste(pasted());
    expect(response.calls['Range.getValues']).toBe(4 /* the header, the pasted Status cells, Members, the block */);
  });

  it('logs one line naming every case it dated', () => {
    const workspace = pasted();
    firePaste(workspace);
    expect(auditRows(workspace).map((row) => row[3])).toEqual(['amber kettle, silver meadow, tidy beacon']);
  });

  it('ignores the header row when the paste covers it', () => {
    const workspace = pasted();
    run(workspace, 'onEdit', { selection: { sheet: 'Cases', a1: 'A1:J2' } });
    expect([sheetValues(workspace, 'Cases')[0][RESOLUTION_DATE], resolutionDay(workspace, 2)]).toEqual(['Resolution Date', todayIn('Europe/London')]);
  });
});

describe('onEdit when it cannot finish', () => {
  it('leaves the date, keeps Status and says so when another member holds the lock', () => {
    const workspace = trackerWithOngoingCase();
    const lockTable = new Map<string, object>([[documentLockScope(workspace), {}]]);
    const response = edit(workspace, 'Cases', 'D2', 'Resolved', { lockTable });
    expect([cellAt(workspace, 2, STATUS), cellAt(workspace, 2, RESOLUTION_DATE)]).toEqual(['Resolved', '']);
    expect(response.shown).toEqual([
      expect.objectContaining({
        type: 'toast',
        message: 'Another member is changing the records right now, so Resolution Date was not filled in automatically. Please enter it by hand.',
      }),
    ]);
  });

  it('keeps Status as typed and the date blank or today, whichever call fails', () => {
    const template = trackerWithOngoingCase();
    const total = totalCalls(edit(copyOf(template), 'Cases', 'D2', 'Resolved'));
    const outcomes = new Set<string | null>();
    for (let failAtCall = 1; failAtCall <= total; failAtCall++) {
      // The person's typing is not a service call: it is made first, then the trigger fires with the fault.
      const faulty = copyOf(template);
      sheetState(faulty, 'Cases').values[1][STATUS] = 'Resolved';
      run(faulty, 'onEdit', { failAtCall, selection: { sheet: 'Cases', a1: 'D2' } });
      expect(cellAt(faulty, 2, STATUS)).toBe('Resolved');
      const day = resolutionDay(faulty, 2);
      expect([null, todayIn('Europe/London')]).toContain(day);
      outcomes.add(day);
    }
    expect(outcomes.size).toBe(2);
  });
});
