/**
 * Rename case (spec section 4): the whole case at once, in one locked change, or nothing at all.
 * Runs the built bundle on the invariant tests' small working group: case one (rows 2 and 3, two
 * people, a member conflicted on it) and case two (row 4), each with its document and `Received` step.
 */
import { checkInvariants, describeBreach, linkedId } from '../invariants/checkInvariants';
import { CHAIR_EMAIL, CONFLICTED_EMAIL, FORMER_MEMBER_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, STRANGER_EMAIL, World, healthyWorld } from '../invariants/world';
import {
  addCaseFolder, addMember, alerts, cellOf, copyOf, dateCell, documentLockScope, edit, ok, ongoingCase, recordConflict, run, seededUuid, setUpWorkspace,
  shareStatusSpreadsheet, sheetState, sheetValues, totalCalls, writeCases,
} from './helpers';
import { EXPUNGE_JOURNAL_PROPERTY, serialiseJournal } from '../../src/core/retention';
import type { ValidationResult } from '../../src/core/apiTypes';
import type { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';

const CASE_CODE_NAME = /^[a-z]+ [a-z]+$/;
const RENAME_JOURNAL = 'djangoCoc.renameInProgress';

let shared: World;
beforeAll(() => {
  shared = healthyWorld();
});

function world(): World {
  return { ...shared, workspace: copyOf(shared.workspace) };
}

function rowCell(workspace: WorkspaceState, row: number, header = 'Case Code Name') {
  return { sheet: 'Cases', a1: cellOf(workspace, 'Cases', header, row) };
}

function renameAt(workspace: WorkspaceState, row: number, options: { user?: string; answers?: string[]; header?: string } = {}): RunResponse {
  return run(workspace, 'renameCase', { user: options.user ?? CHAIR_EMAIL, selection: rowCell(workspace, row, options.header), answers: options.answers ?? ['YES', 'OK'] });
}

/** The new name a confirmed rename's question offered. */
function offeredName(response: RunResponse): string {
  const question = alerts(response)[0] ?? '';
  const match = /^Rename the case "([a-z ]+)" to "([a-z ]+)"\?/.exec(question);
  if (!match) throw new Error(`no rename question in: ${JSON.stringify(alerts(response))}`);
  return match[2];
}

/** Every text of the workspace outside the audit log's lines written before `auditRowsBefore`. */
function textsWithout(workspace: WorkspaceState, auditRowsBefore: number): string[] {
  const texts: string[] = [];
  for (const spreadsheet of Object.values(workspace.spreadsheets)) {
    for (const sheet of spreadsheet.sheets) {
      sheet.values.forEach((row, index) => {
        if (sheet.name === 'Audit Log' && index < auditRowsBefore) return;
        row.forEach((cell) => texts.push(typeof cell === 'string' ? cell : JSON.stringify(cell)));
      });
    }
  }
  for (const file of Object.values(workspace.files)) texts.push(file.name);
  texts.push(...Object.values(workspace.properties.document));
  return texts;
}

function breaches(workspace: WorkspaceState, before: WorkspaceState, response: RunResponse, user = CHAIR_EMAIL): string[] {
  return checkInvariants(workspace, { before, step: { kind: 'run', function: 'renameCase', args: [], user, response }, secrets: shared.secrets }).map(describeBreach);
}

describe('renaming a case', () => {
  it('asks first, showing both names and what changes, then renames every row, the title, the conflicts and the steps', () => {
    const { workspace, cases } = world();
    const old = cases[0].caseCodeName;
    const before = copyOf(workspace);
    const auditRows = sheetValues(workspace, 'Audit Log').length;
    const response = renameAt(workspace, 3);
    const to = offeredName(response);
    expect(to).toMatch(CASE_CODE_NAME);
    expect(to).not.toBe(old);
    expect(alerts(response)).toEqual([
      `Rename the case "${old}" to "${to}"? Its 2 rows in Cases, its case document's title, its 1 conflict of interest and its 1 case step will carry the new name, and the Audit Log will name both.`,
      `The case "${old}" is now "${to}": its 2 rows in Cases, its case document's title, its 1 conflict of interest and its 1 case step carry the new name.`,
    ]);

    const cases2 = sheetValues(workspace, 'Cases');
    expect([cases2[1][1], cases2[2][1], cases2[3][1]]).toEqual([to, to, cases[1].caseCodeName]);
    expect(workspace.files[linkedId(cases[0].documentUrl) as string].name).toBe(to);
    expect(sheetValues(workspace, 'Conflicts').slice(1).map((row) => [row[0], row[1]])).toEqual([[CONFLICTED_EMAIL, to]]);
    expect(sheetValues(workspace, 'Case Steps').slice(1).map((row) => row[0])).toEqual([to, cases[1].caseCodeName]);
    const audit = sheetValues(workspace, 'Audit Log');
    expect(audit.length).toBe(auditRows + 1);
    expect(audit[audit.length - 1].slice(1, 4)).toEqual([CHAIR_EMAIL, 'Renamed case', `${old}, ${to}`]);
    expect(workspace.properties.document[RENAME_JOURNAL]).toBeUndefined();

    // Nothing written since carries the old name, but the audit line that names both.
    const stale = textsWithout(workspace, auditRows).filter((text) => text.includes(old));
    expect(stale).toEqual([`${old}, ${to}`]);
    expect(breaches(workspace, before, response)).toEqual([]);
  });

  it('works from any cell of the row, for a member without Identity Key Access', () => {
    const { workspace, cases } = world();
    const response = renameAt(workspace, 4, { user: MEMBER_EMAIL, header: 'Status' });
    const to = offeredName(response);
    expect(sheetValues(workspace, 'Cases')[3][1]).toBe(to);
    expect(workspace.files[linkedId(cases[1].documentUrl) as string].name).toBe(to);
  });

  it('leaves everything as it was when the person answers No', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    const response = renameAt(workspace, 2, { answers: ['NO'] });
    expect(alerts(response)).toHaveLength(1);
    expect(workspace).toEqual(before);
  });

  it('keeps Generate code name pointing at Rename case on a row of a shared case', () => {
    const { workspace } = world();
    const response = run(workspace, 'generateCodeName', { selection: rowCell(workspace, 2) });
    expect(alerts(response)[0]).toMatch(/choose Django CoC › Rename case\.$/);
  });
});

