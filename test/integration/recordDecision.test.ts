/**
 * Record a decision (spec section 17) through the built bundle, on a working group made through
 * the add-on itself: the decision goes under Resolution in the case document, the case's rows are
 * resolved, the identity key refreshed, the `Decision agreed` step and one audit line written; every
 * refusal states its rule and changes nothing; the calls do not grow with the tracker.
 */
import type { DecisionOptions, RecordDecisionResult } from '../../src/core/apiTypes';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { checkInvariants, describeBreach, linkedId } from '../invariants/checkInvariants';
import { CHAIR_EMAIL, CONFLICTED_EMAIL, FORMER_MEMBER_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, World, healthyWorld } from '../invariants/world';
import {
  STRANGER_EMAIL, addDocument, addMember, alerts, cellOf, copyOf, errorOf, isoDayOf, ok, ongoingCase, run, setUpWorkspace, sheetState, sheetValues, todayIn, totalCalls, writeCases,
} from './helpers';

let base: World;
beforeAll(() => {
  base = healthyWorld();
});

function world(): World {
  return { ...base, workspace: copyOf(base.workspace) };
}

/** Row 2 of Cases: the first case, which names two people; the conflicted member declared a conflict on it. */
const onFirstCase = (workspace: WorkspaceState) => ({ sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', 2) });

function caseRows(workspace: WorkspaceState, caseCodeName: string): Record<string, unknown>[] {
  const [header, ...rows] = sheetValues(workspace, 'Cases');
  return rows
    .map((cells) => Object.fromEntries(header.map((title, index) => [String(title), cells[index]])))
    .filter((row) => row['Case Code Name'] === caseCodeName);
}

function decide(workspace: WorkspaceState, decision: object, user = CHAIR_EMAIL) {
  return run(workspace, 'recordDecision', { user, args: [decision], selection: onFirstCase(workspace) });
}

function consequencesFor(w: World, values: string[]): Record<string, string> {
  const people = caseRows(w.workspace, w.cases[0].caseCodeName).map((row) => String(row['Person Code Name']));
  return Object.fromEntries(people.map((person, index) => [person, values[index]]));
}

describe('recordDecision', () => {
  it('writes the decision under Resolution, resolves every row, refreshes the key and writes one step and one audit line', () => {
    const w = world();
    const [first] = w.cases;
    const audit = sheetValues(w.workspace, 'Audit Log').length;
    const consequences = consequencesFor(w, ['Warning', 'First Suspension']);
    const before = copyOf(w.workspace);
    const result = ok<RecordDecisionResult>(decide(w.workspace, { consequences, resolutionSource: 'CoC WG', agreedBy: [KEY_HOLDER_EMAIL, MEMBER_EMAIL] }));

    const today = todayIn();
    expect(result).toEqual({ caseCodeName: first.caseCodeName, resolutionDate: today, agreedBy: [KEY_HOLDER_EMAIL, MEMBER_EMAIL], notCounted: '', keyRefreshed: true });
    const rows = caseRows(w.workspace, first.caseCodeName);
    expect(rows.map((row) => [row['Person Code Name'], row.Status, row['Resolution Source'], isoDayOf(w.workspace, row['Resolution Date'] as never), row.Consequences])).toEqual(
      Object.entries(consequences).map(([person, value]) => [person, 'Resolved', 'CoC WG', today, value]),
    );

    const body = w.workspace.documents[linkedId(first.documentUrl) as string].body.map((paragraph) => paragraph.text);
    const resolution = body.findIndex((text) => text.startsWith('Resolution'));
    const [bluePerson, secondPerson] = Object.keys(consequences);
    expect(body.slice(resolution + 2)).toEqual([
      `${today}: decision agreed. ${bluePerson}: Warning; ${secondPerson}: First Suspension. Resolution source: CoC WG. Agreed by ${KEY_HOLDER_EMAIL} and ${MEMBER_EMAIL}; recorded by ${CHAIR_EMAIL}.`,
    ]);

    const steps = sheetValues(w.workspace, 'Case Steps').filter((row) => row[0] === first.caseCodeName && row[1] === 'Decision agreed');
    expect(steps.map((row) => [isoDayOf(w.workspace, row[2]), row[3]])).toEqual([[today, CHAIR_EMAIL]]);
    const log = sheetValues(w.workspace, 'Audit Log');
    expect(log.length).toBe(audit + 1);
    expect(log[log.length - 1].slice(1, 4)).toEqual([CHAIR_EMAIL, 'Recorded decision', first.caseCodeName]);

    const key = sheetValues(w.workspace, 'Identity Key', w.keyId);
    expect(key.find((row) => row[2] === secondPerson)?.[4]).toBe('First Suspension');
    const step = { kind: 'run' as const, function: 'recordDecision', args: [], user: CHAIR_EMAIL, response: { result: result } as never };
    expect(checkInvariants(w.workspace, { before, step, secrets: w.secrets }).map(describeBreach)).toEqual([]);
  });

  it('names the emails it did not count when enough others agreed', () => {
    const w = world();
    const result = ok<RecordDecisionResult>(
      decide(w.workspace, { consequences: consequencesFor(w, ['None', 'None']), resolutionSource: 'CoC WG', agreedBy: [KEY_HOLDER_EMAIL, CONFLICTED_EMAIL, MEMBER_EMAIL, FORMER_MEMBER_EMAIL] }),
    );
    expect(result.agreedBy).toEqual([KEY_HOLDER_EMAIL, MEMBER_EMAIL]);
    expect(result.notCounted).toBe(`${CONFLICTED_EMAIL} (has a conflict of interest on this case), ${FORMER_MEMBER_EMAIL} (is no longer an active member)`);
  });

  it("leaves the key's counts for a key holder's refresh when the member recording it has no Identity Key Access", () => {
    const w = world();
    const key = JSON.stringify(sheetValues(w.workspace, 'Identity Key', w.keyId));
    const result = ok<RecordDecisionResult>(decide(w.workspace, { consequences: consequencesFor(w, ['Ban', 'Ban']), resolutionSource: 'CoC WG', agreedBy: [KEY_HOLDER_EMAIL, CHAIR_EMAIL] }, MEMBER_EMAIL));
    expect(result.keyRefreshed).toBe(false);
    expect(JSON.stringify(sheetValues(w.workspace, 'Identity Key', w.keyId))).toBe(key);
  });

  it.each([
    ['only one member agreed besides the one recording it', { agreedBy: [KEY_HOLDER_EMAIL] }, CHAIR_EMAIL, /at least two active members without a conflict on the case to agree/],
    ['a conflicted member is one of the two', { agreedBy: [KEY_HOLDER_EMAIL, CONFLICTED_EMAIL] }, CHAIR_EMAIL, /Not counted: fictional.conflicted@example.org \(has a conflict/],
    ['the member recording it has a conflict', {}, CONFLICTED_EMAIL, /You have declared a conflict of interest on this case/],
    ['a consequence is not in the list', { values: ['Warning', 'Shouted at'] }, CHAIR_EMAIL, /is not in the Consequences list in Settings/],
    ['a person is not on the case', { extraPerson: true }, CHAIR_EMAIL, /someone who is not on this case/],
    ['an email is malformed', { agreedBy: [KEY_HOLDER_EMAIL, 'Fictional Person Two'] }, CHAIR_EMAIL, /must be given by their email address/],
    ['the resolution source is unknown', { resolutionSource: 'Somebody' }, CHAIR_EMAIL, /Resolution Source list in Settings/],
    ['a stranger runs it', {}, STRANGER_EMAIL, /Only active members|do not have permission/],
    ['an offboarded member runs it', {}, FORMER_MEMBER_EMAIL, /no longer active|do not have permission/],
  ])('refuses when %s, and changes nothing', (_, change, user, message) => {
    const w = world();
    const options = change as { agreedBy?: string[]; values?: string[]; extraPerson?: boolean; resolutionSource?: string };
    const consequences = consequencesFor(w, options.values ?? ['Warning', 'Warning']);
    if (options.extraPerson) consequences['Fictional Person One'] = 'Ban';
    const before = copyOf(w.workspace);
    const response = decide(w.workspace, { consequences, resolutionSource: options.resolutionSource ?? 'CoC WG', agreedBy: options.agreedBy ?? [KEY_HOLDER_EMAIL, MEMBER_EMAIL] }, user);
    expect(errorOf(response)).toMatch(message);
    expect(errorOf(response)).not.toMatch(/Fictional Person/);
    expect(w.workspace).toStrictEqual(before);
  });

  it('refuses a selection outside Cases, and a case whose Person Code Name cell is not a code name, naming the cell', () => {
    const w = world();
    const before = copyOf(w.workspace);
    const decision = { consequences: {}, resolutionSource: 'CoC WG', agreedBy: [KEY_HOLDER_EMAIL, MEMBER_EMAIL] };
    expect(errorOf(run(w.workspace, 'recordDecision', { args: [decision], selection: { sheet: 'Members', a1: 'A2' } }))).toMatch(/Select a row of a case in Cases/);
    sheetState(w.workspace, 'Cases').values[1][2] = 'Fictional Person Two';
    const typed = copyOf(w.workspace);
    const error = errorOf(decide(w.workspace, decision));
    expect(error).toBe('Cases!C2 is not a person code name, so no decision was recorded for this case. Correct it (Django CoC › Validate records lists it), then try again.');
    expect(w.workspace).toStrictEqual(typed);
    expect(before).not.toStrictEqual(typed);
  });

  it('after a fault at any call, has changed nothing or is finished by recording it again, to the same records as a run without one', () => {
    const w = world();
    const decision = { consequences: consequencesFor(w, ['Warning', 'Ban']), resolutionSource: 'CoC WG', agreedBy: [KEY_HOLDER_EMAIL, MEMBER_EMAIL] };
    const records = (workspace: WorkspaceState) => ({
      cases: sheetValues(workspace, 'Cases'),
      steps: sheetValues(workspace, 'Case Steps'),
      key: sheetValues(workspace, 'Identity Key', w.keyId),
      body: workspace.documents[linkedId(w.cases[0].documentUrl) as string].body,
    });
    const untouched = records(w.workspace);
    const clean = copyOf(w.workspace);
    const calls = totalCalls(decide(clean, decision));
    const problems: string[] = [];
    for (let failAt = 1; failAt <= calls; failAt++) {
      const workspace = copyOf(w.workspace);
      const response = run(workspace, 'recordDecision', { args: [decision], selection: onFirstCase(workspace), failAtCall: failAt });
      if (!('error' in response)) continue;
      const changed = JSON.stringify(records(workspace)) !== JSON.stringify(untouched);
      if (changed && !/Record the same decision again/.test(response.error)) problems.push(`fault at call ${failAt} changed records and said "${response.error}"`);
      ok(decide(workspace, decision));
      if (JSON.stringify(records(workspace)) !== JSON.stringify(records(clean))) problems.push(`fault at call ${failAt}: recording it again did not give the same records`);
      const lines = sheetValues(workspace, 'Audit Log').filter((row) => row[2] === 'Recorded decision').length;
      if (lines < 1 || lines > 2) problems.push(`fault at call ${failAt}: ${lines} audit lines`);
    }
    expect(problems).toEqual([]);
  });

  it('finishes a decision cut short by a fault when it is recorded again, without writing its line or step twice', () => {
    const w = world();
    const decision = { consequences: consequencesFor(w, ['Warning', 'Warning']), resolutionSource: 'CoC WG', agreedBy: [KEY_HOLDER_EMAIL, MEMBER_EMAIL] };
    const calls = totalCalls(decide(copyOf(w.workspace), decision));
    // Fail late, after the document, the rows and the step: at the audit line's write (the last
    // calls are that write, the digest's property, the flush and the lock's release).
    const response = run(w.workspace, 'recordDecision', { args: [decision], selection: onFirstCase(w.workspace), failAtCall: calls - 4 });
    expect(errorOf(response)).toMatch(/Record the same decision again/);
    ok(decide(w.workspace, decision));
    const body = w.workspace.documents[linkedId(w.cases[0].documentUrl) as string].body.map((paragraph) => paragraph.text);
    expect(body.filter((text) => text.includes('decision agreed'))).toHaveLength(1);
    expect(sheetValues(w.workspace, 'Case Steps').filter((row) => row[0] === w.cases[0].caseCodeName && row[1] === 'Decision agreed')).toHaveLength(1);
  });
});

describe('getDecisionOptions', () => {
  it("offers the case's people, the lists and the members who can agree, never the conflicted or the one asking", () => {
    const w = world();
    const options = ok<DecisionOptions>(run(w.workspace, 'getDecisionOptions', { selection: onFirstCase(w.workspace) }));
    expect(options.caseCodeName).toBe(w.cases[0].caseCodeName);
    expect(options.people).toEqual(caseRows(w.workspace, w.cases[0].caseCodeName).map((row) => row['Person Code Name']));
    expect(options.consequences).toEqual(['None', 'Not a violation', 'Out of scope', 'Other', 'Warning', 'First Suspension', 'Second Suspension', 'Ban']);
    expect(options.resolutionSources).toEqual(['CoC WG', 'DSF Board', 'Local Event Reps', 'None']);
    expect(options.members.sort()).toEqual([KEY_HOLDER_EMAIL, MEMBER_EMAIL].sort());
    expect(options.eligible).toBe(3);
  });

  it('refuses the conflicted member', () => {
    const w = world();
    expect(errorOf(run(w.workspace, 'getDecisionOptions', { user: CONFLICTED_EMAIL, selection: onFirstCase(w.workspace) }))).toMatch(/conflict of interest/);
  });
});

describe('showRecordDecisionDialog', () => {
  it("opens the dialog on a case's row, and says at once why on a row it cannot be for", () => {
    const w = world();
    const shown = run(w.workspace, 'showRecordDecisionDialog', { selection: onFirstCase(w.workspace) }).shown;
    expect(shown.filter((item) => item.type === 'modalDialog').map((item) => (item as { title?: string }).title)).toEqual(['Record a decision']);
    const refused = run(w.workspace, 'showRecordDecisionDialog', { user: CONFLICTED_EMAIL, selection: onFirstCase(w.workspace) });
    expect(refused.shown.filter((item) => item.type === 'modalDialog')).toEqual([]);
    expect(alerts(refused)).toEqual(['You have declared a conflict of interest on this case, so you cannot record its decision.']);
  });
});

describe('the calls of recording a decision', () => {
  function trackerWith(rows: number): WorkspaceState {
    const workspace = setUpWorkspace();
    addMember(workspace, MEMBER_EMAIL);
    addMember(workspace, KEY_HOLDER_EMAIL);
    const document = addDocument(workspace, 'quiet lantern', { editors: [MEMBER_EMAIL, KEY_HOLDER_EMAIL] });
    writeCases(workspace, [
      ongoingCase({ caseCodeName: 'quiet lantern', personCodeName: 'Blue Jay', documents: document.url }),
      ...Array.from({ length: rows - 1 }, (_, i) => ongoingCase({ caseCodeName: `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (Math.floor(i / 676) % 26))} shelf` })),
    ]);
    for (const name of ['Case Steps', 'Audit Log']) sheetState(workspace, name).maxRows += 1000;
    return workspace;
  }

  it('adds a Resolution heading first to a document whose last section is not Resolution', () => {
    const workspace = trackerWith(10);
    ok(decide(workspace, { consequences: { 'Blue Jay': 'Warning' }, resolutionSource: 'CoC WG', agreedBy: [MEMBER_EMAIL, KEY_HOLDER_EMAIL] }));
    const body = Object.values(workspace.documents)[0].body;
    const [heading, line] = body.slice(-2);
    expect([heading.heading, heading.text]).toEqual(['HEADING2', 'Resolution (actions taken, outcome, review date)']);
    expect([line.heading, line.italic]).toEqual(['NORMAL', false]);
    expect(line.text.startsWith(`${todayIn()}: decision agreed. Blue Jay: Warning.`)).toBe(true);
  });

  it('are the same for 10 rows as for 10,000', () => {
    const decision = { consequences: { 'Blue Jay': 'Warning' }, resolutionSource: 'CoC WG', agreedBy: [MEMBER_EMAIL, KEY_HOLDER_EMAIL] };
    const small = trackerWith(10);
    const large = trackerWith(10_000);
    const smallRun = decide(small, decision);
    const largeRun = decide(large, decision);
    ok(smallRun);
    expect(totalCalls(largeRun)).toBe(totalCalls(smallRun));
  });
});

