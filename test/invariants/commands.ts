/**
 * What a working group does to its records, as data fast-check can generate and shrink: every
 * entry point of spec section 12 that the bundle has, run by one of six kinds of people, and hand
 * edits (typed values, cleared cells, deleted rows) of `Cases` and of every sheet the add-on owns:
 * `Members`, `Settings`, the `Conflicts` view, `Audit Log` and `Case Steps`, by the same six. Each
 * command holds small numbers ("the third case") rather than names,
 * and is turned into a concrete run against the workspace as it stands when its turn comes, so a
 * shrunk sequence still means something.
 *
 * To cover a new entry point, add a row to {@link COMMANDS}: its function name, the arguments it is
 * given, and who may try it. A row whose function the bundle lacks is left out of the sequences.
 */
import fc from 'fast-check';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { CHAIR_EMAIL, CONFLICTED_EMAIL, FORMER_MEMBER_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, PERSON_ONE, PERSON_TWO, STRANGER_EMAIL } from './world';
import { caseKey } from './checkInvariants';

/** Who runs a command: the chair, members with and without Identity Key Access, a conflicted member, an offboarded member, a stranger. */
export const ACTORS = [CHAIR_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, CONFLICTED_EMAIL, FORMER_MEMBER_EMAIL, STRANGER_EMAIL] as const;
export const NEWCOMER_EMAIL = 'fictional.newcomer@example.org';
/** Emails offered to onboarding, offboarding and conflicts: the actors (the chair aside for offboarding) and a newcomer. */
const EMAILS = [...ACTORS, NEWCOMER_EMAIL, ' Fictional.Member@Example.org '];

/** Real names a report may give: the key's people, the same in other spellings, and new people. */
export const REAL_NAMES = [PERSON_ONE, PERSON_TWO, 'ＦＩＣＴＩＯＮＡＬ Person\u00A0One', 'fictional  person two\u200B', 'Fictional Person Three', 'Fictional Person Four'];
export const SUMMARIES = [
  'Fictional summary three: shouting at a fictional sprint.',
  '=HYPERLINK("https://example.org","Fictional summary four")',
  '<img src=x onerror=alert(1)> Fictional summary five',
  'Fictional summary six\nsecond line\r\n\tthird line',
];

/** What one step does, once resolved against the workspace. */
export type Concrete =
  | { kind: 'run'; function: string; user: string; args: unknown[]; selection?: { sheet: string; a1: string }; answers?: string[] }
  | { kind: 'type'; user: string; sheet: string; a1: string; value: string | number | boolean | null }
  | { kind: 'delete-row'; user: string; sheet: string; row: number };

/** A generated command: which row of {@link COMMANDS}, and its numbers. */
export interface Command {
  name: string;
  actor: number;
  picks: number[];
  flags: boolean[];
}

