/**
 * The invariant checker itself: a healthy group passes, and for each invariant a workspace that
 * breaks it is named. A checker that cannot fail would prove nothing.
 */
import { Breach, Step, checkInvariants, describeBreach, linkedId } from './checkInvariants';
import { CHAIR_EMAIL, CONFLICTED_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, PERSON_ONE, STRANGER_EMAIL, SUMMARY_ONE, World, healthyWorld } from './world';
import { copyOf, dateCell, sheetState } from '../integration/helpers';
import type { RunResponse } from '../../emulator/runner';
import type { DriveFileState, WorkspaceState } from '../../emulator/workspace/state';

let shared: World;
beforeAll(() => {
  shared = healthyWorld();
});

/** A fresh copy of the healthy group, so each test breaks its own. */
function world(): World {
  return { ...shared, workspace: copyOf(shared.workspace) };
}

function invariantsBroken(breaches: readonly Breach[]): number[] {
  return [...new Set(breaches.map((breach) => breach.invariant))].sort();
}

function documentOf(workspace: WorkspaceState, caseIndex: number): DriveFileState {
  return workspace.files[linkedId(shared.cases[caseIndex].documentUrl) as string];
}

function casesRows(workspace: WorkspaceState) {
  const sheet = sheetState(workspace, 'Cases');
  const header = sheet.values[0].map(String);
  return { sheet, column: (title: string) => header.indexOf(title) };
}

function runStep(fn: string, args: unknown[], response: Partial<RunResponse>, user = CHAIR_EMAIL): Step {
  return { kind: 'run', function: fn, args, user, response: { shown: [], calls: {}, result: null, ...response } as RunResponse };
}

