/**
 * The workspace as one person sees it (GET /api/view): Google Drive lists only files a person owns
 * or can open ("Files shared with you", https://support.google.com/drive/answer/2375057), a file
 * they cannot open shows "You need access", and simple triggers do not run in a file opened
 * read-only (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
import { accessTo, workspaceAsSeenBy } from '../../emulator/workspace/userView';
import { createEmptyWorkspace, CHAIR_EMAIL, newSheetState } from '../../emulator/workspace';
import { MIME, type DriveFileState, type WorkspaceState } from '../../emulator/workspace/state';

const MEMBER = 'member.one@example.org';
const VIEWER = 'viewer.one@example.org';
const STRANGER = 'stranger@elsewhere.example';
const KEY_ID = 'identity-key';
const FOLDER_ID = 'case-folder';
const DOCUMENT_ID = 'case-document';

function file(id: string, mimeType: string, changes: Partial<DriveFileState> = {}): DriveFileState {
  return { id, name: id, mimeType, owner: CHAIR_EMAIL, editors: [], viewers: [], access: 'PRIVATE', permission: 'NONE', parents: [], trashed: false, createdAt: '2024-01-01T00:00:00.000Z', ...changes };
}

/** A status spreadsheet the member edits and the viewer views, a key only the chair can open, a case document shared with the member. */
function workspace(): WorkspaceState {
  const state = createEmptyWorkspace();
  const status = state.files[state.activeSpreadsheetId];
  status.editors = [MEMBER];
  status.viewers = [VIEWER];
  state.spreadsheets[state.activeSpreadsheetId].sheets[0].values = [['Case Code Name'], ['Amber Otter']];
  state.files[KEY_ID] = file(KEY_ID, MIME.spreadsheet);
  state.spreadsheets[KEY_ID] = { timeZone: 'Europe/London', sheets: [{ ...newSheetState('Identity Key', 0), values: [['Real Name'], ['Fictional Person One']] }] };
  state.files[FOLDER_ID] = file(FOLDER_ID, MIME.folder);
  state.files[DOCUMENT_ID] = file(DOCUMENT_ID, MIME.document, { editors: [MEMBER], parents: [FOLDER_ID] });
  state.documents[DOCUMENT_ID] = { body: [{ text: 'Report summary', heading: 'HEADING1' }] };
  state.properties.document = { conflicts: '[]' };
  state.log = ['a line the script logged'];
  return state;
}

describe('workspaceAsSeenBy', () => {
  it('lists every file with its content for the person who owns them', () => {
    const view = workspaceAsSeenBy(workspace(), CHAIR_EMAIL);
    expect(Object.keys(view.workspace.files).sort()).toEqual([DOCUMENT_ID, FOLDER_ID, KEY_ID, 'status-spreadsheet']);
    expect(view.workspace.spreadsheets[KEY_ID].sheets[0].values[1]).toEqual(['Fictional Person One']);
    expect(view.activeSpreadsheetAccess).toBe('owner');
  });

  it('leaves out the identity key, its rows included, for a member it is not shared with', () => {
    const view = workspaceAsSeenBy(workspace(), MEMBER);
    expect(view.workspace.files[KEY_ID]).toBeUndefined();
    expect(view.workspace.spreadsheets[KEY_ID]).toBeUndefined();
    expect(JSON.stringify(view.workspace)).not.toContain('Fictional Person One');
    expect(Object.keys(view.workspace.files).sort()).toEqual([DOCUMENT_ID, 'status-spreadsheet']);
    expect(view.activeSpreadsheetAccess).toBe('editor');
  });

  it('shows a stranger no file, no cell and no log line', () => {
    const view = workspaceAsSeenBy(workspace(), STRANGER);
    expect(view.workspace.files).toEqual({});
    expect(view.workspace.spreadsheets).toEqual({});
    expect(view.workspace.documents).toEqual({});
    expect(view.workspace.log).toEqual([]);
    expect(view.activeSpreadsheetAccess).toBe('none');
  });

  it('gives a viewer the cells but marks the spreadsheet view-only and hides the script log', () => {
    const view = workspaceAsSeenBy(workspace(), VIEWER);
    expect(view.activeSpreadsheetAccess).toBe('viewer');
    expect(view.workspace.spreadsheets['status-spreadsheet'].sheets[0].values[1]).toEqual(['Amber Otter']);
    expect(view.workspace.log).toEqual([]);
  });

  it('shows what a folder holds to the folder\'s editors, as Drive does', () => {
    const state = workspace();
    state.files[FOLDER_ID].editors = [VIEWER];
    expect(Object.keys(workspaceAsSeenBy(state, VIEWER).workspace.documents)).toEqual([DOCUMENT_ID]);
  });

  it('shows a trashed file to its owner only, without its content', () => {
    const state = workspace();
    state.files[DOCUMENT_ID].trashed = true;
    expect(workspaceAsSeenBy(state, MEMBER).workspace.files[DOCUMENT_ID]).toBeUndefined();
    const owners = workspaceAsSeenBy(state, CHAIR_EMAIL).workspace;
    expect(owners.files[DOCUMENT_ID].trashed).toBe(true);
    expect(owners.documents[DOCUMENT_ID]).toBeUndefined();
  });

  it('never shows the script\'s properties', () => {
    expect(workspaceAsSeenBy(workspace(), CHAIR_EMAIL).workspace.properties).toEqual({ script: {}, document: {}, user: {} });
  });

  it('compares emails without regard to case', () => {
    expect(accessTo(workspace().files['status-spreadsheet'], 'Member.One@Example.org', workspace())).toBe('editor');
  });
});
