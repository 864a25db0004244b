/**
 * Actions that loop over every case document against Apps Script's six minutes a run
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). The
 * emulator estimates each run's time from its calls and stops a run past the limit with "Exceeded
 * maximum execution time", as Google does; the add-on works a batch of cases per run
 * (src/core/caseBatches.ts), says how far it got and continues on the next run.
 */
import type { AuditSharingResult, OffboardMemberResult, OnboardMemberResult } from '../../src/core/apiTypes';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { EXECUTION_LIMIT_MS } from '../../emulator/run/costModel';
import { MEMBER_EMAIL, addCaseFolder, addIdentityKey, addMember, ok, ongoingCase, run, setUpWorkspace, sheetValues, writeCases } from './helpers';

const NEW_MEMBER = 'fictional.newcomer@example.org';
const CASE_COUNT = 500;
const WORDS = ['amber', 'quiet', 'silver', 'gentle', 'maple', 'bright', 'calm', 'misty', 'brook', 'field'];

/** Distinct two-word code names. */
function caseNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${WORDS[index % 10]}${WORDS[Math.floor(index / 10) % 10]}${WORDS[Math.floor(index / 100) % 10]} lantern`);
}

/** A tracker with 500 cases, each with its document in the case folder, shared with the chair's one member. */
function trackerWith500Documents(): { workspace: WorkspaceState; documentIds: string[] } {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  addIdentityKey(workspace, [{ realName: 'Fictional Person One', personCodeName: 'Blue Jay' }], { editors: [] });
  const names = caseNames(CASE_COUNT);
  const { documents } = addCaseFolder(workspace, names, { editors: [MEMBER_EMAIL] });
  writeCases(workspace, names.map((caseCodeName, index) => ongoingCase({ caseCodeName, documents: documents[index].url })));
  return { workspace, documentIds: documents.map((document) => document.id) };
}

const ONBOARDING = { role: 'Member', identityKeyAccess: true, conflicts: [] };

/** Runs `fn` again while it says it is unfinished (at most `maxRuns` times): each run's result and estimated time. */
function runUntilFinished<T extends { unfinished?: string }>(workspace: WorkspaceState, fn: string, args: unknown[], maxRuns = 15) {
  const results: T[] = [];
  const times: number[] = [];
  for (let attempt = 0; attempt < maxRuns; attempt += 1) {
    const response = run(workspace, fn, { args });
    times.push(response.estimatedMs ?? 0);
    results.push(ok<T>(response));
    if (!results[results.length - 1].unfinished) break;
  }
  return { results, times };
}

describe('onboarding a member to 500 case documents', () => {
  it('stays inside six minutes a run, says how far it got, and finishes over several runs', () => {
    const { workspace, documentIds } = trackerWith500Documents();
    const { results, times } = runUntilFinished<OnboardMemberResult>(workspace, 'onboardMember', [NEW_MEMBER, ONBOARDING]);
    expect(results.map((result) => result.sharedCases.length)).toEqual([100, 100, 100, 100, 100]);
    expect(Math.max(...times)).toBeLessThan(EXECUTION_LIMIT_MS);
    expect(results[0].unfinished).toBe(
      `Done for 100 case documents in this run; 400 more remain, as Google stops a run after six minutes. Run Onboard member for ${NEW_MEMBER} with the same choices again to continue where this run stopped.`,
    );
    expect(documentIds.filter((id) => !workspace.files[id].editors.includes(NEW_MEMBER))).toEqual([]);
    expect([results[3].identityKeyShared, results[4].identityKeyShared, workspace.files['identity-key'].editors]).toEqual([false, true, [NEW_MEMBER]]);
  });

  it('writes the member row and the audit line once, on the first run', () => {
    const { workspace } = trackerWith500Documents();
    for (let attempt = 0; attempt < 5; attempt += 1) ok(run(workspace, 'onboardMember', { args: [NEW_MEMBER, ONBOARDING] }));
    const onboarded = sheetValues(workspace, 'Audit Log').filter((row) => row.includes('Onboarded member'));
    const rows = sheetValues(workspace, 'Members').filter((row) => row.includes(NEW_MEMBER));
    expect([onboarded.length, rows.length]).toEqual([1, 1]);
  });
});

describe('offboarding a member from 500 case documents', () => {
  it('takes the member off the key, folder and tracker in the first run, and off every document over several', () => {
    const { workspace, documentIds } = trackerWith500Documents();
    workspace.files['identity-key'].editors.push(MEMBER_EMAIL);
    const { results, times } = runUntilFinished<OffboardMemberResult>(workspace, 'offboardMember', [MEMBER_EMAIL]);
    expect(results.length).toBe(5);
    expect(results[0].removedFrom).toEqual(expect.arrayContaining(['Identity key']));
    expect(Math.max(...times)).toBeLessThan(EXECUTION_LIMIT_MS);
    expect(documentIds.filter((id) => workspace.files[id].editors.includes(MEMBER_EMAIL))).toEqual([]);
    expect(sheetValues(workspace, 'Audit Log').filter((row) => row.includes('Offboarded member')).length).toBe(1);
  });
});

describe('auditing the sharing of 500 case documents', () => {
  it('checks and fixes them a batch per run inside six minutes, and says how far it got', () => {
    const { workspace, documentIds } = trackerWith500Documents();
    for (const id of documentIds.slice(-3)) workspace.files[id].access = 'ANYONE_WITH_LINK';
    const { results, times } = runUntilFinished<AuditSharingResult>(workspace, 'auditSharing', [true]);
    expect(results.length).toBe(10);
    expect(Math.max(...times)).toBeLessThan(EXECUTION_LIMIT_MS / 2);
    expect(results[0].unfinished).toBe(
      'Done for 50 case documents in this run; 450 more remain, as Google stops a run after six minutes. Run Audit sharing again to continue where this run stopped.',
    );
    expect(documentIds.filter((id) => workspace.files[id].access !== 'PRIVATE')).toEqual([]);
  });
});
