/**
 * Members kept out of a new case (spec sections 6 and 7): those the reporter asked to keep out, and
 * a member who is a reported party. Each gets a conflict before the document is shared, and never
 * gets the document; only a member with Identity Key Access is told of a reported party.
 */
import {
  CHAIR_EMAIL,
  KEY_HOLDER_EMAIL,
  MEMBER_EMAIL,
  addIdentityKey,
  addMember,
  errorOf,
  ok,
  run,
  setUpWorkspace,
  sheetValues,
} from './helpers';
import { WorkspaceState } from '../../emulator/workspace/state';
import { reportForm } from '../invariants/world';
import type { LogReportOptions, LogReportResult, OnboardMemberResult, ReportFormInput } from '../../src/core/apiTypes';

/** A member whose email is also an alias of a person in the key: a reported party once named. */
const REPORTED_MEMBER = 'fictional.alias.member@example.org';
const BYSTANDER = 'fictional.bystander@example.org';
const PERSON = { realName: 'Fictional Person One', aliases: `fictional-handle-01; ${REPORTED_MEMBER}`, personCodeName: 'Blue Jay' };

function world(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
  addMember(workspace, MEMBER_EMAIL, { identityKeyAccess: false });
  addMember(workspace, REPORTED_MEMBER);
  addMember(workspace, BYSTANDER);
  addIdentityKey(workspace, [PERSON], { editors: [KEY_HOLDER_EMAIL] });
  return workspace;
}

function logReport(workspace: WorkspaceState, form: ReportFormInput, user: string): LogReportResult {
  return ok<LogReportResult>(run(workspace, 'logReport', { args: [form], user }));
}

function editorsOf(workspace: WorkspaceState, url: string): string[] {
  const id = /\/document\/d\/([^/]+)/.exec(url)?.[1] ?? '';
  return workspace.files[id].editors;
}

function conflictPairs(workspace: WorkspaceState): string[][] {
  return sheetValues(workspace, 'Conflicts').slice(1).map((row) => [String(row[0]), String(row[1])]);
}

describe('a member the reporter asked to keep out', () => {
  it('gets a conflict on the new case and never the document', () => {
    const workspace = world();
    const result = logReport(workspace, reportForm({ excludedMembers: [BYSTANDER.toUpperCase()] }), MEMBER_EMAIL);
    expect(conflictPairs(workspace)).toEqual([[BYSTANDER, result.caseCodeName]]);
    expect(editorsOf(workspace, result.documentUrl)).not.toContain(BYSTANDER);
    expect(editorsOf(workspace, result.documentUrl)).toContain(KEY_HOLDER_EMAIL);
  });

  it('is offered in the sidebar, the member logging left out', () => {
    const options = ok<LogReportOptions>(run(world(), 'getLogReportOptions', { user: MEMBER_EMAIL }));
    expect(options.members).toEqual(expect.arrayContaining([CHAIR_EMAIL, KEY_HOLDER_EMAIL, REPORTED_MEMBER, BYSTANDER]));
    expect(options.members).not.toContain(MEMBER_EMAIL);
  });

  it('must be an active member: anyone else is refused and nothing is written', () => {
    const workspace = world();
    const before = JSON.stringify(workspace);
    const response = run(workspace, 'logReport', { args: [reportForm({ excludedMembers: ['fictional.nobody@example.org'] })], user: MEMBER_EMAIL });
    expect(errorOf(response)).toContain('only active members can be kept out');
    expect(JSON.stringify(workspace)).toBe(before);
  });
});

