/**
 * Spec section 9 across the whole add-on: every global function of the built bundle, called by
 * someone who may not use it, changes nothing (the whole workspace JSON is compared) and says
 * why. The functions are read from build/Code.js, so entry points added later are covered
 * without touching this file. Also: the audit log holds one line per changing action, with case
 * code names and member emails only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { menuFunctionNames } from '../../src/core/menu';
import type { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';
import {
  BUILD_DIR, CHAIR_EMAIL, MEMBER_EMAIL, OUTSIDER_EMAIL, addIdentityKey, addMember, alerts, cellOf, copyOf, documentLockScope, freshWorkspace, ok,
  ongoingCase, resolvedCase, run, setUpWorkspace, sheetValues, totalCalls, writeCases, shareStatusSpreadsheet
} from './helpers';
import { findTexts } from './privacyScan';

const INACTIVE_CHAIR = 'fictional.former@example.org';
const NEW_MEMBER = 'fictional.newcomer@example.org';
const PERSON = { realName: 'Fictional Person One', aliases: 'fictional-handle-01', personCodeName: 'Blue Jay' };
const HOME = 'home shelf';
const QUIET = 'quiet lantern';

const REFUSALS = {
  notMember: 'Only active members of the working group can use Django CoC. Ask the chair to add you.',
  inactive: 'Your membership of the working group is no longer active, so you cannot use Django CoC. Ask the chair if this is a mistake.',
  chairOnly: /^Only the chair can /,
  identityKey: /^Only (the chair|members with Identity Key Access) can /,
};

/** Spec section 12's entry points: the bundle must have each. */
const SPEC_SECTION_12 = [
  'onOpen', 'onInstall', 'onEdit', 'setUpSpreadsheet', 'generateCodeName', 'validateRecords', 'createIdentityKey',
  'linkIdentityKey', 'refreshIdentityKey', 'openCaseDocument', 'onboardMember', 'declareConflict', 'offboardMember',
  'auditSharing', 'showLogReportSidebar', 'logReport', 'showStatisticsDialog', 'exportStatistics', 'renameCase', 'reviewRetention', 'screenAttendees', 'checkDraft',
];

/** Simple triggers: onOpen/onInstall only register the menu; onEdit is checked on its own below. */
const TRIGGERS = new Set(['onOpen', 'onInstall', 'onEdit']);

/** Spec section 9: the chair alone sets up, exports statistics, onboards and offboards (and audits sharing). */
const CHAIR_ONLY = new Set([
  'setUpSpreadsheet', 'setUpSpreadsheetFromMenu', 'exportStatistics', 'showStatisticsDialog', 'onboardMember', 'getOnboardingOptions',
  'showOnboardingDialog', 'offboardMember', 'offboardMemberFromMenu', 'auditSharing', 'auditSharingFromMenu',
  'grantAccess', 'grantAccessFromMenu', 'removeConflict', 'removeConflictFromMenu', 'handOverChair', 'handOverChairFromMenu',
  'reviewRetention', 'showRetentionDialog',
]);

/** Identity key work needs Identity Key Access (some of it is the chair's alone). */
const IDENTITY_KEY_WORK = new Set([
  'createIdentityKey', 'createIdentityKeyFromMenu', 'linkIdentityKey', 'linkIdentityKeyFromMenu', 'refreshIdentityKey', 'refreshIdentityKeyFromMenu',
  'screenAttendees', 'showScreeningDialog',
]);

/** Every top-level function the build wrote for an export of src/main.ts. */
function bundleFunctions(): string[] {
  const code = readFileSync(join(BUILD_DIR, 'Code.js'), 'utf8');
  return [...code.matchAll(/^function (\w+)\(\) \{ return __DjangoCoC\.\w+\.apply\(this, arguments\); \}$/gm)].map((match) => match[1]).sort();
}

const FUNCTIONS = bundleFunctions();
const CALLABLE = FUNCTIONS.filter((name) => !TRIGGERS.has(name));

