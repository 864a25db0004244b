/**
 * A small working group made through the add-on itself, as the invariant tests start from: the
 * chair set up the tracker, created the identity key, onboarded a key holder, a member without
 * Identity Key Access and a member with a conflict, and logged two reports (one naming two people).
 * Every name is fictional.
 */
import { CHAIR_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, ok, run, setUpWorkspace } from '../integration/helpers';
import type { WorkspaceState } from '../../emulator/workspace/state';
import type { LogReportResult, ReportFormInput } from '../../src/core/apiTypes';

export { CHAIR_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL };
export const CONFLICTED_EMAIL = 'fictional.conflicted@example.org';
export const FORMER_MEMBER_EMAIL = 'fictional.former@example.org';
export const STRANGER_EMAIL = 'fictional.stranger@example.org';

export const PERSON_ONE = 'Fictional Person One';
export const PERSON_TWO = 'Fictional Person Two';
export const SUMMARY_ONE = 'Fictional summary one: a talk was interrupted twice at a fictional meetup.';
export const SUMMARY_TWO = 'Fictional summary two: an unkind remark in a fictional chat channel.';

export function reportForm(overrides: Partial<ReportFormInput> = {}): ReportFormInput {
  return {
    dateOfReport: '2025-03-01',
    kind: 'needs-decision',
    people: [],
    safetyRisk: 'No',
    ongoingHarassment: 'Maybe',
    status: 'Ongoing',
    summary: SUMMARY_ONE,
    ...overrides,
  };
}

export interface World {
  workspace: WorkspaceState;
  keyId: string;
  /** The two-person case, then the one-person case. */
  cases: LogReportResult[];
  /** Every real name and summary the world was given. */
  secrets: string[];
}

/** The group above; the conflicted member declared a conflict for the first case; a former member was offboarded. */
export function healthyWorld(): World {
  const workspace = setUpWorkspace();
  const { spreadsheetId: keyId } = ok<{ spreadsheetId: string }>(run(workspace, 'createIdentityKey'));
  ok(run(workspace, 'onboardMember', { args: [KEY_HOLDER_EMAIL, { role: 'Member', identityKeyAccess: true, conflicts: [] }] }));
  ok(run(workspace, 'onboardMember', { args: [MEMBER_EMAIL, { role: 'Member', identityKeyAccess: false, conflicts: [] }] }));
  ok(run(workspace, 'onboardMember', { args: [FORMER_MEMBER_EMAIL, { role: 'Member', identityKeyAccess: false, conflicts: [] }] }));
  const first = ok<LogReportResult>(
    run(workspace, 'logReport', { args: [reportForm({ people: [{ realName: PERSON_ONE }, { realName: PERSON_TWO }] })] }),
  );
  ok(run(workspace, 'onboardMember', { args: [CONFLICTED_EMAIL, { role: 'Member', identityKeyAccess: false, conflicts: [first.caseCodeName] }] }));
  const second = ok<LogReportResult>(
    run(workspace, 'logReport', {
      args: [reportForm({ people: [{ realName: PERSON_ONE }], summary: SUMMARY_TWO, status: 'Resolved', resolutionSource: 'CoC WG', resolutionDate: '2025-03-10', consequences: 'Warning' })],
    }),
  );
  ok(run(workspace, 'offboardMember', { args: [FORMER_MEMBER_EMAIL] }));
  return { workspace, keyId, cases: [first, second], secrets: [PERSON_ONE, PERSON_TWO, SUMMARY_ONE, SUMMARY_TWO] };
}
