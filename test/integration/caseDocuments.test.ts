/**
 * "Create or open case document" (spec section 6) through the built bundle in the emulator.
 */
import type { OpenCaseDocumentResult } from '../../src/core/apiTypes';
import { caseDocumentSections } from '../../src/core/caseDocument';
import type { RunResponse } from '../../emulator/runner';
import type { CellValue, DriveFileState, WorkspaceState } from '../../emulator/workspace/state';
import {
  CHAIR_EMAIL, MEMBER_EMAIL, addDocument, addMember, alerts, cellOf, columnOf, copyOf, errorOf, ok, ongoingCase, run,
  setSetting, setUpWorkspace, sheetValues, totalCalls, writeCases, shareStatusSpreadsheet, recordConflict
} from './helpers';

const SECOND_MEMBER = 'fictional.second@example.org';
const FORMER_MEMBER = 'fictional.former@example.org';
const CASE = 'home shelf';
const OTHER_CASE = 'quiet lantern';
const FOLDER_NAME = 'CoC WG case documents';
/** Another case's Documents cell holding text that a rewrite would turn into the number 7. */
const OTHER_ROWS_NOTE = '007';

function addConflict(workspace: WorkspaceState, email: string, caseCodeName: string): void {
  recordConflict(workspace, email, caseCodeName);
}

/**
 * The chair, two active members and a former one; `home shelf` on rows 2 and 4 (another case
 * between), the second member conflicted for it.
 */
function trackerWithCases(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  addMember(workspace, SECOND_MEMBER);
  addMember(workspace, FORMER_MEMBER, { active: false });
  addConflict(workspace, SECOND_MEMBER, CASE);
  writeCases(workspace, [
    ongoingCase({ caseCodeName: CASE, personCodeName: 'Blue Jay' }),
    ongoingCase({ caseCodeName: OTHER_CASE, documents: OTHER_ROWS_NOTE }),
    ongoingCase({ caseCodeName: CASE, personCodeName: 'Teal Wren' }),
  ]);
  return workspace;
}

