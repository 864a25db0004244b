/**
 * Stored Drive items and a DriveApp over them, shared by the Drive contract tests.
 */
import { createTestRun, storedDriveItem as storedItem } from './harness';
import { createDriveApp } from '../../emulator/services/drive/driveApp';
import { createEmptyWorkspace, CHAIR_EMAIL } from '../../emulator/workspace';
import { MIME, type DriveFileState, type WorkspaceState } from '../../emulator/workspace/state';

export { storedItem };

export type DriveApp = GoogleAppsScript.Drive.DriveApp;

export const MEMBER = 'fictional.member@example.org';
export const OTHER_MEMBER = 'other.member@example.org';
export const OUTSIDER = 'outsider@elsewhere.example';
export const CASE_DOC_ID = 'doc-case';
export const CASE_FOLDER_ID = 'folder-cases';

/** The chair's status spreadsheet, a case folder and a private case document owned by the chair. */
export function workspaceWithCaseDocument(doc: Partial<DriveFileState> = {}, folder: Partial<DriveFileState> = {}): WorkspaceState {
  const workspace = createEmptyWorkspace();
  workspace.files[CASE_FOLDER_ID] = storedItem(CASE_FOLDER_ID, { name: 'Case documents', mimeType: MIME.folder, ...folder });
  workspace.files[CASE_DOC_ID] = storedItem(CASE_DOC_ID, { name: 'home shelf', ...doc });
  workspace.documents[CASE_DOC_ID] = { body: [{ text: '', heading: 'NORMAL' }] };
  return workspace;
}

export function driveFor(workspace: WorkspaceState, user = CHAIR_EMAIL) {
  const { run } = createTestRun({ workspace, user });
  return { run, drive: createDriveApp(run) as unknown as DriveApp };
}

export const emailsOf = (users: GoogleAppsScript.Drive.User[]) => users.map((user) => user.getEmail());

