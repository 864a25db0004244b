/**
 * Members working at the same time (issue 13): runs started part-way through other runs, sharing
 * the workspace and the lock table, as Google runs executions side by side. The emulator fails a
 * test whose run changes the status spreadsheet while another holds its document lock
 * (emulator/services/sheets/pendingWrites.ts); a run refused the lock is told to try again, and is.
 */
import type { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { copyOf, edit, run, sheetValues, totalCalls } from '../integration/helpers';
import { checkInvariants, describeBreach } from './checkInvariants';
import { CHAIR_EMAIL, KEY_HOLDER_EMAIL, PERSON_ONE, World, healthyWorld, reportForm } from './world';
import type { LogReportResult } from '../../src/core/apiTypes';

const BUSY = /^Another member is changing the records right now\. Nothing was changed; please try again in a moment\.$/;

let base: World;
beforeAll(() => {
  base = healthyWorld();
});

function form(index: number) {
  return reportForm({ people: [{ realName: index % 2 === 0 ? PERSON_ONE : `Fictional Person ${20 + index}` }], summary: `Fictional summary ${index}: a remark at a fictional meetup.` });
}

function caseNames(workspace: WorkspaceState): string[] {
  return sheetValues(workspace, 'Cases').slice(1).map((row) => String(row[1]));
}

/** Runs `count` logReport calls, each started at call `at` of the one before; the refused ones try again, one after another. */
function interleavedReports(workspace: WorkspaceState, count: number, at: number): { responses: RunResponse[]; refused: number } {
  const lockTable = new Map<string, object>();
  const responses: RunResponse[] = [];
  const start = (index: number): RunResponse => {
    let started = index + 1 >= count;
    const startNext = () => {
      started = true;
      responses[index + 1] = start(index + 1);
    };
    const response = run(workspace, 'logReport', {
      args: [form(index)],
      user: index % 2 === 0 ? CHAIR_EMAIL : KEY_HOLDER_EMAIL,
      lockTable,
      beforeCall: (callNumber) => {
        if (callNumber === at && !started) startNext();
      },
    });
    // A run refused the lock stops before call `at`: the next starts as it ends, still inside the runs before.
    if (!started) startNext();
    return response;
  };
  responses[0] = start(0);
  const refused = responses.filter((response) => 'error' in response && BUSY.test(response.error)).length;
  for (let index = 0; index < count; index++) {
    for (let tries = 0; 'error' in responses[index] && BUSY.test((responses[index] as { error: string }).error) && tries < 3; tries++) {
      responses[index] = run(workspace, 'logReport', { args: [form(index)], user: index % 2 === 0 ? CHAIR_EMAIL : KEY_HOLDER_EMAIL });
    }
  }
  return { responses, refused };
}

/** What Audit sharing lists, run by the chair on a copy: a member's document outside the case folder is listed. */
function auditFindings(workspace: WorkspaceState): { caseCodeName: string; problem: string }[] {
  const response = run(copyOf(workspace), 'auditSharing', { args: [false] });
  return 'result' in response ? (response.result as { findings: { caseCodeName: string; problem: string }[] }).findings : [];
}

function expectWholeCases(workspace: WorkspaceState, before: WorkspaceState, responses: readonly RunResponse[]): void {
  const results = responses.map((response) => {
    if (!('result' in response)) throw new Error(`a report was not logged: ${'error' in response ? response.error : 'no answer'}`);
    return response.result as LogReportResult;
  });
  const names = results.map((result) => result.caseCodeName);
  expect(new Set(names).size).toBe(responses.length);
  const added = caseNames(workspace).slice(caseNames(before).length);
  expect([...new Set(added)].sort()).toEqual([...names].sort());
  const secrets = [...base.secrets, ...responses.map((_, index) => form(index).summary)];
  expect(checkInvariants(workspace, { secrets, auditFindings: () => auditFindings(workspace) }).map(describeBreach)).toEqual([]);
}

describe('members working at the same time', () => {
  it('ten interleaved reports end as ten whole cases with ten distinct code names and a correct key', () => {
    const workspace = copyOf(base.workspace);
    const before = copyOf(workspace);
    const { responses, refused } = interleavedReports(workspace, 10, 12);
    // The first holds the lock from before call 12 to its end: the nine started inside it are refused, then try again.
    expect(refused).toBe(9);
    expect(responses.filter((response) => 'error' in response)).toEqual([]);
    expectWholeCases(workspace, before, responses);
  });

  it('a second report started at any call of the first ends as two whole cases', () => {
    const calls = totalCalls(run(copyOf(base.workspace), 'logReport', { args: [form(0)] }));
    const failures: string[] = [];
    for (let at = 1; at <= calls; at++) {
      const workspace = copyOf(base.workspace);
      const before = copyOf(workspace);
      try {
        expectWholeCases(workspace, before, interleavedReports(workspace, 2, at).responses);
      } catch (error) {
        failures.push(`second report started at call ${at}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a Status typed Resolved at any call of a report either gets its date or is left for the person, and the records stay whole', () => {
    const calls = totalCalls(run(copyOf(base.workspace), 'logReport', { args: [form(0)] }));
    const failures: string[] = [];
    for (let at = 1; at <= calls; at++) {
      const workspace = copyOf(base.workspace);
      const lockTable = new Map<string, object>();
      let typed: RunResponse | undefined;
      const response = run(workspace, 'logReport', {
        args: [form(0)],
        lockTable,
        beforeCall: (callNumber) => {
          if (callNumber === at) typed = edit(workspace, 'Cases', 'D2', 'Resolved', { lockTable });
        },
      });
      const breaches = checkInvariants(workspace, { secrets: [...base.secrets, form(0).summary], identityKeyCurrent: false, auditFindings: () => auditFindings(workspace) }).map(describeBreach);
      const told = typed !== undefined && ('error' in typed || typed.shown.length > 0);
      if (!('result' in response) || breaches.length > 0 || !told) failures.push(`typed at call ${at}: ${JSON.stringify({ response: 'error' in response ? response.error : 'ok', breaches, told })}`);
    }
    expect(failures).toEqual([]);
  });
});