describe('checkInvariants', () => {
  it('finds nothing wrong in a group made through the add-on', () => {
    const { workspace, secrets } = world();
    expect(checkInvariants(workspace, { secrets }).map(describeBreach)).toEqual([]);
  });

  describe('invariant 1: real names, aliases and summaries stay in the key and the documents', () => {
    it('names a cell of the tracker holding a real name from the key', () => {
      const { workspace } = world();
      const { sheet } = casesRows(workspace);
      sheet.values[1][14] = PERSON_ONE;
      expect(checkInvariants(workspace).map(describeBreach)).toEqual([`invariant 1 @ ${workspace.activeSpreadsheetId}/Cases R2C15: holds a real name, alias or summary`]);
    });

    it('names a summary in a document title, a note, a property and the log', () => {
      const { workspace, secrets } = world();
      documentOf(workspace, 0).name = SUMMARY_ONE;
      sheetState(workspace, 'Cases').notes.A2 = `see ${SUMMARY_ONE}`;
      workspace.properties.document.last = SUMMARY_ONE;
      workspace.log.push(SUMMARY_ONE);
      const wheres = checkInvariants(workspace, { secrets }).filter((breach) => breach.invariant === 1).map((breach) => breach.where);
      expect(wheres).toEqual(expect.arrayContaining([expect.stringMatching(/^title of/), expect.stringMatching(/note/), 'properties', 'log line 1']));
    });

    it('names a run whose error or shown payload repeats a real name, in any spelling', () => {
      const { workspace } = world();
      const fullwidth = 'ＦＩＣＴＩＯＮＡＬ person\u00A0one';
      const step = runStep('logReport', [], { error: `No person called ${fullwidth}.` });
      const shown = runStep('generateCodeName', [], { shown: [{ type: 'toast', title: '', message: `${PERSON_ONE} added` }] });
      const breaches = checkInvariants(workspace, { runs: [step, shown] });
      expect(breaches.map((breach) => breach.where)).toEqual(['run 1 (logReport) result, error or shown', 'run 2 (generateCodeName) result, error or shown']);
    });

    it('lets a result hand a person back their own text, but never an error', () => {
      const { workspace } = world();
      const draft = `Dear ${PERSON_ONE}, about the fictional sprint.`;
      const returned = runStep('checkDraft', [draft], { result: { redacted: draft } });
      const refused = runStep('checkDraft', [draft], { error: `Could not check the draft for ${PERSON_ONE}.` });
      expect(checkInvariants(workspace, { runs: [returned] })).toEqual([]);
      expect(checkInvariants(workspace, { runs: [refused] }).map((breach) => breach.invariant)).toEqual([1]);
    });
  });

  describe('invariant 2: the key agrees with Cases', () => {
    it('names a stale Report Count and Highest Consequence', () => {
      const { workspace, keyId } = world();
      const key = sheetState(workspace, 'Identity Key', keyId);
      key.values[1][3] = 7;
      key.values[1][4] = 'Ban';
      const breaches = checkInvariants(workspace);
      expect(breaches.map(describeBreach)).toEqual([
        'invariant 2 @ identity key row 2: Report Count is 7, Cases gives 2',
        'invariant 2 @ identity key row 2: Highest Consequence is "Ban", Cases gives "Warning"',
      ]);
    });

    it('leaves the counts alone while they may lag behind a hand edit', () => {
      const { workspace, keyId } = world();
      sheetState(workspace, 'Identity Key', keyId).values[1][3] = 7;
      expect(checkInvariants(workspace, { identityKeyCurrent: false })).toEqual([]);
    });
  });

  describe('invariant 3: case documents private, shared exactly, in the folder', () => {
    it('names link sharing, a missing editor and a document outside the folder', () => {
      const { workspace } = world();
      const document = documentOf(workspace, 1);
      document.access = 'ANYONE_WITH_LINK';
      document.editors = document.editors.filter((email) => email !== MEMBER_EMAIL);
      document.parents = [];
      const messages = checkInvariants(workspace).filter((breach) => breach.invariant === 3).map((breach) => breach.message);
      expect(messages).toEqual([
        'is shared by link (ANYONE_WITH_LINK), and Audit sharing does not list it',
        `${MEMBER_EMAIL} should edit it but cannot, and Audit sharing does not list it`,
        'is not in the case folder, and Audit sharing does not list it',
      ]);
    });

    it('accepts a broken document that Audit sharing lists', () => {
      const { workspace } = world();
      documentOf(workspace, 1).parents = [];
      const findings = [{ caseCodeName: shared.cases[1].caseCodeName, problem: 'The document is not in the case folder.' }];
      expect(checkInvariants(workspace, { auditFindings: () => findings })).toEqual([]);
    });

    it('finds a document in the folder that no row links to', () => {
      const { workspace } = world();
      const folder = documentOf(workspace, 0).parents[0];
      workspace.files['stray-doc'] = { ...documentOf(workspace, 0), id: 'stray-doc', name: 'quiet lantern', editors: [] };
      expect(checkInvariants(workspace).filter((breach) => breach.where === 'document stray-doc').length).toBeGreaterThan(0);
      expect(folder).not.toBe('');
    });
  });

  describe('invariant 4: one case, one document', () => {
    it('names a case whose rows link two documents, and the row whose link is titled otherwise', () => {
      const { workspace } = world();
      const { sheet, column } = casesRows(workspace);
      sheet.values[2][column('Documents')] = shared.cases[1].documentUrl;
      const messages = checkInvariants(workspace).filter((breach) => breach.invariant === 4).map(describeBreach);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^invariant 4 @ Cases row 3: links document .*, whose title is not the row's case code name$/),
          expect.stringMatching(new RegExp(`^invariant 4 @ case ${shared.cases[0].caseCodeName}: links 2 documents`)),
          expect.stringMatching(/is linked from 2 cases/),
        ]),
      );
    });

    it('names a second document titled with a case, and a link into the trash', () => {
      const { workspace } = world();
      workspace.files['second-doc'] = { ...documentOf(workspace, 1), id: 'second-doc' };
      documentOf(workspace, 0).trashed = true;
      const messages = checkInvariants(workspace).filter((breach) => breach.invariant === 4).map((breach) => breach.message);
      expect(messages).toEqual(expect.arrayContaining(['links a document that does not exist or is in the trash', expect.stringMatching(/^2 documents are titled with it/)]));
    });
  });

  describe('invariant 5: no formula from typed or submitted text', () => {
    it('names a formula cell holding submitted text', () => {
      const { workspace } = world();
      sheetState(workspace, 'Cases').values[1][0] = { formula: '=HYPERLINK("x")' };
      expect(checkInvariants(workspace, { submitted: ['=HYPERLINK("x")'] }).map((breach) => breach.invariant)).toEqual([5]);
    });

    it('names any formula a run of the add-on wrote', () => {
      const { workspace } = world();
      const before = copyOf(workspace);
      sheetState(workspace, 'Audit Log').values[1][2] = { formula: '=1+1' };
      expect(checkInvariants(workspace, { before, step: runStep('validateRecords', [], {}) }).map((breach) => breach.invariant)).toEqual([5]);
    });

    it('leaves a formula a person typed by hand alone', () => {
      const { workspace } = world();
      const before = copyOf(workspace);
      sheetState(workspace, 'Cases').values[1][0] = { formula: '=TODAY()' };
      expect(checkInvariants(workspace, { before, step: { kind: 'hand', user: CHAIR_EMAIL, description: 'typed =TODAY()' }, submitted: ['=TODAY()'] })).toEqual([]);
    });
  });

  describe('invariant 6: Members and Conflicts change only by their actions', () => {
    function membersRowOf(workspace: WorkspaceState, email: string): (string | number | boolean | object)[] {
      const row = sheetState(workspace, 'Members').values.find((cells) => cells[0] === email);
      if (!row) throw new Error(`no member ${email}`);
      return row;
    }

    it('names a change to Members by an action not meant to change it', () => {
      const { workspace } = world();
      const before = copyOf(workspace);
      membersRowOf(workspace, MEMBER_EMAIL)[2] = 'Yes';
      const breaches = checkInvariants(workspace, { before, step: runStep('validateRecords', [], {}, MEMBER_EMAIL) });
      expect(breaches.map(describeBreach)).toEqual([`invariant 6 @ Members (${MEMBER_EMAIL}): changed by validateRecords, which may not change it`]);
    });

    it('names re-onboarding an active member that changed their key access or conflicts', () => {
      const { workspace } = world();
      const before = copyOf(workspace);
      membersRowOf(workspace, KEY_HOLDER_EMAIL)[2] = 'No';
      const conflicts = sheetState(workspace, 'Conflicts');
      conflicts.values = conflicts.values.filter((row) => row[0] !== CONFLICTED_EMAIL);
      // The record in document properties is what counts; the sheet is its view.
      for (const key of Object.keys(workspace.properties.document)) if (key.startsWith('djangoCoc.conflicts')) delete workspace.properties.document[key];
      const reonboard = (email: string) => runStep('onboardMember', [email, { identityKeyAccess: false, conflicts: [] }], {});
      expect(invariantsBroken(checkInvariants(workspace, { before, step: reonboard(KEY_HOLDER_EMAIL) }))).toContain(6);
      expect(checkInvariants(workspace, { before, step: reonboard(CONFLICTED_EMAIL) }).map((breach) => breach.where)).toEqual(
        expect.arrayContaining([`Members (${KEY_HOLDER_EMAIL})`, expect.stringMatching(new RegExp(`^Conflicts \\(${CONFLICTED_EMAIL}`))]),
      );
    });

    it('lets onboarding add a new member and their conflicts', () => {
      const { workspace } = world();
      const before = copyOf(workspace);
      sheetState(workspace, 'Members').values.push([STRANGER_EMAIL, 'Member', 'No', 'Yes']);
      sheetState(workspace, 'Conflicts').values.push([STRANGER_EMAIL, shared.cases[0].caseCodeName, '']);
      const step = runStep('onboardMember', [STRANGER_EMAIL, { conflicts: [shared.cases[0].caseCodeName] }], {});
      expect(checkInvariants(workspace, { before, step }).filter((breach) => breach.invariant === 6)).toEqual([]);
    });

    it('lets Hand over the chair swap two Role cells, and nothing else', () => {
      const { workspace } = world();
      const before = copyOf(workspace);
      membersRowOf(workspace, CHAIR_EMAIL)[1] = 'Member';
      membersRowOf(workspace, MEMBER_EMAIL)[1] = 'Chair';
      const step = runStep('handOverChair', [MEMBER_EMAIL], {});
      expect(checkInvariants(workspace, { before, step }).filter((breach) => breach.invariant === 6)).toEqual([]);
      membersRowOf(workspace, MEMBER_EMAIL)[2] = 'Yes';
      membersRowOf(workspace, KEY_HOLDER_EMAIL)[1] = 'Chair';
      expect(checkInvariants(workspace, { before, step }).filter((breach) => breach.invariant === 6).map((breach) => breach.where).sort()).toEqual([`Members (${KEY_HOLDER_EMAIL})`, `Members (${MEMBER_EMAIL})`]);
    });

    it('lets Remove conflict take away the named conflict only', () => {
      const { workspace } = world();
      const before = copyOf(workspace);
      for (const key of Object.keys(workspace.properties.document)) if (key.startsWith('djangoCoc.conflicts')) delete workspace.properties.document[key];
      sheetState(workspace, 'Conflicts').values.splice(1);
      const named = runStep('removeConflict', [CONFLICTED_EMAIL, shared.cases[0].caseCodeName], {});
      const other = runStep('removeConflict', [CONFLICTED_EMAIL, shared.cases[1].caseCodeName], {});
      expect(checkInvariants(workspace, { before, step: named }).filter((breach) => breach.invariant === 6)).toEqual([]);
      expect(invariantsBroken(checkInvariants(workspace, { before, step: other }))).toContain(6);
    });
  });

  describe('invariant 7: nobody holds access they were not given', () => {
    it('names a conflicted member on a document, an offboarded member on the key, and a stranger on the folder and tracker', () => {
      const { workspace, keyId } = world();
      documentOf(workspace, 0).viewers.push(CONFLICTED_EMAIL);
      workspace.files[keyId].editors.push(MEMBER_EMAIL);
      const folder = workspace.files[documentOf(workspace, 0).parents[0]];
      folder.editors.push(STRANGER_EMAIL);
      workspace.files[workspace.activeSpreadsheetId].viewers.push(STRANGER_EMAIL);
      const sevens = checkInvariants(workspace, { auditFindings: () => [{ caseCodeName: shared.cases[0].caseCodeName, problem: 'listed' }] })
        .filter((breach) => breach.invariant === 7)
        .map((breach) => `${breach.where.split(' ')[0]} ${breach.message}`);
      expect(sevens).toEqual([
        `case ${CONFLICTED_EMAIL} can open it but may not`,
        `identity ${MEMBER_EMAIL} can open it but may not`,
        `case ${STRANGER_EMAIL} can open it but may not`,
        `tracker ${STRANGER_EMAIL} can open it but may not`,
      ]);
    });

    it('holds for a key a member who left still opens while Audit sharing names them, or says it could not check the key', () => {
      const { workspace, keyId } = world();
      workspace.files[keyId].editors.push(MEMBER_EMAIL);
      const keySevens = (problem: string) =>
        checkInvariants(workspace, { auditFindings: () => [{ caseCodeName: 'Identity key', problem }] }).filter((breach) => breach.invariant === 7 && breach.where.includes(keyId));
      expect(keySevens(`${MEMBER_EMAIL} can open it but should not`)).toEqual([]);
      expect(keySevens('The identity key named in Settings does not open for you, so its sharing could not be checked.')).toEqual([]);
      expect(keySevens('Its sharing is as it should be.')).toHaveLength(1);
    });
  });

  describe('invariant 9: only onboarding and Grant access give access to an existing file', () => {
    /** The healthy group with Members saying the member has Identity Key Access, as a chair may type. */
    function typedYes(): { workspace: WorkspaceState; before: WorkspaceState; keyId: string } {
      const { workspace, keyId } = world();
      sheetState(workspace, 'Members').values.find((cells) => cells[0] === MEMBER_EMAIL)![2] = 'Yes';
      const before = copyOf(workspace);
      workspace.files[keyId].editors.push(MEMBER_EMAIL);
      return { workspace, before, keyId };
    }

    it('names Audit sharing giving the key to a member whose cell a chair set to Yes', () => {
      const { workspace, before, keyId } = typedYes();
      const breaches = checkInvariants(workspace, { before, step: runStep('auditSharing', [true], {}) });
      expect(breaches.map(describeBreach)).toEqual([`invariant 9 @ file ${keyId}: auditSharing gave ${MEMBER_EMAIL} access to it, which only onboarding them, Grant access or Hand over the chair may`]);
    });

    it('lets Grant access give the key to the member it names, and no one else', () => {
      const { workspace, before } = typedYes();
      expect(checkInvariants(workspace, { before, step: runStep('grantAccess', [MEMBER_EMAIL, 'identity key'], {}) })).toEqual([]);
      expect(invariantsBroken(checkInvariants(workspace, { before, step: runStep('grantAccess', [KEY_HOLDER_EMAIL, 'identity key'], {}) }))).toEqual([9]);
    });

    it('leaves a file the run made to invariants 3 and 7, and a hand edit (which cannot share) alone', () => {
      const { workspace } = world();
      const before = copyOf(workspace);
      workspace.files['doc-new'] = { ...documentOf(workspace, 0), id: 'doc-new', editors: [MEMBER_EMAIL] };
      expect(checkInvariants(workspace, { before, step: runStep('logReport', [], {}) }).filter((breach) => breach.invariant === 9)).toEqual([]);
    });
  });

  describe('invariant 8: Case Steps holds code names only, and runs record steps as spec 18 allows', () => {
    function addStep(workspace: WorkspaceState, cells: unknown[]): number {
      const steps = sheetState(workspace, 'Case Steps');
      steps.values.push(cells as never);
      return steps.values.length;
    }

    it('names free text typed into every column of a row', () => {
      const { workspace } = world();
      const row = addStep(workspace, ['see the shared drive', 'Lunch', 'yesterday', 'someone']);
      expect(checkInvariants(workspace).filter((breach) => breach.invariant === 8).map(describeBreach)).toEqual([
        `invariant 8 @ Case Steps row ${row}: Case Code Name is not a case code name`,
        `invariant 8 @ Case Steps row ${row}: Step is not in the Settings list of steps`,
        `invariant 8 @ Case Steps row ${row}: Date is not a date`,
        `invariant 8 @ Case Steps row ${row}: Member Email is not an email`,
      ]);
    });

    it('names a step a run recorded for a case its member is conflicted on, as someone else, or for no case in Cases', () => {
      const { workspace } = world();
      const before = copyOf(workspace);
      const conflicted = addStep(workspace, [shared.cases[0].caseCodeName, 'Acknowledged', dateCell(workspace, '2025-03-05'), CONFLICTED_EMAIL]);
      const elsewhere = addStep(workspace, ['quiet lantern', 'Acknowledged', dateCell(workspace, '2025-03-05'), CONFLICTED_EMAIL]);
      const step = runStep('recordCaseStep', [{ step: 'Acknowledged' }], {}, MEMBER_EMAIL);
      expect(checkInvariants(workspace, { before, step }).filter((breach) => breach.invariant === 8).map(describeBreach)).toEqual([
        `invariant 8 @ Case Steps row ${conflicted}: recordCaseStep run by ${MEMBER_EMAIL} recorded the step as ${CONFLICTED_EMAIL}`,
        `invariant 8 @ Case Steps row ${conflicted}: recordCaseStep recorded a step by ${CONFLICTED_EMAIL}, who is conflicted on its case`,
        `invariant 8 @ Case Steps row ${elsewhere}: recordCaseStep run by ${MEMBER_EMAIL} recorded the step as ${CONFLICTED_EMAIL}`,
        `invariant 8 @ Case Steps row ${elsewhere}: recordCaseStep recorded a step for a case that is not in Cases`,
      ]);
    });

    it('leaves alone the steps a run moved to a case\'s new name', () => {
      const { workspace } = world();
      addStep(workspace, [shared.cases[0].caseCodeName, 'Acknowledged', dateCell(workspace, '2025-03-05'), CONFLICTED_EMAIL]);
      const before = copyOf(workspace);
      const steps = sheetState(workspace, 'Case Steps').values;
      for (const cells of steps.slice(1)) if (cells[0] === shared.cases[0].caseCodeName) cells[0] = 'quiet lantern';
      for (const cells of sheetState(workspace, 'Cases').values.slice(1)) if (cells[1] === shared.cases[0].caseCodeName) cells[1] = 'quiet lantern';
      const eights = checkInvariants(workspace, { before, step: runStep('renameCase', [], {}) }).filter((breach) => breach.invariant === 8);
      expect(eights.map(describeBreach)).toEqual([]);
    });

    it('leaves alone a step recorded before its member declared a conflict, and one for a case since renamed by hand', () => {
      const { workspace } = world();
      addStep(workspace, [shared.cases[0].caseCodeName, 'Acknowledged', dateCell(workspace, '2025-03-05'), CONFLICTED_EMAIL]);
      addStep(workspace, ['quiet lantern', 'Reporter updated', dateCell(workspace, '2025-03-05'), MEMBER_EMAIL]);
      const before = copyOf(workspace);
      expect(checkInvariants(workspace, { before, step: runStep('needsAttention', [], {}, MEMBER_EMAIL) }).map(describeBreach)).toEqual([]);
    });
  });
});
