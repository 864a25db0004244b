/**
 * Runs a sequence of commands (see ./commands.ts) against a copy of a workspace, checking the
 * invariants after every step. A run of the add-on may never add a breach; a hand edit may break
 * what a person can break by typing (a real name typed into a cell, a document's case changed
 * under it), and from then on the add-on may not make it worse. Every run must tell the person
 * something readable: a result, or a sentence, never a raw JavaScript error.
 */
import type { RunResponse } from '../../emulator/runner';
import { checkWrite } from '../../emulator/services/sheets/writeAccess';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { copyOf, edit, run, seededUuid } from '../integration/helpers';
import { AUDIT_UNAVAILABLE, Breach, InvariantNumber, Step, checkInvariants, describeBreach, membersOf } from './checkInvariants';
import { Command, Concrete, REAL_NAMES, SUMMARIES, resolveCommand } from './commands';
import { CHAIR_EMAIL } from './world';

/** What a hand edit can break by itself; anything else a hand edit leaves whole. */
const HAND_BREAKABLE: ReadonlySet<InvariantNumber> = new Set([1, 3, 4, 7, 8]);

/** A sentence a person was shown as an error, that is really a program's own failure. */
const RAW_ERROR = /TypeError|ReferenceError|RangeError|SyntaxError|is not a function|Cannot read propert|is not defined|\[object |undefined|Maximum call stack/;

/** The emulator's complaint about an answer that is not a button of the question asked. */
const WRONG_ANSWER = /^Emulator: the answer /;

function restore(workspace: WorkspaceState, snapshot: WorkspaceState): void {
  for (const key of Object.keys(workspace)) delete (workspace as unknown as Record<string, unknown>)[key];
  Object.assign(workspace, copyOf(snapshot));
}

/** A step as one line of the trace a failure prints. */
export function describeConcrete(concrete: Concrete): string {
  if (concrete.kind === 'type') return `${concrete.user} types ${JSON.stringify(concrete.value)} into ${concrete.sheet}!${concrete.a1}`;
  if (concrete.kind === 'delete-row') return `${concrete.user} deletes ${concrete.sheet} row ${concrete.row}`;
  const where = concrete.selection ? ` at ${concrete.selection.sheet}!${concrete.selection.a1}` : '';
  const answers = concrete.answers ? ` answering ${concrete.answers.join(', ')}` : '';
  return `${concrete.user} runs ${concrete.function}(${concrete.args.map((arg) => JSON.stringify(arg)).join(', ')})${where}${answers}`;
}

function outcomeOf(response: RunResponse): string {
  if ('error' in response) return `error: ${response.error}`;
  if ('needsAnswer' in response) return 'stopped for an unanswered question';
  return 'ok';
}

/**
 * Deletes a sheet row as a person does in Sheets (no onEdit fires for it), or throws Sheets'
 * refusal when they may not edit that row (not an editor of the tracker, or a protected sheet).
 */
function deleteRow(workspace: WorkspaceState, user: string, sheetName: string, row: number): void {
  const sheet = workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet || row < 2 || row > sheet.values.length) return;
  checkWrite(workspace, user, workspace.activeSpreadsheetId, sheet.sheetId, { row, column: 1, numRows: 1, numColumns: sheet.maxColumns });
  sheet.values.splice(row - 1, 1);
}

/** The sheets whose cells decide access: only the chairs and the owner may change them (spec section 9). */
const AUTHORITY_SHEETS: ReadonlySet<string> = new Set(['Members', 'Settings']);

/** The chairs the add-on last protected `Members` and `Settings` for (document properties). */
function recordedChairs(workspace: WorkspaceState): string[] {
  try {
    const chairs: unknown = JSON.parse(workspace.properties.document['djangoCoc.chairs'] ?? '[]');
    return Array.isArray(chairs) ? chairs.map((email) => String(email).trim().toLowerCase()) : [];
  } catch {
    return [];
  }
}

function sheetValues(workspace: WorkspaceState, name: string): string {
  return JSON.stringify(workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === name)?.values ?? []);
}

