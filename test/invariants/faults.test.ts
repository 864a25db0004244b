/**
 * A fault at every call (issues 13 and 12): for every action that changes records or sharing (the
 * chair's Grant access, Remove conflict and Hand over the chair among them), and the key readers
 * Screen an attendee list and Check a draft, a run where the Nth
 * service call throws, for every N the action makes. After each, the invariants hold, or running
 * the same action again (for a report logged part-way, refreshing the key, as its message says)
 * restores them; and the person was told what happened, in a sentence.
 */
import { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { alerts, cellOf, copyOf, run, seededUuid, sheetState, totalCalls } from '../integration/helpers';
import { Step, checkInvariants, conflictsOf, describeBreach, linkedId } from './checkInvariants';
import { CHAIR_EMAIL, CONFLICTED_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, PERSON_ONE, World, healthyWorld, reportForm } from './world';

interface FaultAction {
  function: string;
  user?: string;
  args?: (world: World) => unknown[];
  /** The cell of Cases the action works on, by header and row. */
  cell?: [string, number];
  answers?: string[];
  /** Puts the workspace where the action has something to do. */
  prepare?: (world: World) => void;
  /** What a person does after the run, when the run left records to finish: by default the same again. */
  recover?: (response: RunResponse) => string;
  /**
   * Beyond the invariants, what must agree once the action is done or undone: the change it makes
   * and its audit line go together. Each problem found is one sentence; none means settled.
   */
  settled?: (world: World, before: WorkspaceState, told: string) => string[];
}

/** Lines of the Audit Log with this action, beyond those already there `before`. */
function newAuditLines(workspace: WorkspaceState, before: WorkspaceState, action: string): number {
  const count = (state: WorkspaceState) => sheetState(state, 'Audit Log').values.filter((cells) => cells[2] === action).length;
  return count(workspace) - count(before);
}

function canOpen(workspace: WorkspaceState, id: string, email: string): boolean {
  const file = workspace.files[id];
  return [file.owner, ...file.editors, ...file.viewers].includes(email);
}

/**
 * A change made exactly when its audit line was written, or, when a fault came between them, the
 * person `told` to add the line by hand.
 */
function loggedTogether(changed: boolean, lines: number, what: string, action: string, told: string): string[] {
  if (lines > 1) return [`${lines} "${action}" lines for one ${what}`];
  if (changed && lines === 0 && told.includes(`add a "${action}" line to the Audit Log by hand`)) return [];
  if (changed && lines === 0 && told.includes(`Please add a "${action}" line to it by hand`)) return [];
  return changed === (lines === 1) ? [] : [changed ? `${what} happened without its "${action}" audit line` : `an "${action}" audit line without ${what}`];
}

/** The case folder's id, from its row of Settings. */
function caseFolderId(workspace: WorkspaceState): string {
  const settings = sheetState(workspace, 'Settings').values;
  return String(settings.find((cells) => cells.includes('Case Documents Folder ID'))?.[settings[0].indexOf('Value')] ?? '');
}

/** Grant access to the member of `target`, after the chair typed what it needs into their Members row. */
function grantToMember(target: string, [header, value]: [string, string], fileId: (world: World) => string): FaultAction {
  return {
    function: 'grantAccess',
    args: () => [MEMBER_EMAIL, target],
    prepare: (world) => {
      const members = sheetState(world.workspace, 'Members').values;
      members.find((cells) => cells[0] === MEMBER_EMAIL)![members[0].indexOf(header)] = value;
    },
    settled: (world, before, told) => loggedTogether(canOpen(world.workspace, fileId(world), MEMBER_EMAIL), newAuditLines(world.workspace, before, 'Granted access'), 'the grant', 'Granted access', told),
  };
}

function memberCell(workspace: WorkspaceState, email: string, header: string): unknown {
  const members = sheetState(workspace, 'Members').values;
  return members.find((cells) => cells[0] === email)?.[members[0].indexOf(header)];
}

/** A new one-row case with no document and no code names, at row 5. */
function addBareRow(world: World): void {
  const cases = sheetState(world.workspace, 'Cases');
  cases.values.push(cases.values[3].map((cell, column) => ([1, 2, 9].includes(column) ? '' : cell)));
}

const ACTIONS: Record<string, FaultAction> = {
  'Set up or repair': { function: 'setUpSpreadsheet', prepare: (world) => sheetState(world.workspace, 'Cases').values[0].splice(9, 1, '') },
  'Link identity key': { function: 'linkIdentityKey', args: (world) => [world.keyId] },
  'Refresh identity key': { function: 'refreshIdentityKey', prepare: (world) => (sheetState(world.workspace, 'Identity Key', world.keyId).values[1][3] = 9) },
  'Create or open case document': {
    function: 'openCaseDocument',
    cell: ['Case Code Name', 5],
    prepare: (world) => {
      addBareRow(world);
      sheetState(world.workspace, 'Cases').values[4][1] = 'amber kettle';
    },
  },
  'Onboard member': { function: 'onboardMember', args: (world) => ['fictional.newcomer@example.org', { role: 'Member', identityKeyAccess: true, conflicts: [world.cases[0].caseCodeName] }] },
  'Declare conflict': { function: 'declareConflict', user: MEMBER_EMAIL, args: (world) => [MEMBER_EMAIL, world.cases[0].caseCodeName] },
  'Offboard member': { function: 'offboardMember', args: () => [KEY_HOLDER_EMAIL] },
  'Audit sharing (fix)': {
    function: 'auditSharing',
    args: () => [true],
    prepare: (world) => {
      const document = world.workspace.files[linkedId(world.cases[1].documentUrl) as string];
      document.access = 'ANYONE_WITH_LINK';
      document.editors = document.editors.filter((email) => email !== MEMBER_EMAIL);
      world.workspace.files[world.keyId].editors.push(MEMBER_EMAIL);
    },
  },
  'Log a new report': {
    function: 'logReport',
    args: () => [reportForm({ people: [{ realName: PERSON_ONE }, { realName: 'Fictional Person Five' }] })],
    recover: (response) => ('error' in response && /Do not log it again/.test(response.error) ? 'refreshIdentityKey' : 'logReport'),
  },
  'Generate code name (case)': { function: 'generateCodeName', cell: ['Case Code Name', 5], prepare: addBareRow },
  'Generate code name (person)': { function: 'generateCodeName', cell: ['Person Code Name', 5], prepare: addBareRow },
  'Validate records': { function: 'validateRecords', prepare: (world) => (sheetState(world.workspace, 'Cases').values[2][3] = 'Resolvd') },
  'Export statistics': { function: 'exportStatistics', args: () => [{ grouping: 'year', dateBasis: 'report' }] },
  'Grant access (case)': {
    function: 'grantAccess',
    args: (world) => [MEMBER_EMAIL, world.cases[1].caseCodeName],
    prepare: (world) => {
      const document = world.workspace.files[linkedId(world.cases[1].documentUrl) as string];
      document.editors = document.editors.filter((email) => email !== MEMBER_EMAIL);
    },
    settled: (world, before, told) =>
      loggedTogether(canOpen(world.workspace, linkedId(world.cases[1].documentUrl) as string, MEMBER_EMAIL), newAuditLines(world.workspace, before, 'Granted access'), 'the grant', 'Granted access', told),
  },
  'Grant access (identity key)': grantToMember('identity key', ['Identity Key Access', 'Yes'], (world) => world.keyId),
  'Grant access (case folder)': grantToMember('case folder', ['Role', 'Chair'], (world) => caseFolderId(world.workspace)),
  'Remove conflict': {
    function: 'removeConflict',
    args: (world) => [CONFLICTED_EMAIL, world.cases[0].caseCodeName],
    settled: (world, before, told) => {
      const removed = !conflictsOf(world.workspace).some((conflict) => conflict.email === CONFLICTED_EMAIL);
      const view = sheetState(world.workspace, 'Conflicts').values.some((cells) => cells[0] === CONFLICTED_EMAIL);
      return [
        ...loggedTogether(removed, newAuditLines(world.workspace, before, 'Removed conflict'), 'the removal', 'Removed conflict', told),
        ...(removed && view && !/The Conflicts sheet could not be rewritten/.test(told) ? ['the Conflicts view still shows the removed conflict, and nobody was told'] : []),
        ...(!removed && canOpen(world.workspace, linkedId(world.cases[0].documentUrl) as string, CONFLICTED_EMAIL) ? ['the conflicted member was given the document'] : []),
      ];
    },
  },
  'Hand over the chair': {
    function: 'handOverChair',
    args: () => [KEY_HOLDER_EMAIL],
    // Once the Role cells changed the former chair cannot run it again; the owner's repair finishes it, as the message asks.
    recover: (response) => ('error' in response && /Ask the spreadsheet's owner to run Django CoC › Set up or repair/.test(response.error) ? 'setUpSpreadsheet' : 'handOverChair'),
    settled: (world, before, told) => {
      const newChair = memberCell(world.workspace, KEY_HOLDER_EMAIL, 'Role') === 'Chair';
      const formerStepsDown = memberCell(world.workspace, CHAIR_EMAIL, 'Role') === 'Member';
      const protections = world.workspace.spreadsheets[world.workspace.activeSpreadsheetId].protections ?? [];
      const newChairMayEdit = protections.length > 0 && protections.every((protection) => (protection.editors ?? []).includes(KEY_HOLDER_EMAIL));
      return [
        ...(newChair === formerStepsDown ? [] : ['only one of the two Role cells changed']),
        ...(newChair && !newChairMayEdit ? ['the new chair may not edit Members and Settings'] : []),
        ...(newChair && !canOpen(world.workspace, caseFolderId(world.workspace), KEY_HOLDER_EMAIL) ? ['the new chair was not given the case folder'] : []),
        ...loggedTogether(newChair, newAuditLines(world.workspace, before, 'Handed over the chair'), 'the hand-over', 'Handed over the chair', told),
      ];
    },
  },
  'Review retention (expunge)': { function: 'reviewRetention', args: () => [true] },
  'Screen an attendee list': { function: 'screenAttendees', user: KEY_HOLDER_EMAIL, args: () => [`${PERSON_ONE}\nFictional Attendee Seven`, '2025-04-14'] },
  'Check a draft': { function: 'checkDraft', user: KEY_HOLDER_EMAIL, args: () => [`Dear ${PERSON_ONE}, about the fictional sprint on 3 May 2025.`] },
  'Record a step': { function: 'recordCaseStep', user: MEMBER_EMAIL, cell: ['Status', 2], args: () => [{ step: 'Acknowledged' }] },
  // These two change no records; a fault in them must still end in a sentence, with nothing written.
  'Needs attention': { function: 'needsAttention', user: MEMBER_EMAIL },
  'Select a case from Needs attention': { function: 'selectCase', user: MEMBER_EMAIL, args: (world) => [world.cases[1].caseCodeName] },
  'Rename case': { function: 'renameCase', cell: ['Case Code Name', 2], answers: ['YES', 'OK'] },
  'Record a decision': {
    function: 'recordDecision',
    cell: ['Status', 2],
    // The first case names two people; the conflicted member is not among those who agreed.
    args: (world) => [{ consequences: decisionFor(world, ['Warning', 'Ban']), resolutionSource: 'CoC WG', agreedBy: [KEY_HOLDER_EMAIL, MEMBER_EMAIL] }],
  },
};

/** Each person of the first case's rows, given the consequences in order. */
function decisionFor(world: World, values: readonly string[]): Record<string, string> {
  const cases = sheetState(world.workspace, 'Cases').values;
  const people = cases.filter((row) => row[1] === world.cases[0].caseCodeName).map((row) => String(row[2]));
  return Object.fromEntries(people.map((person, index) => [person, values[index] ?? 'Warning']));
}

/** A raw program error, or a Google service's own message passed on, rather than a sentence for a person. */
const NOT_A_SENTENCE = /TypeError|ReferenceError|RangeError|is not a function|Cannot read propert|is not defined|\[object |^Service error/;

function toldWhatHappened(response: RunResponse): string | null {
  const said = 'error' in response ? [response.error] : alerts(response);
  const bad = said.find((message) => message.trim() === '' || NOT_A_SENTENCE.test(message));
  return bad === undefined ? null : bad;
}

let base: World;
beforeAll(() => {
  base = healthyWorld();
});

function prepared(action: FaultAction): World {
  const world: World = { ...base, workspace: copyOf(base.workspace) };
  action.prepare?.(world);
  return world;
}

function request(action: FaultAction, world: World, workspace: WorkspaceState, failAtCall?: number) {
  const selection = action.cell ? { sheet: 'Cases', a1: cellOf(workspace, 'Cases', action.cell[0], action.cell[1]) } : undefined;
  return { args: action.args?.(world) ?? [], user: action.user ?? CHAIR_EMAIL, selection, answers: action.answers, failAtCall, uuid: seededUuid(failAtCall ?? 0) };
}

function stepOf(fn: string, response: RunResponse, options: { args: unknown[]; user: string }): Step {
  return { kind: 'run', function: fn, args: options.args, user: options.user, response };
}

describe('a fault at every service call of every action that changes records', () => {
  describe.each(Object.keys(ACTIONS))('%s', (name) => {
    const action = ACTIONS[name];

    it('keeps the invariants, or is finished by running it again, and says what happened', () => {
      const clean = prepared(action);
      const secrets = [...clean.secrets, 'Fictional Person Five'];
      const auditFindings = (workspace: WorkspaceState) => () => {
        const response = run(copyOf(workspace), 'auditSharing', { args: [false] });
        return 'result' in response ? (response.result as { findings: { caseCodeName: string; problem: string }[] }).findings : [];
      };
      const startBreaches = new Set(checkInvariants(clean.workspace, { secrets, auditFindings: auditFindings(clean.workspace) }).map(describeBreach));
      const calls = totalCalls(run(copyOf(clean.workspace), action.function, request(action, clean, clean.workspace)));
      expect(calls).toBeGreaterThan(0);
      const failures: string[] = [];
      for (let failAt = 1; failAt <= calls; failAt++) {
        const world: World = { ...clean, workspace: copyOf(clean.workspace) };
        const options = request(action, world, world.workspace, failAt);
        const before = copyOf(world.workspace);
        const response = run(world.workspace, action.function, options);
        const untold = toldWhatHappened(response);
        if (untold !== null) failures.push(`fault at call ${failAt}: the person was shown "${untold}"`);
        const check = (step: Step, previous: WorkspaceState) =>
          checkInvariants(world.workspace, { before: previous, step, secrets, auditFindings: auditFindings(world.workspace) })
            .map(describeBreach)
            .filter((breach) => !startBreaches.has(breach));
        const told = 'error' in response ? response.error : '';
        const unsettled = () => action.settled?.(world, clean.workspace, told) ?? [];
        const broken = [...check(stepOf(action.function, response, options), before), ...unsettled()];
        if (broken.length === 0) continue;
        const recovery = action.recover?.(response) ?? action.function;
        const afterFault = copyOf(world.workspace);
        const retryOptions = { ...request(action, world, world.workspace), ...(recovery === action.function ? {} : { args: [], selection: undefined }) };
        const retry = run(world.workspace, recovery, retryOptions);
        const still = [...check(stepOf(recovery, retry, retryOptions), afterFault), ...unsettled()];
        if (still.length > 0) failures.push(`fault at call ${failAt} (${'error' in response ? response.error : 'ok'}), then ${recovery}: ${still.join('; ')}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
