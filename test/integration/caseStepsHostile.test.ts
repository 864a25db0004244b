/**
 * Record a step and Needs attention's choice given what no page sends (spec section 10: every bad
 * input gets a clear sentence and changes nothing): numbers, lists and objects where text belongs,
 * an object whose toString is no function among them, which String() would throw on.
 */
import type { WorkspaceState } from '../../emulator/workspace/state';
import { MEMBER_EMAIL, addMember, cellOf, copyOf, errorOf, ongoingCase, run, setUpWorkspace, writeCases } from './helpers';

function tracker(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  writeCases(workspace, [ongoingCase({ caseCodeName: 'quiet lantern', dateOfReport: '2024-05-02' })]);
  return workspace;
}

const UNKNOWN_STEP = 'That step is not in the Settings list of steps, so nothing was recorded.';
const BAD_DATE = 'The date must be a real day written as YYYY-MM-DD, so nothing was recorded.';
const NO_CASE = 'This row has no valid case code name, so no step can be recorded for it.';

describe('recordCaseStep given what no page sends', () => {
  it.each([
    ['a step that is a number', [{ step: 42 }], UNKNOWN_STEP],
    ['a step that is an object whose toString is no function', [{ step: { toString: 1 } }], UNKNOWN_STEP],
    ['a request that is text', ['Received'], UNKNOWN_STEP],
    ['a request that is a list', [['Received']], UNKNOWN_STEP],
    ['no request at all', [], UNKNOWN_STEP],
    ['a date that is a number', [{ step: 'Received', date: 20250305 }], BAD_DATE],
    ['a date that is an object whose toString is no function', [{ step: 'Received', date: { toString: 1 } }], BAD_DATE],
    ['a case code name that is an object', [{ step: 'Received', caseCodeName: { toString: 1 } }], NO_CASE],
  ])('refuses %s with one sentence and writes nothing', (_, args, message) => {
    const workspace = tracker();
    const before = copyOf(workspace);
    const response = run(workspace, 'recordCaseStep', { args, user: MEMBER_EMAIL, selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', 2) } });
    expect(errorOf(response)).toBe(message);
    expect(workspace).toStrictEqual(before);
  });
});

describe('selectCase given what no page sends', () => {
  it.each([[42], [{ toString: 1 }], [['quiet lantern']], [null]])('refuses %j as an unknown case and moves nothing', (caseCodeName) => {
    const workspace = tracker();
    const response = run(workspace, 'selectCase', { args: [caseCodeName], user: MEMBER_EMAIL });
    expect(errorOf(response)).toBe('No case in Cases has that code name that you may see.');
    expect('selection' in response && response.selection).toBeFalsy();
  });
});