function selectRow(workspace: WorkspaceState, row: number) {
  return { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', row) };
}

function open(workspace: WorkspaceState, row = 2, user = CHAIR_EMAIL, extra: { failAtCall?: number } = {}): RunResponse {
  return run(workspace, 'openCaseDocument', { user, selection: selectRow(workspace, row), ...extra });
}

function documentsColumn(workspace: WorkspaceState): CellValue[] {
  const column = columnOf(workspace, 'Cases', 'Documents');
  return sheetValues(workspace, 'Cases').slice(1).map((row) => row[column] ?? '');
}

function liveDocuments(workspace: WorkspaceState, title = CASE): DriveFileState[] {
  return Object.values(workspace.files).filter((file) => file.mimeType.endsWith('document') && !file.trashed && file.name === title);
}

function folders(workspace: WorkspaceState): DriveFileState[] {
  return Object.values(workspace.files).filter((file) => file.mimeType.endsWith('folder') && !file.trashed);
}

function idOf(url: string): string {
  return /\/d\/([^/]+)/.exec(url)?.[1] ?? '';
}

function auditActions(workspace: WorkspaceState): string[] {
  return sheetValues(workspace, 'Audit Log').slice(1).map((row) => `${row[2]}: ${row[3]}`);
}

describe('openCaseDocument', () => {
  it('creates a Google Doc titled exactly with the case code name', () => {
    const workspace = trackerWithCases();
    const result = ok<OpenCaseDocumentResult>(open(workspace));
    expect(result).toEqual({ caseCodeName: CASE, documentUrl: expect.stringMatching(/^https:\/\/docs\.google\.com\/document\/d\//), created: true, notShared: [] });
    expect(workspace.files[idOf(result.documentUrl)].name).toBe(CASE);
  });

  it("writes the manual's sections as HEADING2 headings, each followed by an italic reminder", () => {
    const workspace = trackerWithCases();
    const { documentUrl } = ok<OpenCaseDocumentResult>(open(workspace));
    const expected = caseDocumentSections().flatMap((section) => [
      { text: section.heading, heading: 'HEADING2', italic: false },
      { text: section.reminder, heading: 'NORMAL', italic: true },
    ]);
    expect(workspace.documents[idOf(documentUrl)].body).toEqual(expected);
  });

  it('links the document in Documents on every row of the case and leaves the rows between alone', () => {
    const workspace = trackerWithCases();
    const { documentUrl } = ok<OpenCaseDocumentResult>(open(workspace));
    expect(documentsColumn(workspace)).toEqual([documentUrl, OTHER_ROWS_NOTE, documentUrl]);
  });

  it('creates the document once per case however often, and from whichever row, it is opened', () => {
    const workspace = trackerWithCases();
    const results = [open(workspace, 2), open(workspace, 4), open(workspace, 2, MEMBER_EMAIL)].map((response) => ok<OpenCaseDocumentResult>(response));
    expect(results.map((result) => result.created)).toEqual([true, false, false]);
    expect(new Set(results.map((result) => result.documentUrl)).size).toBe(1);
    expect(liveDocuments(workspace)).toHaveLength(1);
    expect(auditActions(workspace).filter((line) => line.startsWith('Created case document'))).toEqual([`Created case document: ${CASE}`]);
  });

  it('makes the document private, editable by exactly the active members without a conflict', () => {
    const workspace = trackerWithCases();
    const { documentUrl } = ok<OpenCaseDocumentResult>(open(workspace));
    const file = workspace.files[idOf(documentUrl)];
    expect({ access: file.access, permission: file.permission, owner: file.owner, editors: [...file.editors].sort(), viewers: file.viewers }).toEqual({
      access: 'PRIVATE', permission: 'NONE', owner: CHAIR_EMAIL, editors: [MEMBER_EMAIL], viewers: [],
    });
  });

  it('keeps the new case folder private to the chair who made it and names it in Settings', () => {
    const workspace = trackerWithCases();
    const { documentUrl } = ok<OpenCaseDocumentResult>(open(workspace));
    const [folder] = folders(workspace);
    expect({ name: folder.name, owner: folder.owner, editors: folder.editors, viewers: folder.viewers, access: folder.access }).toEqual({
      name: FOLDER_NAME, owner: CHAIR_EMAIL, editors: [], viewers: [], access: 'PRIVATE',
    });
    expect(workspace.files[idOf(documentUrl)].parents).toEqual([folder.id]);
    expect(sheetValues(workspace, 'Settings').some((row) => row.includes('Case Documents Folder ID') && row.includes(folder.id))).toBe(true);
  });

  it('puts the next case document in the same folder', () => {
    const workspace = trackerWithCases();
    ok(open(workspace, 2));
    const { documentUrl } = ok<OpenCaseDocumentResult>(open(workspace, 3));
    expect(folders(workspace)).toHaveLength(1);
    expect(workspace.files[idOf(documentUrl)].parents).toEqual([folders(workspace)[0].id]);
  });

  it("leaves a member's new document private in their own Drive and makes no folder", () => {
    const workspace = trackerWithCases();
    const { documentUrl } = ok<OpenCaseDocumentResult>(open(workspace, 2, MEMBER_EMAIL));
    const file = workspace.files[idOf(documentUrl)];
    expect({ owner: file.owner, parents: file.parents, access: file.access, editors: file.editors }).toEqual({
      owner: MEMBER_EMAIL, parents: [], access: 'PRIVATE', editors: [CHAIR_EMAIL],
    });
    expect(folders(workspace)).toEqual([]);
  });

  it('fills in the link on a row of the case added without one', () => {
    const workspace = trackerWithCases();
    const { documentUrl } = ok<OpenCaseDocumentResult>(open(workspace));
    writeCases(workspace, [ongoingCase({ caseCodeName: CASE, personCodeName: 'Red Fox' })]);
    expect(ok<OpenCaseDocumentResult>(open(workspace, 5)).created).toBe(false);
    expect(documentsColumn(workspace)).toEqual([documentUrl, OTHER_ROWS_NOTE, documentUrl, documentUrl]);
  });

  it('adopts a document already in the case folder with the case code name as its title', () => {
    const workspace = trackerWithCases();
    const folderId = 'existing-folder';
    workspace.files[folderId] = { ...workspace.files[workspace.activeSpreadsheetId], id: folderId, name: FOLDER_NAME, mimeType: 'application/vnd.google-apps.folder' };
    setSetting(workspace, 'Case Documents Folder ID', folderId);
    const existing = addDocument(workspace, CASE, { parent: folderId, editors: [MEMBER_EMAIL] });
    const result = ok<OpenCaseDocumentResult>(open(workspace));
    expect({ created: result.created, id: idOf(result.documentUrl) }).toEqual({ created: false, id: existing.id });
    expect(liveDocuments(workspace)).toHaveLength(1);
  });

  it('refuses a member with a conflict for the case, changing nothing', () => {
    const workspace = trackerWithCases();
    const before = copyOf(workspace);
    expect(errorOf(open(workspace, 2, SECOND_MEMBER))).toBe(
      'You have declared a conflict of interest for this case, so its document is not shared with you.',
    );
    expect(workspace).toEqual(before);
  });

  it('refuses when the active cell is not in a row of Cases, changing nothing', () => {
    const workspace = trackerWithCases();
    const before = copyOf(workspace);
    const response = run(workspace, 'openCaseDocument', { selection: { sheet: 'Settings', a1: 'B2' } });
    expect(errorOf(response)).toBe('Select a cell in a row of the Cases sheet, then choose Django CoC › Create or open case document.');
    expect(workspace).toEqual(before);
  });

  it('refuses a row without a case code name, changing nothing', () => {
    const workspace = trackerWithCases();
    writeCases(workspace, [ongoingCase({ caseCodeName: '' })]);
    const before = copyOf(workspace);
    expect(errorOf(open(workspace, 5))).toMatch(/^The selected row has no Case Code Name/);
    expect(workspace).toEqual(before);
  });

  it.each(['Fictional Person', 'Fictional Person Three', 'fictional person three'])(
    'refuses a row whose Case Code Name %j is not a case code name, so a name typed there never becomes a title or an audit line',
    (typed) => {
      const workspace = trackerWithCases();
      writeCases(workspace, [ongoingCase({ caseCodeName: typed })]);
      const before = copyOf(workspace);
      expect(errorOf(open(workspace, 5))).toMatch(/^This case's Case Code Name is not two lower-case words joined by one space, so no case document was made/);
      expect(workspace).toEqual(before);
    },
  );

  it("refuses rather than making a second document when the case's link does not open for the member", () => {
    const workspace = trackerWithCases();
    ok(open(workspace));
    const [document] = liveDocuments(workspace);
    document.editors = [];
    const before = copyOf(workspace);
    expect(errorOf(open(workspace, 2, MEMBER_EMAIL))).toMatch(/^This case's Documents link does not open for you/);
    expect(workspace).toEqual(before);
  });

  it('refuses a non-member before reading anything, changing nothing', () => {
    const workspace = shareStatusSpreadsheet(trackerWithCases(), 'fictional.outsider@example.org');
    const before = copyOf(workspace);
    expect(errorOf(open(workspace, 2, 'fictional.outsider@example.org'))).toBe(
      'Only active members of the working group can use Django CoC. Ask the chair to add you.',
    );
    expect(workspace).toEqual(before);
  });

  it('makes the same number of service calls for a tracker of 10 rows as for 10,000', () => {
    const sizes = [10, 10_000].map((rows) => {
      const workspace = trackerWithCases();
      writeCases(workspace, Array.from({ length: rows - 3 }, () => ongoingCase({ caseCodeName: OTHER_CASE })));
      const created = open(workspace);
      const opened = open(workspace, 4);
      ok(created);
      ok(opened);
      return { create: created.calls, open: opened.calls };
    });
    expect(sizes[1]).toEqual(sizes[0]);
  });

  describe('after a fault at any service call', () => {
    const workspace = trackerWithCases();
    const calls = totalCalls(open(copyOf(workspace)));

    it.each(Array.from({ length: calls }, (_, index) => index + 1))('leaves no unlinked document (fault at call %i), and a retry finishes the job', (failAt) => {
      const copy = copyOf(workspace);
      open(copy, 2, CHAIR_EMAIL, { failAtCall: failAt });
      const linked = new Set(documentsColumn(copy).map((cell) => idOf(String(cell))));
      expect(liveDocuments(copy).filter((file) => !linked.has(file.id))).toEqual([]);

      const { documentUrl } = ok<OpenCaseDocumentResult>(open(copy));
      const [document] = liveDocuments(copy);
      expect({ documents: liveDocuments(copy).length, id: document.id, editors: document.editors, access: document.access }).toEqual({
        documents: 1, id: idOf(documentUrl), editors: [MEMBER_EMAIL], access: 'PRIVATE',
      });
      expect(documentsColumn(copy)).toEqual([documentUrl, OTHER_ROWS_NOTE, documentUrl]);
      expect(folders(copy).length).toBeLessThanOrEqual(1);
    });

    it.each(Array.from({ length: calls }, (_, index) => index + 1))(
      'leaves the creation in the audit log, or says it must be added by hand (fault at call %i)',
      (failAt) => {
        const copy = copyOf(workspace);
        const faulted = open(copy, 2, CHAIR_EMAIL, { failAtCall: failAt });
        ok(open(copy));
        const created = auditActions(copy).filter((line) => line === `Created case document: ${CASE}`).length;
        const toldToAddByHand =
          'error' in faulted &&
          faulted.error === 'The case document was created and linked on every row of the case, but the Audit Log could not be updated. Please add a "Created case document" line to it by hand.';
        expect({ failAt, logged: created > 0 || toldToAddByHand }).toEqual({ failAt, logged: true });
      },
    );
  });
});

describe('openCaseDocumentFromMenu', () => {
  it('shows the link in a dialog, as an escaped https link', () => {
    const workspace = trackerWithCases();
    const response = run(workspace, 'openCaseDocumentFromMenu', { selection: selectRow(workspace, 2) });
    const [dialog] = response.shown;
    const url = String(documentsColumn(workspace)[0]);
    expect(dialog).toMatchObject({ type: 'modalDialog', title: 'Case document' });
    expect('html' in dialog && dialog.html).toContain(`<a href="${url}" target="_blank" rel="noopener noreferrer">Open the case document ${CASE} (Google Docs, new tab)</a>`);
  });

  it('says why in an alert when the row has no case, changing nothing', () => {
    const workspace = trackerWithCases();
    const before = copyOf(workspace);
    const response = run(workspace, 'openCaseDocumentFromMenu', { selection: { sheet: 'Cases', a1: 'A1' } });
    expect(alerts(response)).toEqual(['Select a cell in a row of the Cases sheet, then choose Django CoC › Create or open case document.']);
    expect(workspace).toEqual(before);
  });
});