/** The workspace as commands see it: `Cases` rows and the names in use. */
export interface Scene {
  workspace: WorkspaceState;
  /** Cases body rows (1-based sheet rows), and their case and person code names. */
  rows: { row: number; caseCodeName: string; personCodeName: string; documents: string }[];
  caseCodeNames: string[];
  personCodeNames: string[];
  header: string[];
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The body and header of a sheet of the tracker, as stored (empty when the sheet is missing). */
function trackerSheet(scene: Scene, name: string): { header: string[]; rows: number } {
  const sheet = scene.workspace.spreadsheets[scene.workspace.activeSpreadsheetId].sheets.find((candidate) => candidate.name === name);
  const values = sheet?.values ?? [];
  return { header: (values[0] ?? []).map((cell) => String(cell)), rows: Math.max(0, values.length - 1) };
}

export function sceneOf(workspace: WorkspaceState): Scene {
  const cases = workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Cases');
  const header = (cases?.values[0] ?? []).map((cell) => String(cell));
  const at = (title: string) => header.findIndex((cell) => cell.trim().toLowerCase() === title.toLowerCase());
  const text = (cell: unknown) => (typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '');
  const rows = (cases?.values ?? []).slice(1).map((cells, index) => ({
    row: index + 2,
    caseCodeName: text(cells[at('Case Code Name')]),
    personCodeName: text(cells[at('Person Code Name')]),
    documents: text(cells[at('Documents')]),
  }));
  const distinct = (values: string[]) => [...new Map(values.filter((value) => value.trim() !== '').map((value) => [caseKey(value), value])).values()];
  return { workspace, rows, caseCodeNames: distinct(rows.map((row) => row.caseCodeName)), personCodeNames: distinct(rows.map((row) => row.personCodeName)), header };
}

function pick<T>(items: readonly T[], n: number, fallback: T): T {
  return items.length === 0 ? fallback : items[n % items.length];
}

/** A1 of a Cases cell: a body row by number (one past the end too), in a column by header. */
function casesCell(scene: Scene, n: number, header: string): string {
  const rows = scene.rows.length + 1;
  const column = Math.max(0, scene.header.findIndex((cell) => cell.trim().toLowerCase() === header.toLowerCase()));
  return `${columnLetter(column)}${(n % rows) + 2}`;
}

function reportForm(scene: Scene, picks: number[], flags: boolean[]): Record<string, unknown> {
  const [date, people, summary, status, excluded, first, second] = picks;
  const person = (n: number) =>
    n % 3 === 0 ? { personCodeName: pick(scene.personCodeNames, n, 'Unknown Animal') } : { realName: pick(REAL_NAMES, n, PERSON_ONE) };
  const resolved = flags[0];
  return {
    dateOfReport: pick(['2025-03-01', '2024-12-31', '2025-02-30', '2099-01-01', 'yesterday'], date, '2025-03-01'),
    kind: flags[1] ? 'needs-decision' : 'keep-on-file',
    people: [person(first), person(second), person(first + second)].slice(0, people % 4),
    safetyRisk: flags[2] ? 'Yes' : 'No',
    ongoingHarassment: pick(['Yes', 'No', 'Maybe', 'Perhaps'], status, 'No'),
    status: resolved ? 'Resolved' : 'Ongoing',
    ...(resolved ? { resolutionSource: 'CoC WG', resolutionDate: pick(['2025-03-10', '2025-02-01'], status, '2025-03-10'), consequences: pick(['Warning', 'Ban', 'None', 'Shouted at'], status, 'Warning') } : {}),
    ...(flags[3] ? { excludedMembers: [pick(EMAILS, excluded, MEMBER_EMAIL)] } : {}),
    summary: pick(SUMMARIES, summary, SUMMARIES[0]),
  };
}

/** Steps a member may ask to record: known ones in other spellings, a Review date, and what is no step. */
const CASE_STEP_CHOICES: unknown[] = ['Received', 'acknowledged', ' Reporter  updated ', 'Review date', 'Acted alone', 'Action alone reviewed', 'Closed', 'Lunch', PERSON_ONE, '=1+1', '', 42, { toString: 1 }];
/** Dates a step may be given: real ones around the world's reports, one in the future, and what is no date. */
const STEP_DATES: unknown[] = ['2025-03-05', '2025-03-01', '2025-02-01', '2099-01-01', '2025-02-30', 'yesterday', '2025-3-5', 20250305, null];

/** What a person might type into a Cases column by hand. */
function typedValue(scene: Scene, header: string, n: number): string | null {
  const other = scene.rows[n % Math.max(1, scene.rows.length)];
  const byColumn: Record<string, (string | null)[]> = {
    'Case Code Name': [other?.caseCodeName ?? '', 'amber kettle', null, PERSON_ONE],
    'Person Code Name': [other?.personCodeName ?? '', PERSON_TWO, null, 'Mistyped Animal'],
    Status: ['Resolved', 'Ongoing', 'Resolvd', null],
    'Resolution Date': ['2025-04-01', '2025-02-30', null],
    Consequences: ['Ban', 'Banned', null],
    Documents: [other?.documents ?? '', null, 'see the shared drive'],
    'Date of Report': ['2024-01-05', '=TODAY()', null],
  };
  return pick(byColumn[header] ?? [null], n, null);
}


/** The sheets the add-on owns that a person may type into or delete rows of (spec section 2.2). */
export const OWNED_SHEETS = ['Members', 'Settings', 'Conflicts', 'Audit Log', 'Case Steps'] as const;

/** A1 of a cell of `sheet`: a body row by number (one past the end too, a new row), in a column by header. */
function ownedCell(scene: Scene, sheet: string, n: number, header: string): string {
  const { header: headers, rows } = trackerSheet(scene, sheet);
  const column = Math.max(0, headers.findIndex((cell) => cell.trim().toLowerCase() === header.toLowerCase()));
  return `${columnLetter(column)}${(n % (rows + 1)) + 2}`;
}

/** A1 of the Value cell of a `Settings` row named in its Setting column. */
function settingCell(scene: Scene, label: string): string {
  const sheet = scene.workspace.spreadsheets[scene.workspace.activeSpreadsheetId].sheets.find((candidate) => candidate.name === 'Settings');
  const values = sheet?.values ?? [];
  const at = (title: string) => Math.max(0, (values[0] ?? []).findIndex((cell) => String(cell).trim().toLowerCase() === title.toLowerCase()));
  const row = values.findIndex((cells) => String(cells[at('Setting')] ?? '').trim().toLowerCase() === label.toLowerCase());
  return `${columnLetter(at('Value'))}${(row === -1 ? values.length : row) + 1}`;
}

/** Ids of the workspace's files other than the tracker, of one kind ('spreadsheet', 'folder', 'document'). */
function fileIds(scene: Scene, kind: string): string[] {
  return Object.values(scene.workspace.files)
    .filter((file) => file.mimeType.endsWith(`.${kind}`) && file.id !== scene.workspace.activeSpreadsheetId)
    .map((file) => file.id)
    .sort();
}

/** What a person might type into a column of `Members`: someone else's email, a promotion, a grant, a comeback. */
const MEMBERS_VALUES: Record<string, (string | null)[]> = {
  Email: [...ACTORS, NEWCOMER_EMAIL, 'not an email', '=HYPERLINK("https://example.org","Fictional")', null],
  Role: ['Chair', 'Member', ' chair ', 'Owner', null],
  'Identity Key Access': ['Yes', 'No', 'yes ', null],
  Active: ['Yes', 'No', ' YES', null],
};

/** What a person might type into `Settings`: another file's id for the key or folder, a changed list. */
function settingsTarget(scene: Scene, n: number, value: number): { a1: string; value: string | number | null } {
  const spreadsheets = [...fileIds(scene, 'spreadsheet'), scene.workspace.activeSpreadsheetId];
  const folders = fileIds(scene, 'folder');
  const documents = fileIds(scene, 'document');
  const targets: { a1: string; values: (string | number | null)[] }[] = [
    { a1: settingCell(scene, 'Identity Key Spreadsheet ID'), values: [...spreadsheets, ...documents, '', 'not-a-spreadsheet', PERSON_ONE] },
    { a1: settingCell(scene, 'Case Documents Folder ID'), values: [...folders, ...documents, spreadsheets[0] ?? '', ''] },
    { a1: settingCell(scene, 'Public Statistics Spreadsheet ID'), values: [...spreadsheets, ''] },
    { a1: settingCell(scene, 'Small-Count Threshold'), values: [0, 5, -1, 'many', null] },
    { a1: settingCell(scene, 'Case Code Name Separator'), values: ['space', 'hyphen', '=TODAY()', null] },
    { a1: ownedCell(scene, 'Settings', value, 'Consequences'), values: ['Ban', 'Banned', 'Warning', null] },
    { a1: ownedCell(scene, 'Settings', value, 'Status'), values: ['Resolved', 'Closed', null] },
  ];
  const target = pick(targets, n, targets[0]);
  return { a1: target.a1, value: pick(target.values, value, null) };
}

/** What a person might type into the `Conflicts` view, `Audit Log` or `Case Steps`, by column. */
function ownedValues(scene: Scene): Record<string, Record<string, (string | null)[]>> {
  const cases = [...scene.caseCodeNames, PERSON_ONE, null];
  const emails = [...ACTORS, null];
  return {
    Conflicts: { 'Member Email': emails, 'Case Code Name': cases, 'Declared On': ['2025-01-01', null] },
    'Audit Log': {
      Timestamp: ['2025-01-01', null],
      'Member Email': emails,
      Action: ['Granted access', 'Removed conflict', null],
      'Case Code Names': cases,
      Digest: ['0'.repeat(64), null],
    },
    'Case Steps': { 'Case Code Name': cases, Step: ['Received', 'Decision agreed', 'Closed', 'Shouted at', null], Date: ['2025-04-01', '2025-02-30', null], 'Member Email': emails },
  };
}

/** A hand edit typed into one of `Conflicts`, `Audit Log`, `Case Steps`. */
function typeIntoOwned(sheet: 'Conflicts' | 'Audit Log' | 'Case Steps') {
  return (scene: Scene, user: string, [row, column, value]: number[]): Concrete => {
    const columns = ownedValues(scene)[sheet];
    const header = pick(Object.keys(columns), column, Object.keys(columns)[0]);
    return { kind: 'type', user, sheet, a1: ownedCell(scene, sheet, row, header), value: pick(columns[header], value, null) };
  };
}

const TYPED_COLUMNS = ['Case Code Name', 'Person Code Name', 'Status', 'Resolution Date', 'Consequences', 'Documents', 'Date of Report'];

interface CommandRow {
  /** The bundle function it runs (checked against the bundle), or null for a hand edit. */
  function: string | null;
  /** How many picks and flags it draws. */
  picks: number;
  flags: number;
  resolve(scene: Scene, user: string, picks: number[], flags: boolean[]): Concrete;
}

const run = (fn: string, args: unknown[] = [], extra: Partial<Extract<Concrete, { kind: 'run' }>> = {}) =>
  (_scene: Scene, user: string): Concrete => ({ kind: 'run', function: fn, user, args, ...extra });

/** Every command, by name. */
export const COMMANDS: Record<string, CommandRow> = {
  setUpSpreadsheet: { function: 'setUpSpreadsheet', picks: 0, flags: 0, resolve: run('setUpSpreadsheet') },
  generateCodeName: {
    function: 'generateCodeName',
    picks: 1,
    flags: 2,
    resolve: (scene, user, [row], [person, yes]) => ({
      kind: 'run',
      function: 'generateCodeName',
      user,
      args: [],
      selection: { sheet: 'Cases', a1: casesCell(scene, row, person ? 'Person Code Name' : 'Case Code Name') },
      answers: [yes ? 'YES' : 'NO'],
    }),
  },
  validateRecords: { function: 'validateRecords', picks: 0, flags: 0, resolve: run('validateRecords') },
  createIdentityKey: { function: 'createIdentityKey', picks: 0, flags: 0, resolve: run('createIdentityKey') },
  linkIdentityKey: {
    function: 'linkIdentityKey',
    picks: 1,
    flags: 0,
    resolve: (scene, user, [n]) => {
      const keys = Object.keys(scene.workspace.spreadsheets).filter((id) => id !== scene.workspace.activeSpreadsheetId);
      const choices = [...keys, scene.workspace.activeSpreadsheetId, 'not-a-spreadsheet', PERSON_ONE];
      return { kind: 'run', function: 'linkIdentityKey', user, args: [pick(choices, n, 'x')] };
    },
  },
  refreshIdentityKey: { function: 'refreshIdentityKey', picks: 0, flags: 0, resolve: run('refreshIdentityKey') },
  openCaseDocument: {
    function: 'openCaseDocument',
    picks: 1,
    flags: 0,
    resolve: (scene, user, [row]) => ({ kind: 'run', function: 'openCaseDocument', user, args: [], selection: { sheet: 'Cases', a1: casesCell(scene, row, 'Case Code Name') } }),
  },
  onboardMember: {
    function: 'onboardMember',
    picks: 3,
    flags: 3,
    resolve: (scene, user, [email, first, second], [chair, key, ticks]) => ({
      kind: 'run',
      function: 'onboardMember',
      user,
      args: [
        pick(EMAILS, email, NEWCOMER_EMAIL),
        { role: chair ? 'Chair' : 'Member', identityKeyAccess: key, conflicts: ticks ? [pick(scene.caseCodeNames, first, 'amber kettle'), pick(scene.caseCodeNames, second, 'amber kettle')] : [] },
      ],
    }),
  },
  declareConflict: {
    function: 'declareConflict',
    picks: 2,
    flags: 1,
    resolve: (scene, user, [email, n], [self]) => ({
      kind: 'run',
      function: 'declareConflict',
      user,
      args: [self ? user : pick(EMAILS, email, MEMBER_EMAIL), n % 5 === 4 ? PERSON_ONE : pick(scene.caseCodeNames, n, 'amber kettle')],
    }),
  },
  offboardMember: {
    function: 'offboardMember',
    picks: 1,
    flags: 0,
    resolve: (_scene, user, [email]) => ({ kind: 'run', function: 'offboardMember', user, args: [pick(EMAILS.filter((e) => e !== CHAIR_EMAIL), email, MEMBER_EMAIL)] }),
  },
  auditSharing: { function: 'auditSharing', picks: 0, flags: 1, resolve: (scene, user, _picks, [fix]) => run('auditSharing', [fix])(scene, user) },
  logReport: { function: 'logReport', picks: 7, flags: 4, resolve: (scene, user, picks, flags) => ({ kind: 'run', function: 'logReport', user, args: [reportForm(scene, picks, flags)] }) },
  getLogReportOptions: { function: 'getLogReportOptions', picks: 0, flags: 0, resolve: run('getLogReportOptions') },
  getOnboardingOptions: { function: 'getOnboardingOptions', picks: 0, flags: 0, resolve: run('getOnboardingOptions') },
  exportStatistics: {
    function: 'exportStatistics',
    picks: 0,
    flags: 2,
    resolve: (scene, user, _picks, [half, resolution]) =>
      run('exportStatistics', [{ grouping: half ? 'half-year' : 'year', dateBasis: resolution ? 'resolution' : 'report' }])(scene, user),
  },
  declareConflictFromMenu: {
    function: 'declareConflictFromMenu',
    picks: 1,
    flags: 0,
    resolve: (scene, user, [row]) => ({ kind: 'run', function: 'declareConflictFromMenu', user, args: [], selection: { sheet: 'Cases', a1: casesCell(scene, row, 'Status') }, answers: ['YES', 'OK'] }),
  },
  auditSharingFromMenu: { function: 'auditSharingFromMenu', picks: 0, flags: 0, resolve: run('auditSharingFromMenu', [], { answers: ['YES', 'OK'] }) },
  renameCase: {
    function: 'renameCase',
    picks: 1,
    flags: 0,
    resolve: (scene, user, [row]) => ({ kind: 'run', function: 'renameCase', user, args: [], selection: { sheet: 'Cases', a1: casesCell(scene, row, 'Case Code Name') }, answers: ['YES', 'OK'] }),
  },
  reviewRetention: { function: 'reviewRetention', picks: 0, flags: 1, resolve: (scene, user, _picks, [expunge]) => run('reviewRetention', [expunge])(scene, user) },
  checkDraft: { function: 'checkDraft', picks: 1, flags: 0, resolve: (scene, user, [n]) => run('checkDraft', [`Dear ${pick(REAL_NAMES, n, PERSON_ONE)}, about the fictional sprint.`])(scene, user) },
  needsAttention: { function: 'needsAttention', picks: 0, flags: 0, resolve: run('needsAttention') },
  typeIntoMembers: {
    function: null,
    picks: 3,
    flags: 0,
    resolve: (scene, user, [row, column, value]) => {
      const header = pick(Object.keys(MEMBERS_VALUES), column, 'Role');
      return { kind: 'type', user, sheet: 'Members', a1: ownedCell(scene, 'Members', row, header), value: pick(MEMBERS_VALUES[header], value, null) };
    },
  },
  typeIntoSettings: {
    function: null,
    picks: 2,
    flags: 0,
    resolve: (scene, user, [target, value]) => ({ kind: 'type', user, sheet: 'Settings', ...settingsTarget(scene, target, value) }),
  },
  typeIntoConflicts: { function: null, picks: 3, flags: 0, resolve: typeIntoOwned('Conflicts') },
  typeIntoAuditLog: { function: null, picks: 3, flags: 0, resolve: typeIntoOwned('Audit Log') },
  typeIntoCaseSteps: { function: null, picks: 3, flags: 0, resolve: typeIntoOwned('Case Steps') },
  deleteOwnedRow: {
    function: null,
    picks: 2,
    flags: 0,
    resolve: (scene, user, [sheet, row]) => {
      const name = pick(OWNED_SHEETS, sheet, 'Members');
      const rows = trackerSheet(scene, name).rows;
      return { kind: 'delete-row', user, sheet: name, row: rows === 0 ? 2 : (row % rows) + 2 };
    },
  },
  grantAccess: {
    function: 'grantAccess',
    picks: 2,
    flags: 1,
    resolve: (scene, user, [email, n], [key]) => ({
      kind: 'run',
      function: 'grantAccess',
      user,
      args: [pick(EMAILS, email, MEMBER_EMAIL), key ? 'identity key' : n % 5 === 4 ? PERSON_ONE : pick(scene.caseCodeNames, n, 'amber kettle')],
    }),
  },
  removeConflict: {
    function: 'removeConflict',
    picks: 2,
    flags: 0,
    resolve: (scene, user, [email, n]) => ({ kind: 'run', function: 'removeConflict', user, args: [pick(EMAILS, email, CONFLICTED_EMAIL), pick(scene.caseCodeNames, n, 'amber kettle')] }),
  },
  handOverChair: {
    function: 'handOverChair',
    picks: 1,
    flags: 0,
    resolve: (_scene, user, [email]) => ({ kind: 'run', function: 'handOverChair', user, args: [pick(EMAILS, email, KEY_HOLDER_EMAIL)] }),
  },
  recordCaseStep: {
    function: 'recordCaseStep',
    picks: 4,
    flags: 1,
    resolve: (scene, user, [row, step, date, name], [named]) => ({
      kind: 'run',
      function: 'recordCaseStep',
      user,
      args: [
        {
          step: pick(CASE_STEP_CHOICES, step, 'Received'),
          ...(date % 7 === 0 ? {} : { date: pick<unknown>(STEP_DATES, date, '2025-03-05') }),
          // Needs attention's Record a step names its case; the menu's acts on the active row.
          ...(named ? { caseCodeName: pick([...scene.caseCodeNames, PERSON_ONE, 'no such'], name, 'amber kettle') } : {}),
        },
      ],
      selection: { sheet: 'Cases', a1: casesCell(scene, row, 'Status') },
    }),
  },
  selectCase: {
    function: 'selectCase',
    picks: 1,
    flags: 0,
    resolve: (scene, user, [n]) => run('selectCase', [pick([...scene.caseCodeNames, PERSON_ONE, 'no such case', ''], n, 'amber kettle')])(scene, user),
  },
  recordDecision: {
    function: 'recordDecision',
    picks: 6,
    flags: 1,
    resolve: (scene, user, [row, first, second, agreed, another, source], [stranger]) => {
      const chosen = scene.rows.length === 0 ? undefined : scene.rows[row % scene.rows.length];
      const people = scene.rows.filter((other) => chosen !== undefined && caseKey(other.caseCodeName) === caseKey(chosen.caseCodeName)).map((other) => other.personCodeName);
      const values = ['Warning', 'Ban', 'None', 'Second Suspension', 'Shouted at'];
      const consequences = Object.fromEntries(people.map((person, index) => [person, pick(values, index === 0 ? first : second, 'Warning')]));
      if (stranger) consequences[PERSON_ONE] = 'Ban';
      return {
        kind: 'run',
        function: 'recordDecision',
        user,
        args: [{ consequences, resolutionSource: pick(['CoC WG', 'Local Event Reps', 'Somebody'], source, 'CoC WG'), agreedBy: [pick(EMAILS, agreed, MEMBER_EMAIL), pick(EMAILS, another, CHAIR_EMAIL)] }],
        selection: { sheet: 'Cases', a1: casesCell(scene, row, 'Status') },
      };
    },
  },
  getDecisionOptions: {
    function: 'getDecisionOptions',
    picks: 1,
    flags: 0,
    resolve: (scene, user, [row]) => ({ kind: 'run', function: 'getDecisionOptions', user, args: [], selection: { sheet: 'Cases', a1: casesCell(scene, row, 'Status') } }),
  },
  typeIntoCases: {
    function: null,
    picks: 3,
    flags: 0,
    resolve: (scene, user, [row, column, value]) => {
      const header = pick(TYPED_COLUMNS, column, 'Status');
      return { kind: 'type', user, sheet: 'Cases', a1: casesCell(scene, row, header), value: typedValue(scene, header, value) };
    },
  },
  deleteCasesRow: {
    function: null,
    picks: 1,
    flags: 0,
    resolve: (scene, user, [row]) => ({ kind: 'delete-row', user, sheet: 'Cases', row: scene.rows.length === 0 ? 2 : (row % scene.rows.length) + 2 }),
  },
};

/** The names of the commands the bundle can run (hand edits always). */
export function availableCommands(bundleFunctions: ReadonlySet<string>): string[] {
  return Object.entries(COMMANDS)
    .filter(([, row]) => row.function === null || bundleFunctions.has(row.function))
    .map(([name]) => name);
}

/** Commands as fast-check generates them; logging a report and hand edits come more often, as in a real group. */
export function commandArbitrary(names: readonly string[]): fc.Arbitrary<Command> {
  const weight = (name: string) => (name === 'logReport' || name === 'typeIntoCases' ? 4 : name === 'generateCodeName' || name === 'openCaseDocument' ? 2 : 1);
  return fc.oneof(
    ...names.map((name) => ({
      weight: weight(name),
      arbitrary: fc.record({
        name: fc.constant(name),
        actor: fc.nat(ACTORS.length - 1),
        picks: fc.array(fc.nat(20), { minLength: COMMANDS[name].picks, maxLength: COMMANDS[name].picks }),
        flags: fc.array(fc.boolean(), { minLength: COMMANDS[name].flags, maxLength: COMMANDS[name].flags }),
      }),
    })),
  );
}

/** The command made concrete against the workspace as it stands. */
export function resolveCommand(command: Command, workspace: WorkspaceState): Concrete {
  const row = COMMANDS[command.name];
  // Most hand edits are the chair's or a member's; a stranger cannot type into the tracker.
  const user = ACTORS[command.actor];
  return row.resolve(sceneOf(workspace), user, command.picks, command.flags);
}
