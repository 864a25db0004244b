/**
 * A fault at every call (issue 13): for every action that changes records, a run where the Nth
 * service call throws, for every N the action makes. After each, the invariants hold, or running
 * the same action again (for a report logged part-way, refreshing the key, as its message says)
 * restores them; and the person was told what happened, in a sentence.
 */
import { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { alerts, cellOf, copyOf, run, seededUuid, sheetState, totalCalls } from '../integration/helpers';
import { Step, checkInvariants, describeBreach, linkedId } from './checkInvariants';
import { CHAIR_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, PERSON_ONE, World, healthyWorld, reportForm } from './world';

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
        const broken = check(stepOf(action.function, response, options), before);
        if (broken.length === 0) continue;
        const recovery = action.recover?.(response) ?? action.function;
        const afterFault = copyOf(world.workspace);
        const retryOptions = { ...request(action, world, world.workspace), ...(recovery === action.function ? {} : { args: [], selection: undefined }) };
        const retry = run(world.workspace, recovery, retryOptions);
        const still = check(stepOf(recovery, retry, retryOptions), afterFault);
        if (still.length > 0) failures.push(`fault at call ${failAt} (${'error' in response ? response.error : 'ok'}), then ${recovery}: ${still.join('; ')}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