/** Arguments that would do real work if the access check let them through. */
function argumentsFor(name: string, user: string): unknown[] {
  const table: Record<string, unknown[]> = {
    linkIdentityKey: ['identity-key'],
    onboardMember: [NEW_MEMBER, { role: 'Chair', identityKeyAccess: true, conflicts: [] }],
    declareConflict: [user, HOME],
    offboardMember: [MEMBER_EMAIL],
    grantAccess: [user, HOME],
    removeConflict: [user, HOME],
    handOverChair: [user],
    auditSharing: [true],
    reviewRetention: [true],
    screenAttendees: [PERSON.realName, '2025-06-01'],
    checkDraft: [`${PERSON.realName} wrote at 14:32.`],
    exportStatistics: [{ grouping: 'year', dateBasis: 'report' }],
    logReport: [
      { dateOfReport: '2025-03-01', kind: 'needs-decision', people: [{ personCodeName: PERSON.personCodeName }], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.' },
    ],
  };
  return table[name] ?? [];
}

/**
 * Chair, a member without Identity Key Access, an inactive chair with it; two cases with their
 * documents, an identity key, and a Cases row whose Status was just set to Resolved (onEdit's cue).
 */
function groupWorkspace(): WorkspaceState {
  const workspace = shareStatusSpreadsheet(setUpWorkspace(), OUTSIDER_EMAIL);
  addMember(workspace, MEMBER_EMAIL);
  addMember(workspace, INACTIVE_CHAIR, { role: 'Chair', identityKeyAccess: true, active: false });
  addIdentityKey(workspace, [PERSON], { editors: [INACTIVE_CHAIR] });
  writeCases(workspace, [
    ongoingCase({ caseCodeName: HOME, personCodeName: PERSON.personCodeName }),
    ongoingCase({ caseCodeName: QUIET }),
    resolvedCase({ caseCodeName: 'amber kettle', resolutionDate: '' }),
  ]);
  for (const row of [2, 3]) ok(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', row) } }));
  return workspace;
}

const WORKSPACE = groupWorkspace();

function callAs(workspace: WorkspaceState, name: string, user: string): RunResponse {
  return run(workspace, name, {
    user,
    args: argumentsFor(name, user),
    // One OK, for the refusal's alert: a handler that asked anything first would get an answer
    // that does not fit its question, or show more than the refusal, and fail the test.
    answers: ['OK'],
    selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', 2) },
  });
}

/** The sentence the person was given: the thrown error, or the alert of a menu handler. */
function reasonGiven(response: RunResponse): string {
  if ('error' in response) return response.error;
  return alerts(response).join('\n');
}

describe('the built bundle', () => {
  it('has every entry point of spec section 12 and every menu function', () => {
    const missing = [...SPEC_SECTION_12, ...menuFunctionNames()].filter((name) => !FUNCTIONS.includes(name));
    expect(missing).toEqual([]);
  });
});

describe.each([
  ['a non-member', OUTSIDER_EMAIL, REFUSALS.notMember],
  ['an inactive member (even a former chair)', INACTIVE_CHAIR, REFUSALS.inactive],
])('called by %s', (_who, user, refusal) => {
  it.each(CALLABLE)('%s changes nothing and says why', (name) => {
    const workspace = copyOf(WORKSPACE);
    const response = callAs(workspace, name, user);
    expect(reasonGiven(response)).toBe(refusal);
    expect(workspace).toStrictEqual(WORKSPACE);
  });

  it.each(CALLABLE)('%s reads nothing but Members before refusing', (name) => {
    const { calls } = callAs(copyOf(WORKSPACE), name, user);
    expect({ sheetsOpened: calls['Spreadsheet.getSheetByName'], sheetsRead: calls['Range.getValues'] }).toEqual({ sheetsOpened: 1, sheetsRead: 1 });
  });

  it('shows them nothing but the refusal: no sidebar, dialog or question', () => {
    const shown = CALLABLE.flatMap((name) => callAs(copyOf(WORKSPACE), name, user).shown.map((item) => `${name}: ${item.type}`));
    expect(shown.filter((line) => !line.endsWith(': alert'))).toEqual([]);
  });

  it.each(['onOpen', 'onInstall'].filter((name) => FUNCTIONS.includes(name)))('%s only registers the menu, changing nothing', (name) => {
    const workspace = copyOf(WORKSPACE);
    run(workspace, name, { user });
    expect(workspace).toStrictEqual(WORKSPACE);
  });

  it('onEdit changes nothing for them', () => {
    const workspace = copyOf(WORKSPACE);
    run(workspace, 'onEdit', { user, selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', 4) } });
    expect(workspace).toStrictEqual(WORKSPACE);
  });
});

/** Entry points that change records: each reads Members under the document lock, so whom it shares with or acts for is current. */
const LOCKED = [
  'setUpSpreadsheet', 'validateRecords', 'createIdentityKey', 'createIdentityKeyFromMenu', 'linkIdentityKey', 'refreshIdentityKey',
  'refreshIdentityKeyFromMenu', 'openCaseDocument', 'openCaseDocumentFromMenu', 'onboardMember', 'declareConflict', 'offboardMember',
  'auditSharing', 'logReport', 'exportStatistics', 'screenAttendees',
];
const BUSY = 'Another member is changing the records right now. Nothing was changed; please try again in a moment.';

describe('while another execution holds the document lock', () => {
  it.each(LOCKED)('%s reads nothing, not even Members, and asks the person to retry', (name) => {
    const workspace = copyOf(WORKSPACE);
    const lockTable = new Map<string, object>([[documentLockScope(workspace), {}]]);
    const response = run(workspace, name, { args: argumentsFor(name, CHAIR_EMAIL), lockTable, answers: ['OK'] });
    expect({ reason: reasonGiven(response), sheetsRead: response.calls['Range.getValues'] }).toEqual({ reason: BUSY, sheetsRead: undefined });
    expect(workspace).toStrictEqual(WORKSPACE);
  });
});

describe('called by a member who is not the chair', () => {
  it.each(CALLABLE.filter((name) => CHAIR_ONLY.has(name)))('%s changes nothing and says only the chair can', (name) => {
    const workspace = copyOf(WORKSPACE);
    const response = callAs(workspace, name, MEMBER_EMAIL);
    expect(reasonGiven(response)).toMatch(REFUSALS.chairOnly);
    expect(workspace).toStrictEqual(WORKSPACE);
  });
});

describe('called by a member without Identity Key Access', () => {
  it.each(CALLABLE.filter((name) => IDENTITY_KEY_WORK.has(name)))('%s changes nothing and says why', (name) => {
    const workspace = copyOf(WORKSPACE);
    const response = callAs(workspace, name, MEMBER_EMAIL);
    expect(reasonGiven(response)).toMatch(REFUSALS.identityKey);
    expect(workspace).toStrictEqual(WORKSPACE);
  });
});

describe('the audit log', () => {
  /** Runs one changing action of each kind of section 6 and returns the lines they appended. */
  function appendedLines(): { lines: (string | number | boolean | object)[][]; workspace: WorkspaceState; responses: RunResponse[] } {
    const workspace = copyOf(WORKSPACE);
    const before = sheetValues(workspace, 'Audit Log').length;
    const responses = [
      run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', 4) } }),
      run(workspace, 'onboardMember', { args: [NEW_MEMBER, { conflicts: [HOME] }] }),
      run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, QUIET], user: MEMBER_EMAIL }),
      run(workspace, 'offboardMember', { args: [NEW_MEMBER] }),
    ];
    const document = Object.values(workspace.files).find((file) => file.name === HOME && file.mimeType.endsWith('document'));
    if (document) document.access = 'ANYONE_WITH_LINK';
    responses.push(run(workspace, 'auditSharing', { args: [true] }));
    responses.forEach((response) => ok(response));
    return { lines: sheetValues(workspace, 'Audit Log').slice(before), workspace, responses };
  }

  it('holds one line per changing action, naming the action', () => {
    expect(appendedLines().lines.map((line) => line[2])).toEqual([
      'Created case document', 'Onboarded member', 'Declared conflict', 'Offboarded member', 'Fixed sharing',
    ]);
  });

  it('holds only a timestamp, a member email, the action and case code names', () => {
    for (const [timestamp, email, , cases = ''] of appendedLines().lines) {
      expect({ timestamp, email, cases }).toEqual({
        timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        email: expect.stringMatching(/^[a-z.]+@example\.org$/),
        cases: expect.stringMatching(/^([a-z]+ [a-z]+(, [a-z]+ [a-z]+)*)?$/),
      });
    }
  });

  it('never holds a real name or alias, nor does anything else these actions wrote or said', () => {
    const { workspace, responses } = appendedLines();
    expect(findTexts([PERSON.realName, PERSON.aliases], workspace, ['identity-key'], responses)).toEqual([]);
  });

  /** Changing actions that a retry would not log again, each with a workspace it changes. */
  const LOGGED_ONCE: [string, string, () => WorkspaceState, unknown[], string][] = [
    ['setUpSpreadsheet', 'Set up or repair', () => freshWorkspace(), [], CHAIR_EMAIL],
    ['createIdentityKey', 'Created identity key', () => setUpWorkspace(), [], CHAIR_EMAIL],
    ['linkIdentityKey', 'Linked identity key', () => withKey({ link: false }), ['identity-key'], CHAIR_EMAIL],
    ['refreshIdentityKey', 'Refreshed identity key', () => withKey({ link: true }), [], CHAIR_EMAIL],
    ['declareConflict', 'Declared conflict', () => copyOf(WORKSPACE), [MEMBER_EMAIL, HOME], MEMBER_EMAIL],
  ];

  /** A tracker naming the key's one person, whose Report Count in the key is stale. */
  function withKey(options: { link: boolean }): WorkspaceState {
    const workspace = setUpWorkspace();
    addIdentityKey(workspace, [PERSON], { link: options.link });
    writeCases(workspace, [ongoingCase({ caseCodeName: HOME, personCodeName: PERSON.personCodeName })]);
    return workspace;
  }

  it.each(LOGGED_ONCE)('%s leaves its line after a fault at any call and a retry, or says it must be added by hand', (name, action, make, args, user) => {
    const total = totalCalls(run(make(), name, { args, user }));
    const unlogged: number[] = [];
    for (let failAtCall = 1; failAtCall <= total; failAtCall++) {
      const workspace = make();
      const faulted = run(workspace, name, { args, user, failAtCall });
      run(workspace, name, { args, user });
      const logged = sheetValues(workspace, 'Audit Log').some((line) => line[2] === action);
      const toldToAddByHand = 'error' in faulted && faulted.error.endsWith(`but the Audit Log could not be updated. Please add a "${action}" line to it by hand.`);
      if (!logged && !toldToAddByHand) unlogged.push(failAtCall);
    }
    expect(unlogged).toEqual([]);
  });

  it('is written by the chair’s and the members’ own accounts', () => {
    expect([...new Set(appendedLines().lines.map((line) => line[1]))].sort()).toEqual([CHAIR_EMAIL, MEMBER_EMAIL]);
  });
});
