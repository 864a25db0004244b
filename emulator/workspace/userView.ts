import { canEdit, canView } from './access';
import type { DocumentState, DriveFileState, SpreadsheetState, WorkspaceState } from './state';

/**
 * The workspace as one signed-in person would see it in Google (`GET /api/view?user=EMAIL`), for
 * the browser page; `GET /api/workspace` stays the whole state, for tests.
 *
 * - Drive's "My Drive" and "Shared with me" list only files the person owns or can open (a file
 *   shared with them, by link or domain, or in a folder they can open); a trashed file only its
 *   owner sees, in the trash.
 * - A spreadsheet or document they cannot open has no content in the view: Google shows "You need
 *   access" instead.
 * - A spreadsheet they can only view opens read-only, and simple triggers such as `onOpen` do not
 *   run in it ("They do not run if a file is opened in read-only (view or comment) mode",
 *   https://developers.google.com/apps-script/guides/triggers#restrictions), so no add-on menu.
 * - Script and document properties are the script's, never shown to a person; the execution log
 *   is shown to editors of the spreadsheet the script is bound to, as Apps Script shows
 *   executions to the script's editors.
 */
/** What the page says when a viewer tries to type, as Sheets marks such a file "View only". */
export const VIEW_ONLY_MESSAGE = 'View only: you can view this spreadsheet but not edit it. Ask its owner for edit access.';

export type FileAccess = 'owner' | 'editor' | 'viewer' | 'none';

export interface UserView {
  user: string;
  /** What the person may do with the status spreadsheet the page shows. */
  activeSpreadsheetAccess: FileAccess;
  /** Everyone named on any file: the emulator's own list for "Signed in as", not Google's. */
  knownUsers: string[];
  /** The workspace's shape with only what this person can see. */
  workspace: WorkspaceState;
}

export function accessTo(file: DriveFileState | undefined, user: string, workspace: WorkspaceState): FileAccess {
  if (!file || file.trashed) return 'none';
  if (file.owner.toLowerCase() === user.toLowerCase()) return 'owner';
  if (canEdit(file, user, workspace)) return 'editor';
  return canView(file, user, workspace) ? 'viewer' : 'none';
}

export function workspaceAsSeenBy(workspace: WorkspaceState, user: string): UserView {
  const email = user.trim().toLowerCase();
  const visible = Object.values(workspace.files).filter((file) =>
    file.trashed ? file.owner.toLowerCase() === email : canView(file, email, workspace),
  );
  const files: Record<string, DriveFileState> = {};
  const spreadsheets: Record<string, SpreadsheetState> = {};
  const documents: Record<string, DocumentState> = {};
  for (const file of visible) {
    files[file.id] = file;
    if (file.trashed) continue;
    if (workspace.spreadsheets[file.id]) spreadsheets[file.id] = workspace.spreadsheets[file.id];
    if (workspace.documents[file.id]) documents[file.id] = workspace.documents[file.id];
  }
  const activeSpreadsheetAccess = accessTo(workspace.files[workspace.activeSpreadsheetId], email, workspace);
  const seesLog = activeSpreadsheetAccess === 'owner' || activeSpreadsheetAccess === 'editor';
  return {
    user: email,
    activeSpreadsheetAccess,
    knownUsers: knownUsers(workspace),
    workspace: {
      ...workspace,
      files,
      spreadsheets,
      documents,
      properties: { script: {}, document: {}, user: {} },
      log: seesLog ? workspace.log : [],
    },
  };
}

function knownUsers(workspace: WorkspaceState): string[] {
  const emails = new Set<string>();
  for (const file of Object.values(workspace.files)) [file.owner, ...file.editors, ...file.viewers].forEach((email) => emails.add(email.toLowerCase()));
  return [...emails].sort();
}
