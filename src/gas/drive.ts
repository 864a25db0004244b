/**
 * Drive files and folders: opening them, reading and changing their sharing. Sharing has no batch
 * API in Apps Script, so the calls here are per file (a handful each), never per row or per cell.
 */
import type { CaseDocumentSharing } from '../core/sharing';
import { normaliseEmail } from '../core/members';

export type DriveFile = GoogleAppsScript.Drive.File;
export type DriveFolder = GoogleAppsScript.Drive.Folder;
type DriveItem = DriveFile | DriveFolder;

/** A file's sharing as the core audits it (see src/core/sharing.ts), with its title. */
export type DriveSharing = Omit<CaseDocumentSharing, 'caseCodeName'>;

/**
 * The id in a Docs or Drive link (`https://.../d/ID/...`, `...?id=ID` or `.../folders/ID`), or null
 * when the text is not such a link (a Documents cell may hold a note saying why there is none).
 */
export function driveIdFromUrl(url: string): string | null {
  const text = url.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  const match = /\/d\/([A-Za-z0-9_-]+)/.exec(text) ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(text) ?? /\/folders\/([A-Za-z0-9_-]+)/.exec(text);
  return match ? match[1] : null;
}

/** Drive's answer for an id that is missing or not shared with the user (it does not say which). */
const NOT_FOUND = /No item with the given ID could be found/i;

/**
 * Runs an open; null when Drive says the item is missing or not shared with the user. Any other
 * failure (a service error) is thrown, so a passing fault is never taken for "no such file".
 */
function openOrNull<T extends DriveItem>(open: () => T): T | null {
  let item: T;
  try {
    item = open();
  } catch (error) {
    if (typeof error === 'object' && error !== null && NOT_FOUND.test(String((error as { message?: unknown }).message))) return null;
    throw error;
  }
  return item.isTrashed() ? null : item;
}

/** Opens a file by id; null when it is missing, trashed or not shared with the user. */
export function openFile(id: string): DriveFile | null {
  return id.trim() === '' ? null : openOrNull(() => DriveApp.getFileById(id.trim()));
}

/** Opens a folder by id; null when it is missing, trashed or not shared with the user. */
export function openFolder(id: string): DriveFolder | null {
  return id.trim() === '' ? null : openOrNull(() => DriveApp.getFolderById(id.trim()));
}

/**
 * A new folder at the top of the user's My Drive. Make it private at once with {@link makePrivate}
 * (a domain may default to link sharing).
 */
export function createFolder(name: string): DriveFolder {
  return DriveApp.createFolder(name);
}

export function fileById(id: string): DriveFile {
  return DriveApp.getFileById(id);
}

/** The files directly in a folder that the user can see. */
export function filesIn(folder: DriveFolder): DriveFile[] {
  const files: DriveFile[] = [];
  const iterator = folder.getFiles();
  while (iterator.hasNext()) files.push(iterator.next());
  return files;
}

/** The first file directly in the folder with exactly this name that the user can see, or null. */
export function firstFileNamed(folder: DriveFolder, name: string): DriveFile | null {
  const iterator = folder.getFilesByName(name);
  return iterator.hasNext() ? iterator.next() : null;
}

function emailsOf(users: GoogleAppsScript.Drive.User[]): string[] {
  return users.map((user) => normaliseEmail(user.getEmail())).filter((email) => email !== '');
}

/** Link or domain sharing alone: the `DriveApp.Access` and `DriveApp.Permission` names. */
export function readLinkSharing(item: DriveItem): Pick<DriveSharing, 'access' | 'permission'> {
  return { access: String(item.getSharingAccess()), permission: String(item.getSharingPermission()) };
}

/** Title, link sharing, owner, editors and viewers (owner left out of both lists). */
export function readSharing(item: DriveItem): DriveSharing {
  const owner = item.getOwner();
  const ownerEmail = owner ? normaliseEmail(owner.getEmail()) : '';
  return {
    title: item.getName(),
    ...readLinkSharing(item),
    owner: ownerEmail,
    editors: emailsOf(item.getEditors()).filter((email) => email !== ownerEmail),
    viewers: emailsOf(item.getViewers()).filter((email) => email !== ownerEmail),
  };
}

/** Turns off link and domain sharing: only the people listed keep access. */
export function makePrivate(item: DriveItem): void {
  item.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
}

/** Adds editors in one call (nothing when the list is empty). */
export function addEditors(item: DriveItem, emails: readonly string[]): void {
  if (emails.length > 0) item.addEditors([...emails]);
}

/** Takes a person off the editors and the viewers, whichever they are on. */
export function removeAccess(item: DriveItem, email: string, sharing: Pick<DriveSharing, 'editors' | 'viewers'>): void {
  const wanted = normaliseEmail(email);
  if (sharing.editors.includes(wanted)) item.removeEditor(wanted);
  if (sharing.viewers.includes(wanted)) item.removeViewer(wanted);
}

export function removeEditor(item: DriveItem, email: string): void {
  item.removeEditor(email);
}

export function removeViewer(item: DriveItem, email: string): void {
  item.removeViewer(email);
}

export function rename(item: DriveItem, title: string): void {
  item.setName(title);
}

export function moveToFolder(file: DriveFile, folder: DriveFolder): void {
  file.moveTo(folder);
}

/** True when the file sits directly in the folder. */
export function isInFolder(file: DriveFile, folderId: string): boolean {
  const parents = file.getParents();
  while (parents.hasNext()) if (parents.next().getId() === folderId) return true;
  return false;
}

/** Hands a file to someone else; false when Drive refuses (only the owner may, and not on every domain). */
export function transferOwnership(item: DriveItem, email: string): boolean {
  try {
    item.setOwner(email);
    return true;
  } catch {
    return false;
  }
}

/** Moves a file or folder to the trash, as best it can: used to clean up after a fault. */
export function trashQuietly(item: string | DriveItem): void {
  try {
    (typeof item === 'string' ? DriveApp.getFileById(item) : item).setTrashed(true);
  } catch {
    // The fault that brought us here may still be in the way; the file stays private either way.
  }
}

export function urlOf(item: DriveItem): string {
  return item.getUrl();
}
