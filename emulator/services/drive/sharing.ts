import type { RunContext } from '../../run/runContext';
import { MIME, type DriveAccess, type DriveFileState, type DrivePermission } from '../../workspace/state';
import { canEdit } from '../../workspace/access';
import { parameterMismatch } from '../common/serviceHelpers';
import { enumName, enumOf } from '../common/enums';
import { editorsMayShare, externalSharingBlocked, isConsumerAccount, isInOrganisation, ownershipTransferRefusal, sameEmail } from './policy';
import { createUser, emailOfUser, type EmulatedUser } from './user';

/**
 * Sharing rules on a stored Drive item, shared by DriveApp, DocumentApp and SpreadsheetApp so
 * editors and viewers follow one set of rules whichever service changes them
 * (https://developers.google.com/apps-script/reference/drive/file).
 */

export const DRIVE_ITEM_NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
export const ITERATOR_EXHAUSTED = 'Cannot retrieve the next object: iterator has reached the end.';
/** Emulator wording: Drive refuses to take the owner off a file's access list. */
export const OWNER_NOT_REMOVABLE = 'The owner of a file cannot be removed.';
/**
 * https://developers.google.com/apps-script/reference/drive/permission#NONE: NONE "can be returned,
 * but passing it to setSharing throws an exception unless combined with Access.ANYONE". Emulator wording.
 */
export const PERMISSION_NONE_NEEDS_ANYONE = 'Invalid argument: Permission.NONE can only be set together with Access.ANYONE.';
/** Emulator wording: the domain's administrators turned sharing outside the organisation off. */
export const OUTSIDE_SHARING_REFUSED = 'Sharing outside of your organization is not allowed by your administrator.';
/** Emulator wording: the domain's administrators turned link sharing to anyone off (Access.ANYONE and ANYONE_WITH_LINK). */
export const LINK_SHARING_REFUSED = 'Sharing with anyone who has the link is not allowed by your administrator.';
/** Emulator wording: DOMAIN access exists only for Google Workspace accounts (https://developers.google.com/apps-script/reference/drive/access#DOMAIN). */
export const DOMAIN_SHARING_UNAVAILABLE = 'Sharing with a domain is only available to Google Workspace accounts.';
/** Emulator wording: Drive refuses to make a folder its own ancestor. */
export const FOLDER_CYCLE = 'A folder cannot be moved into itself or one of its subfolders.';
/** The id the current user's My Drive answers to (Drive's own alias for it). */
export const ROOT_FOLDER_ID = 'root';

export const DRIVE_ACCESS_NAMES: readonly DriveAccess[] = ['PRIVATE', 'ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK'];
export const DRIVE_PERMISSION_NAMES: readonly DrivePermission[] = ['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE'];
/** Permissions a whole class of users (anyone, the domain) can be given. */
export const GENERAL_PERMISSIONS: readonly DrivePermission[] = ['VIEW', 'EDIT', 'COMMENT', 'NONE'];
/** DriveApp.Access and DriveApp.Permission (https://developers.google.com/apps-script/reference/drive/access). */
export const DRIVE_ACCESS = enumOf('DriveApp.Access', DRIVE_ACCESS_NAMES);
export const DRIVE_PERMISSION = enumOf('DriveApp.Permission', DRIVE_PERMISSION_NAMES);

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function accessDenied(service: string): Error {
  return new Error(`Access denied: ${service}.`);
}

function listHas(list: readonly string[], email: string): boolean {
  return list.some((entry) => sameEmail(entry, email));
}

function listWithout(list: readonly string[], email: string): string[] {
  return list.filter((entry) => !sameEmail(entry, email));
}

/**
 * The email a sharing method was given: a string (trimmed, lower-cased, checked) or a User.
 * Throws `Invalid email: ...` for a string that is not an address, and Apps Script's signature
 * error for anything else.
 */
export function resolveEmail(who: unknown, method: string): string {
  if (typeof who === 'string') {
    const email = who.trim();
    if (!EMAIL_PATTERN.test(email)) throw new Error(`Invalid email: ${who}`);
    return email.toLowerCase();
  }
  const userEmail = typeof who === 'object' && who !== null ? emailOfUser(who) : undefined;
  if (userEmail !== undefined) return userEmail.toLowerCase();
  throw parameterMismatch(method, [who]);
}

export function resolveEmails(emails: unknown, method: string): string[] {
  if (!Array.isArray(emails)) throw parameterMismatch(method, [emails]);
  return emails.map((email) => resolveEmail(email, method));
}

/** Throws `Access denied: <service>.` unless the running user may edit the item. */
export function requireEditAccess(run: RunContext, file: DriveFileState, service: string): void {
  if (!canEdit(file, run.user, run.workspace)) throw accessDenied(service);
}

/**
 * Throws `Access denied: <service>.` unless the running user may change who can open the item: an
 * editor may, unless the owner turned that off with setShareableByEditors(false)
 * (https://developers.google.com/apps-script/reference/drive/file#setShareableByEditors(Boolean)).
 */
export function requireSharingRights(run: RunContext, file: DriveFileState, service: string): void {
  requireEditAccess(run, file, service);
  if (!editorsMayShare(file) && !sameEmail(file.owner, run.user)) throw accessDenied(service);
}

/** Throws when the domain's policy forbids giving this person access to the item. */
function requireMayShareWith(run: RunContext, file: DriveFileState, email: string): void {
  if (externalSharingBlocked(run.workspace, file) && !isInOrganisation(run.workspace, email)) throw new Error(OUTSIDE_SHARING_REFUSED);
}