/** What sequences did, counted across runs: steps, and hand edits by sheet and person, landed or refused. */
export interface SequenceTally {
  sequences: number;
  runs: number;
  handEdits: Map<string, { landed: number; refused: number }>;
}

export function newTally(): SequenceTally {
  return { sequences: 0, runs: 0, handEdits: new Map() };
}

export interface SequenceOptions {
  /** Secrets beyond the commands' own (the starting world's names and summaries). */
  secrets: readonly string[];
  /** Fault injection: the Nth service call of every run of the add-on throws. */
  failAtCall?: number;
  /** Counts what the sequence did, for a summary of a fuzz run. */
  tally?: SequenceTally;
}

export class SequenceFailure extends Error {}

/** Functions whose success leaves the key's counts recomputed from all of Cases, when run by a key holder. */
const REFRESHES_KEY = new Set(['refreshIdentityKey', 'logReport', 'recordDecision']);

function casesOf(workspace: WorkspaceState): string {
  return JSON.stringify(workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Cases')?.values ?? []);
}

function holdsKeyAccess(workspace: WorkspaceState, email: string): boolean {
  return membersOf(workspace).some((member) => member.email === email.toLowerCase() && member.active && member.identityKeyAccess);
}

/**
 * Runs the commands in order on a copy of `start`, checking the invariants after each step.
 *
 * @throws SequenceFailure naming the step, its outcome and the breaches, with the trace so far.
 */
export function runSequence(start: WorkspaceState, commands: readonly Command[], seed: number, options: SequenceOptions): void {
  const workspace = copyOf(start);
  const uuid = seededUuid(seed);
  const secrets = [...options.secrets, ...REAL_NAMES, ...SUMMARIES];
  const submitted: string[] = [];
  const submit = (args: readonly unknown[]) => {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(args);
    submitted.push(...strings);
  };
  const trace: string[] = [];
  let keyCurrent = true;
  /**
   * Chairs who handed the chair over: Google lets nobody take the running user off a protection,
   * so they may still edit Members and Settings until a chair's Set up or repair takes them off.
   */
  const handedOver = new Set<string>();
  /**
   * What Audit sharing lists for a chair: as the first active chair (or the owner) it runs for,
   * after a Set up or repair by the owner or that chair when it refuses before one (a new chair
   * after Hand over the chair, or a Members sheet a chair typed into, is told to run it first).
   */
  const auditFindings = () => {
    const chairs = membersOf(workspace).filter((member) => member.active && member.role === 'chair').map((member) => member.email);
    const owner = workspace.files[workspace.activeSpreadsheetId]?.owner ?? CHAIR_EMAIL;
    const auditors = [...new Set([...chairs, owner, CHAIR_EMAIL])];
    for (const repairer of [null, ...auditors]) {
      const repaired = copyOf(workspace);
      if (repairer !== null && 'error' in run(repaired, 'setUpSpreadsheet', { user: repairer, uuid })) continue;
      for (const auditor of auditors) {
        const response = run(copyOf(repaired), 'auditSharing', { args: [false], user: auditor, uuid });
        if ('result' in response) return (response.result as { findings: { caseCodeName: string; problem: string }[] }).findings;
      }
    }
    return [{ caseCodeName: AUDIT_UNAVAILABLE, problem: 'no chair nor the owner can run it, even after Set up or repair' }];
  };
  const check = (extra: { before?: WorkspaceState; step?: Step }) => {
    let findings: ReturnType<typeof auditFindings> | undefined;
    return checkInvariants(workspace, { ...extra, runs: extra.step ? [extra.step] : [], secrets, submitted, identityKeyCurrent: keyCurrent, auditFindings: () => (findings ??= auditFindings()) });
  };
  const fail = (message: string, breaches: readonly Breach[] = []): never => {
    throw new SequenceFailure([message, ...breaches.map(describeBreach), 'Steps:', ...trace.map((line, index) => `  ${index + 1}. ${line}`)].join('\n'));
  };

  if (options.tally) options.tally.sequences += 1;
  let previous = check({});
  if (previous.length > 0) fail('The starting workspace already breaks the invariants.', previous);
  for (const command of commands) {
    const concrete = resolveCommand(command, workspace);
    const before = copyOf(workspace);
    let step: Step;
    if (concrete.kind === 'run') {
      const attempt = (answers: string[] | undefined) =>
        run(workspace, concrete.function, { args: concrete.args, user: concrete.user, selection: concrete.selection, answers, failAtCall: options.failAtCall, uuid });
      let response = attempt(concrete.answers);
      if ('error' in response && WRONG_ANSWER.test(response.error)) {
        // The person meant to answer a question the add-on did not ask: they answer what it asks.
        restore(workspace, before);
        response = attempt(undefined);
      }
      step = { kind: 'run', function: concrete.function, args: concrete.args, user: concrete.user, response };
      if (options.tally) options.tally.runs += 1;
      submit(concrete.args);
      trace.push(`${describeConcrete(concrete)} -> ${outcomeOf(response)}`);
      if ('error' in response && RAW_ERROR.test(response.error)) fail('A run showed a raw program error instead of a sentence.');
      if ('error' in response && response.error.trim() === '') fail('A run failed without saying why.');
      const refreshed = 'result' in response && REFRESHES_KEY.has(concrete.function) && holdsKeyAccess(before, concrete.user);
      if (refreshed) keyCurrent = true;
      else if (casesOf(before) !== casesOf(workspace)) keyCurrent = false;
      if ('result' in response && concrete.function === 'handOverChair') handedOver.add(concrete.user.trim().toLowerCase());
      if ('result' in response && concrete.function === 'setUpSpreadsheet') for (const email of handedOver) if (email !== concrete.user.trim().toLowerCase()) handedOver.delete(email);
    } else {
      let refusal: string | null = null;
      if (concrete.kind === 'type') {
        const response = edit(workspace, concrete.sheet, concrete.a1, concrete.value, { user: concrete.user });
        // Sheets refuses before the cell changes; an error once it changed is onEdit's own.
        if ('error' in response && sheetValues(workspace, concrete.sheet) === sheetValues(before, concrete.sheet)) refusal = response.error;
        else if ('error' in response && RAW_ERROR.test(response.error)) fail(`onEdit showed a raw program error after: ${describeConcrete(concrete)}`);
      } else {
        try {
          deleteRow(workspace, concrete.user, concrete.sheet, concrete.row);
        } catch (error) {
          refusal = (error as Error).message;
        }
      }
      const counts = options.tally?.handEdits.get(`${concrete.sheet}|${concrete.user}`) ?? { landed: 0, refused: 0 };
      if (refusal === null) counts.landed += 1;
      else counts.refused += 1;
      options.tally?.handEdits.set(`${concrete.sheet}|${concrete.user}`, counts);
      if (refusal !== null) {
        trace.push(`${describeConcrete(concrete)} -> refused (${refusal})`);
        continue;
      }
      step = { kind: 'hand', user: concrete.user, description: describeConcrete(concrete) };
      trace.push(describeConcrete(concrete));
      keyCurrent = false;
      const typist = concrete.user.trim().toLowerCase();
      const mayChangeAuthority = typist === before.files[before.activeSpreadsheetId]?.owner.trim().toLowerCase() || recordedChairs(before).includes(typist) || handedOver.has(typist);
      if (AUTHORITY_SHEETS.has(concrete.sheet) && !mayChangeAuthority && sheetValues(workspace, concrete.sheet) !== sheetValues(before, concrete.sheet)) {
        fail(`Step ${trace.length}: ${concrete.user} changed ${concrete.sheet} by hand, which only the chairs and the owner may (spec section 9).`);
      }
    }
    const after = check({ before, step });
    const known = new Set(previous.map(describeBreach));
    const added = after.filter((breach) => !known.has(describeBreach(breach)));
    const forbidden = step.kind === 'run' ? added : added.filter((breach) => !HAND_BREAKABLE.has(breach.invariant));
    if (forbidden.length > 0) fail(`Step ${trace.length} broke the invariants:`, forbidden);
    previous = after.filter((breach) => !breach.where.startsWith('run '));
  }
}