describe('the member logging a report', () => {
  it('cannot keep themselves out of it: refused on the field, nothing written', () => {
    const workspace = world();
    const before = JSON.stringify(workspace);
    const response = run(workspace, 'logReport', { args: [reportForm({ excludedMembers: [MEMBER_EMAIL] })], user: MEMBER_EMAIL });
    expect(errorOf(response)).toContain('You cannot keep yourself out of a report you log: ask another member to log it.');
    expect(JSON.stringify(workspace)).toBe(before);
  });

  it('cannot log a report that names them: refused before any conflict, document or step is written', () => {
    const workspace = setUpWorkspace();
    addMember(workspace, REPORTED_MEMBER, { identityKeyAccess: true });
    addMember(workspace, BYSTANDER);
    addIdentityKey(workspace, [PERSON], { editors: [REPORTED_MEMBER] });
    const before = JSON.stringify(workspace);
    const response = run(workspace, 'logReport', { args: [reportForm({ people: [{ realName: 'Fictional Person One' }] })], user: REPORTED_MEMBER });
    expect(errorOf(response)).toBe('You would have a conflict of interest on this case, so you cannot log it. Ask another member to log it; nothing was logged.');
    expect(JSON.stringify(workspace)).toBe(before);
  });
});

describe('a member who is a reported party', () => {
  it('named by a real name whose alias is their email: a conflict, no access, and the key holder is told', () => {
    const workspace = world();
    const result = logReport(workspace, reportForm({ people: [{ realName: 'fictional person one' }] }), KEY_HOLDER_EMAIL);
    expect(conflictPairs(workspace)).toEqual([[REPORTED_MEMBER, result.caseCodeName]]);
    expect(editorsOf(workspace, result.documentUrl)).not.toContain(REPORTED_MEMBER);
    expect(editorsOf(workspace, result.documentUrl)).toContain(BYSTANDER);
    expect(result.reportedMembers).toEqual([REPORTED_MEMBER]);
  });

  it('named again by code name by a member without Identity Key Access: kept out again, and that member is told nothing', () => {
    const workspace = world();
    logReport(workspace, reportForm({ people: [{ realName: 'Fictional Person One' }] }), KEY_HOLDER_EMAIL);
    const second = logReport(workspace, reportForm({ people: [{ personCodeName: 'Blue Jay' }] }), MEMBER_EMAIL);
    expect(conflictPairs(workspace)).toContainEqual([REPORTED_MEMBER, second.caseCodeName]);
    expect(editorsOf(workspace, second.documentUrl)).not.toContain(REPORTED_MEMBER);
    expect(second.reportedMembers).toEqual([]);
    expect(JSON.stringify(second)).not.toContain(REPORTED_MEMBER);
  });

  it('leaves a report about someone else alone', () => {
    const workspace = world();
    const result = logReport(workspace, reportForm({ people: [{ realName: 'Fictional Person Two' }] }), KEY_HOLDER_EMAIL);
    expect(conflictPairs(workspace)).toEqual([]);
    expect(result.reportedMembers).toEqual([]);
  });
});

describe('onboarding a member who is a reported party', () => {
  const NEWCOMER = 'fictional.newcomer@example.org';

  it("records a conflict on each of that person's cases before sharing, and shares the others", () => {
    const workspace = setUpWorkspace();
    addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
    addIdentityKey(workspace, [PERSON, { realName: 'Fictional Newcomer', aliases: 'fictional-handle-02', personCodeName: 'Red Fox' }], { editors: [KEY_HOLDER_EMAIL] });
    const about = logReport(workspace, reportForm({ people: [{ personCodeName: 'Red Fox' }] }), KEY_HOLDER_EMAIL);
    const other = logReport(workspace, reportForm({ people: [{ personCodeName: 'Blue Jay' }] }), KEY_HOLDER_EMAIL);
    const result = ok<OnboardMemberResult>(run(workspace, 'onboardMember', { args: [NEWCOMER, { role: 'Member', identityKeyAccess: false, conflicts: [] }] }));
    expect(result.reportedPartyCases).toEqual([about.caseCodeName]);
    expect(conflictPairs(workspace)).toEqual([[NEWCOMER, about.caseCodeName]]);
    expect(editorsOf(workspace, about.documentUrl)).not.toContain(NEWCOMER);
    expect(editorsOf(workspace, other.documentUrl)).toContain(NEWCOMER);
  });
});