/** Adds an editor; a viewer is promoted out of the viewers; the owner is left as is. */
export function addEditorTo(run: RunContext, file: DriveFileState, email: string, service: string): void {
  requireSharingRights(run, file, service);
  requireMayShareWith(run, file, email);
  if (sameEmail(file.owner, email)) return;
  file.viewers = listWithout(file.viewers, email);
  if (!listHas(file.editors, email)) file.editors.push(email);
}

/** Adds a viewer; no effect on the owner or an editor. */
export function addViewerTo(run: RunContext, file: DriveFileState, email: string, service: string): void {
  requireSharingRights(run, file, service);
  requireMayShareWith(run, file, email);
  if (sameEmail(file.owner, email) || listHas(file.editors, email)) return;
  if (!listHas(file.viewers, email)) file.viewers.push(email);
}

/** Removes an editor, and (for Drive items) the same user from the viewers; the owner cannot be removed. */
export function removeEditorFrom(run: RunContext, file: DriveFileState, email: string, service: string): void {
  requireSharingRights(run, file, service);
  if (sameEmail(file.owner, email)) throw new Error(OWNER_NOT_REMOVABLE);
  file.editors = listWithout(file.editors, email);
  file.viewers = listWithout(file.viewers, email);
}

/** Removes a viewer; no effect on an editor. */
export function removeViewerFrom(run: RunContext, file: DriveFileState, email: string, service: string): void {
  requireSharingRights(run, file, service);
  file.viewers = listWithout(file.viewers, email);
}

/**
 * Link and domain sharing (https://developers.google.com/apps-script/reference/drive/file#setSharing(Access,Permission)).
 * PRIVATE leaves no general permission, so the permission reads NONE afterwards.
 */
export function setSharingOf(run: RunContext, file: DriveFileState, accessType: unknown, permissionType: unknown, method: string): void {
  const access = enumName(DRIVE_ACCESS, accessType);
  const permission = GENERAL_PERMISSIONS.find((name) => name === enumName(DRIVE_PERMISSION, permissionType));
  if (!access || !permission) throw parameterMismatch(method, [accessType, permissionType]);
  if (permission === 'NONE' && access !== 'ANYONE') throw new Error(PERMISSION_NONE_NEEDS_ANYONE);
  requireSharingRights(run, file, 'DriveApp');
  if ((access === 'ANYONE' || access === 'ANYONE_WITH_LINK') && externalSharingBlocked(run.workspace, file)) throw new Error(LINK_SHARING_REFUSED);
  if ((access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') && isConsumerAccount(run.workspace, file.owner)) throw new Error(DOMAIN_SHARING_UNAVAILABLE);
  file.access = access;
  file.permission = access === 'PRIVATE' ? 'NONE' : permission;
}

/** The editors (owner excluded), or [] when the running user cannot edit the item. */
export function editorsOf(run: RunContext, file: DriveFileState): EmulatedUser[] {
  if (!canEdit(file, run.user, run.workspace)) return [];
  return file.editors.map((email) => createUser(run, email));
}

/** The viewers and commenters, or [] when the running user cannot edit the item. */
export function viewersOf(run: RunContext, file: DriveFileState): EmulatedUser[] {
  if (!canEdit(file, run.user, run.workspace)) return [];
  return file.viewers.map((email) => createUser(run, email));
}

/**
 * The role a person holds on the item in their own name: OWNER, EDIT, VIEW or NONE
 * (https://developers.google.com/apps-script/reference/drive/file#getAccess(String)); it answers
 * whether or not Drive shows their address. Access through link, domain or a folder is not counted.
 */
export function explicitRoleOf(file: DriveFileState, email: string): DrivePermission {
  if (sameEmail(file.owner, email)) return 'OWNER';
  if (listHas(file.editors, email)) return 'EDIT';
  if (listHas(file.viewers, email)) return 'VIEW';
  return 'NONE';
}

/** The URL Drive gives an item of this type. */
export function driveUrl(file: DriveFileState): string {
  switch (file.mimeType) {
    case MIME.document:
      return `https://docs.google.com/document/d/${file.id}/edit`;
    case MIME.spreadsheet:
      return `https://docs.google.com/spreadsheets/d/${file.id}/edit`;
    case MIME.folder:
      return `https://drive.google.com/drive/folders/${file.id}`;
    default:
      return `https://drive.google.com/file/d/${file.id}/view`;
  }
}

export interface NewDriveItem {
  /** Id prefix, e.g. 'doc-' or 'folder-'. */
  prefix: string;
  name: string;
  mimeType: string;
  parents: string[];
}

/** Stores a new private item owned by the running user and returns its metadata. */
export function createDriveItemState(run: RunContext, item: NewDriveItem): DriveFileState {
  const id = run.newId(item.prefix);
  const file: DriveFileState = {
    id,
    name: item.name,
    mimeType: item.mimeType,
    owner: run.user,
    editors: [],
    viewers: [],
    access: 'PRIVATE',
    permission: 'NONE',
    parents: [...item.parents],
    trashed: false,
    createdAt: run.now().toISOString(),
  };
  run.workspace.files[id] = file;
  return file;
}


/**
 * Makes `email` the owner; the previous owner keeps edit access
 * (https://developers.google.com/apps-script/reference/drive/file#setOwner(String)). Only the owner
 * may, and only where Drive's transfer rules allow (see ownershipTransferRefusal).
 */
export function transferOwnershipOf(run: RunContext, file: DriveFileState, email: string, service: string): void {
  if (!sameEmail(file.owner, run.user)) throw accessDenied(service);
  if (sameEmail(file.owner, email)) return;
  const refusal = ownershipTransferRefusal(run.workspace, file, email);
  if (refusal !== null) throw new Error(refusal);
  const previous = file.owner;
  file.editors = listWithout(file.editors, email);
  file.viewers = listWithout(file.viewers, email);
  if (!listHas(file.editors, previous)) file.editors.push(previous);
  file.owner = email;
}
