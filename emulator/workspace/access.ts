import type { DriveFileState, WorkspaceState } from './state';

/**
 * Who may open a Drive item. Apps Script throws when a user who is neither owner, editor nor
 * viewer opens a file that is not shared with them by link or domain; the services call these
 * before every open.
 */
export function canView(file: DriveFileState, user: string, workspace: WorkspaceState): boolean {
  return !file.trashed && viewable(file, user, workspace, canView);
}

/**
 * Who could open the item were it not in the trash. DriveApp's listings and getFileById still
 * hand out trashed items to such a user; the editors and the content services do not.
 */
export function canViewIgnoringTrash(file: DriveFileState, user: string, workspace: WorkspaceState): boolean {
  return viewable(file, user, workspace, canViewIgnoringTrash);
}

function viewable(
  file: DriveFileState,
  user: string,
  workspace: WorkspaceState,
  viaFolder: (f: DriveFileState, u: string, w: WorkspaceState) => boolean,
): boolean {
  const email = user.toLowerCase();
  if (file.owner.toLowerCase() === email) return true;
  if (file.editors.some((e) => e.toLowerCase() === email)) return true;
  if (file.viewers.some((e) => e.toLowerCase() === email)) return true;
  if (file.access === 'ANYONE' || file.access === 'ANYONE_WITH_LINK') return file.permission !== 'NONE';
  if ((file.access === 'DOMAIN' || file.access === 'DOMAIN_WITH_LINK') && email.endsWith(`@${workspace.domain.toLowerCase()}`)) {
    return file.permission !== 'NONE';
  }
  return inheritsFromFolder(file, user, workspace, viaFolder);
}

export function canEdit(file: DriveFileState, user: string, workspace: WorkspaceState): boolean {
  if (file.trashed) return false;
  const email = user.toLowerCase();
  if (file.owner.toLowerCase() === email) return true;
  if (file.editors.some((e) => e.toLowerCase() === email)) return true;
  if (file.permission === 'EDIT') {
    if (file.access === 'ANYONE' || file.access === 'ANYONE_WITH_LINK') return true;
    if ((file.access === 'DOMAIN' || file.access === 'DOMAIN_WITH_LINK') && email.endsWith(`@${workspace.domain.toLowerCase()}`)) return true;
  }
  return inheritsFromFolder(file, user, workspace, canEdit);
}

/** Drive gives a folder's editors and viewers the same access to what the folder holds. */
function inheritsFromFolder(
  file: DriveFileState,
  user: string,
  workspace: WorkspaceState,
  check: (f: DriveFileState, u: string, w: WorkspaceState) => boolean,
): boolean {
  return file.parents.some((parentId) => {
    const parent = workspace.files[parentId];
    return parent !== undefined && parent.id !== file.id && check(parent, user, workspace);
  });
}