describe('refusing to rename, with one sentence and nothing changed', () => {
  const refuseAt = (workspace: WorkspaceState, row: number, options: { user?: string } = {}) => renameAt(workspace, row, { ...options, answers: ['OK'] });

  function refusedWith(workspace: WorkspaceState, response: RunResponse, before: WorkspaceState, pattern: RegExp): void {
    const said = alerts(response);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(pattern);
    expect(workspace).toEqual(before);
  }

  it('refuses a member conflicted on the case', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    refusedWith(workspace, refuseAt(workspace, 2, { user: CONFLICTED_EMAIL }), before, /^You have declared a conflict of interest on this case, so you cannot rename it\./);
  });

  it('refuses an offboarded member and a stranger', () => {
    for (const user of [FORMER_MEMBER_EMAIL, STRANGER_EMAIL]) {
      // Both can open the tracker here (offboarding took the former member off it), so the add-on's own check answers.
      const workspace = shareStatusSpreadsheet(world().workspace, user);
      const before = copyOf(workspace);
      const response = refuseAt(workspace, 2, { user });
      expect(alerts(response)).toHaveLength(1);
      expect(alerts(response)[0]).toMatch(/^(Only active members of the working group can use Django CoC|Your membership of the working group is no longer active)/);
      expect(workspace).toEqual(before);
    }
  });

  it('refuses a cell outside Cases, the header row and a blank row', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    for (const selection of [{ sheet: 'Members', a1: 'A2' }, { sheet: 'Cases', a1: 'B1' }, { sheet: 'Cases', a1: 'B40' }]) {
      refusedWith(workspace, run(workspace, 'renameCase', { selection, answers: ['OK'] }), before, /^Select a row of the case to rename in the Cases sheet/);
    }
  });

  it('never copies a Case Code Name cell that is not a code name', () => {
    const { workspace } = world();
    sheetState(workspace, 'Cases').values[3][1] = 'Fictional Person One';
    const before = copyOf(workspace);
    const response = refuseAt(workspace, 4);
    refusedWith(workspace, response, before, /^This row's Case Code Name is not a case code name/);
    expect(JSON.stringify(response)).not.toContain('Fictional Person One');
  });

  it('refuses a Documents cell that is not a Google Docs link', () => {
    const { workspace } = world();
    sheetState(workspace, 'Cases').values[2][9] = 'https://example.org/fictional';
    const before = copyOf(workspace);
    refusedWith(workspace, refuseAt(workspace, 2), before, /^The Documents cell Cases!J3 of this case is not a Google Docs link/);
  });

  it('lists a document whose title is not the code name, and never renames it', () => {
    const { workspace, cases } = world();
    workspace.files[linkedId(cases[1].documentUrl) as string].name = 'fictional other title';
    const before = copyOf(workspace);
    refusedWith(workspace, refuseAt(workspace, 4), before, /^This case's document is not titled with the case code name/);
  });

  it('refuses a document linked from another case too', () => {
    const { workspace, cases } = world();
    sheetState(workspace, 'Cases').values[3][9] = cases[0].documentUrl;
    const before = copyOf(workspace);
    refusedWith(workspace, refuseAt(workspace, 4), before, /^The rows of this case link|^This case's document is also linked from Cases!J/);
  });

  it('refuses a case with an unlinked document titled with its name, rather than leave that document behind', () => {
    const { workspace } = world();
    sheetState(workspace, 'Cases').values[3][9] = '';
    const before = copyOf(workspace);
    refusedWith(workspace, refuseAt(workspace, 4), before, /^A document is titled with this case's code name, but no row of the case links it/);
  });

  it('refuses a member who can open the document but not edit it', () => {
    const { workspace, cases } = world();
    const document = workspace.files[linkedId(cases[1].documentUrl) as string];
    document.editors = document.editors.filter((email) => email !== MEMBER_EMAIL);
    document.viewers = [...document.viewers, MEMBER_EMAIL];
    const before = copyOf(workspace);
    refusedWith(workspace, refuseAt(workspace, 4, { user: MEMBER_EMAIL }), before, /^You cannot edit this case's document, so its title could not follow the case\./);
  });

  it('refuses a case whose expunge stopped part-way, until the review finishes it', () => {
    const { workspace, cases } = world();
    workspace.properties.document[EXPUNGE_JOURNAL_PROPERTY] = serialiseJournal({ on: '2025-03-11', cases: [{ caseCodeName: cases[1].caseCodeName, documentIds: [] }], people: [] });
    const before = copyOf(workspace);
    refusedWith(workspace, refuseAt(workspace, 4), before, /^An expunge of this case stopped part-way\./);
  });

  it('refuses to guess when the record of an earlier rename does not read', () => {
    const { workspace } = world();
    workspace.properties.document[RENAME_JOURNAL] = '{"from":"Fictional Person One"}';
    const before = copyOf(workspace);
    refusedWith(workspace, refuseAt(workspace, 4), before, /^The record of an earlier rename in this spreadsheet could not be read/);
  });

  it('tells the person to retry when another member holds the lock', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    const lockTable = new Map<string, object>([[documentLockScope(workspace), {}]]);
    const response = run(workspace, 'renameCase', { selection: rowCell(workspace, 2), answers: ['YES', 'OK'], lockTable });
    expect(alerts(response)[1]).toMatch(/^Another member is changing the records right now\. Nothing was changed/);
    expect(workspace).toEqual(before);
  });
});

describe('a rename stopped by a fault', () => {
  it('is finished by the next Rename case, whatever call failed', () => {
    const { workspace, cases } = world();
    const old = cases[0].caseCodeName;
    const auditRows = sheetValues(workspace, 'Audit Log').length;
    const probe = copyOf(workspace);
    const calls = Object.values(renameAt(probe, 2).calls).reduce((sum, count) => sum + count, 0);
    const to = sheetValues(probe, 'Cases')[1][1] as string;
    const finishedAt: number[] = [];
    for (let failAt = 1; failAt <= calls; failAt++) {
      const faulty = copyOf(workspace);
      run(faulty, 'renameCase', { selection: rowCell(faulty, 2), answers: ['YES', 'OK'], failAtCall: failAt });
      if (faulty.properties.document[RENAME_JOURNAL] === undefined) continue;
      finishedAt.push(failAt);
      const retry = renameAt(faulty, 4, { user: KEY_HOLDER_EMAIL });
      expect(alerts(retry)).toEqual([
        `An earlier rename of the case "${old}" to "${to}" stopped part-way. Finish it now? (Then choose Rename case… again for another case.)`,
        expect.stringMatching(/^The earlier rename is now finished\. The case ".*" is now ".*": its 2 rows in Cases, its case document's title, its 1 conflict of interest and its 1 case step carry the new name\.$/),
      ]);
      expect(faulty.properties.document[RENAME_JOURNAL]).toBeUndefined();
      expect(sheetValues(faulty, 'Cases').slice(1, 3).map((row) => row[1])).toEqual([to, to]);
      expect(faulty.files[linkedId(cases[0].documentUrl) as string].name).toBe(to);
      expect(sheetValues(faulty, 'Conflicts').slice(1).map((row) => row[1])).toEqual([to]);
      expect(sheetValues(faulty, 'Case Steps')[1][0]).toBe(to);
      expect(textsWithout(faulty, auditRows).filter((text) => text.includes(old)).every((text) => text === `${old}, ${to}`)).toBe(true);
    }
    expect(finishedAt.length).toBeGreaterThan(3);
  });
});

describe('a rename that meets another change', () => {
  /** The calls a rename makes up to and including its question: the locked part starts at the next. */
  function questionCalls(workspace: WorkspaceState): number {
    return totalCalls(renameAt(copyOf(workspace), 2, { answers: ['NO'] }));
  }

  function renameWhile(workspace: WorkspaceState, meanwhile: () => void): RunResponse {
    const at = questionCalls(workspace) + 1;
    let done = false;
    return run(workspace, 'renameCase', {
      selection: rowCell(workspace, 2),
      answers: ['YES', 'OK'],
      beforeCall: (callNumber) => {
        if (callNumber !== at || done) return;
        done = true;
        meanwhile();
      },
    });
  }

  const CHANGED = 'The case or the records changed while you were deciding, so nothing was renamed. Choose Django CoC › Rename case… again.';

  it('renames nothing when another member renamed the case while the question was open', () => {
    const { workspace, cases } = world();
    let other: RunResponse | undefined;
    const response = renameWhile(workspace, () => {
      other = run(workspace, 'renameCase', { user: KEY_HOLDER_EMAIL, selection: rowCell(workspace, 3), answers: ['YES', 'OK'], uuid: seededUuid(7) });
    });
    expect(alerts(response)[1]).toBe(CHANGED);
    const theirs = offeredName(other as RunResponse);
    expect(sheetValues(workspace, 'Cases').slice(1, 3).map((row) => row[1])).toEqual([theirs, theirs]);
    expect(workspace.files[linkedId(cases[0].documentUrl) as string].name).toBe(theirs);
    expect(sheetValues(workspace, 'Audit Log').filter((row) => row[2] === 'Renamed case')).toHaveLength(1);
  });

  it('renames nothing when the offered name was typed into Cases while the question was open', () => {
    const { workspace } = world();
    const offered = offeredName(renameAt(copyOf(workspace), 2, { answers: ['NO'] }));
    const before = copyOf(workspace);
    const blankRow = sheetValues(workspace, 'Cases').length + 1;
    const response = renameWhile(workspace, () => {
      edit(workspace, 'Cases', cellOf(workspace, 'Cases', 'Case Code Name', blankRow), offered, { user: MEMBER_EMAIL });
    });
    expect(alerts(response)[1]).toBe(CHANGED);
    expect(sheetValues(workspace, 'Cases').slice(1, 4)).toEqual(sheetValues(before, 'Cases').slice(1, 4));
    expect(workspace.properties.document[RENAME_JOURNAL]).toBeUndefined();
  });
});

describe('two members renaming the same case at once', () => {
  it('leaves one name on every record, whichever call the second started at', () => {
    const { workspace: start, cases } = world();
    const calls = totalCalls(renameAt(copyOf(start), 2));
    const failures: string[] = [];
    for (let at = 1; at <= calls; at++) {
      const workspace = copyOf(start);
      const lockTable = new Map<string, object>();
      let second: RunResponse | undefined;
      const first = run(workspace, 'renameCase', {
        selection: rowCell(workspace, 2),
        answers: ['YES', 'OK'],
        lockTable,
        beforeCall: (callNumber) => {
          if (callNumber !== at || second) return;
          second = run(workspace, 'renameCase', { user: KEY_HOLDER_EMAIL, selection: rowCell(workspace, 3), answers: ['YES', 'OK'], lockTable, uuid: seededUuid(at + 100) });
        },
      });
      const names = new Set(sheetValues(workspace, 'Cases').slice(1, 3).map((row) => row[1]));
      const title = workspace.files[linkedId(cases[0].documentUrl) as string].name;
      const conflicted = sheetValues(workspace, 'Conflicts').slice(1).filter((row) => row[0] === CONFLICTED_EMAIL).map((row) => row[1]);
      const renamed = sheetValues(workspace, 'Audit Log').filter((row) => row[2] === 'Renamed case').length;
      const said = [...alerts(first), ...alerts(second as RunResponse)];
      const state = { names: [...names], title, conflicted, renamed, journal: workspace.properties.document[RENAME_JOURNAL] };
      const expected = { names: [title], title, conflicted: [title], renamed: said.filter((text) => / is now /.test(text)).length, journal: undefined };
      if (JSON.stringify(state) !== JSON.stringify(expected) || expected.renamed === 0) failures.push(`second started at call ${at}: ${JSON.stringify({ state, said })}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('a rename stopped part-way, as others meet it', () => {
  function stoppedRename(): { workspace: WorkspaceState; old: string; to: string } {
    const { workspace, cases } = world();
    const old = cases[0].caseCodeName;
    const probe = copyOf(workspace);
    const calls = totalCalls(renameAt(probe, 2));
    // The last call that leaves the journal behind: everything renamed but the journal's removal.
    for (let failAt = calls; failAt > 0; failAt--) {
      const faulty = copyOf(workspace);
      run(faulty, 'renameCase', { selection: rowCell(faulty, 2), answers: ['YES', 'OK'], failAtCall: failAt });
      if (faulty.properties.document[RENAME_JOURNAL] !== undefined && sheetValues(faulty, 'Cases')[1][1] === old) {
        return { workspace: faulty, old, to: sheetValues(probe, 'Cases')[1][1] as string };
      }
    }
    throw new Error('no fault left the journal with the rows still on the old name');
  }

  it('is named by Validate records', () => {
    const { workspace, old, to } = stoppedRename();
    const result = ok<ValidationResult>(run(workspace, 'validateRecords'));
    expect(result.problems).toContainEqual(expect.objectContaining({ cell: 'Rename case', message: expect.stringMatching(new RegExp(`^A rename of the case "${old}" to "${to}" confirmed on \\d{4}-\\d{2}-\\d{2} stopped part-way`)) }));
  });

  it('cannot be finished by a member conflicted on the case, and keeps its conflicts on both names meanwhile', () => {
    const { workspace, old, to } = stoppedRename();
    const conflicted = sheetValues(workspace, 'Conflicts').slice(1).filter((row) => row[0] === CONFLICTED_EMAIL).map((row) => row[1]);
    expect(conflicted.sort()).toEqual([old, to].sort());
    const before = copyOf(workspace);
    const response = renameAt(workspace, 4, { user: CONFLICTED_EMAIL, answers: ['OK'] });
    expect(alerts(response)).toEqual([expect.stringMatching(/^A rename of a case stopped part-way, and only a member without a conflict of interest on that case can finish it\./)]);
    expect(workspace).toEqual(before);
  });

  it('is left as it is when the person answers No to finishing it', () => {
    const { workspace } = stoppedRename();
    const before = copyOf(workspace);
    renameAt(workspace, 4, { answers: ['NO'] });
    expect(workspace).toEqual(before);
  });
});

describe('the cost of a rename', () => {
  const CASE = 'quiet lantern';

  /** One two-row case with a document, a conflict and two steps, then `rows` other cases and as many steps of theirs. */
  function trackerWith(rows: number): WorkspaceState {
    const workspace = setUpWorkspace();
    addMember(workspace, MEMBER_EMAIL);
    addMember(workspace, KEY_HOLDER_EMAIL);
    recordConflict(workspace, KEY_HOLDER_EMAIL, CASE, '2024-05-03');
    const { documents } = addCaseFolder(workspace, [CASE], { editors: [MEMBER_EMAIL] });
    const other = (i: number) => `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (Math.floor(i / 676) % 26))} shelf`;
    writeCases(workspace, [
      ongoingCase({ caseCodeName: CASE, personCodeName: 'Blue Jay', documents: documents[0].url }),
      ongoingCase({ caseCodeName: CASE, personCodeName: 'Red Fox', documents: documents[0].url }),
      ...Array.from({ length: rows }, (_, i) => ongoingCase({ caseCodeName: other(i) })),
    ]);
    const steps = sheetState(workspace, 'Case Steps');
    const step = (name: string) => [name, 'Received', dateCell(workspace, '2024-05-02'), MEMBER_EMAIL];
    steps.values.push(step(CASE), step(CASE), ...Array.from({ length: rows }, (_, i) => step(other(i))));
    return workspace;
  }

  function renameIn(workspace: WorkspaceState): RunResponse {
    const response = run(workspace, 'renameCase', { user: MEMBER_EMAIL, selection: rowCell(workspace, 2), answers: ['YES', 'OK'] });
    expect(alerts(response)[1]).toMatch(/its 2 rows in Cases, its case document's title, its 1 conflict of interest and its 2 case steps carry the new name\.$/);
    return response;
  }

  it('costs the same calls for 10 rows as for 10,000', () => {
    const small = totalCalls(renameIn(trackerWith(10)));
    const large = totalCalls(renameIn(trackerWith(10_000)));
    expect(large).toBe(small);
  });

  it('writes only the case’s own rows of a large tracker', () => {
    const workspace = trackerWith(10_000);
    const before = copyOf(workspace);
    renameIn(workspace);
    for (const name of ['Cases', 'Case Steps']) {
      const was = sheetValues(before, name);
      const now = sheetValues(workspace, name);
      const changed = now.flatMap((row, r) => row.flatMap((cell, c) => (JSON.stringify(cell) === JSON.stringify(was[r]?.[c]) ? [] : [`${r + 1}:${c + 1}`])));
      expect(changed.length).toBe(2);
    }
  });
});
