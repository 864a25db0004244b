/**
 * Drive files and folders: opening them, reading and changing their sharing. Sharing has no batch
 * API in Apps Script, so the calls here are per file (a handful each), never per row or per cell.
 */
import type { CaseDocumentSharing } from '../core/sharing';
import { normaliseEmail } from '../core/members';
import { sameOrganisation } from '../core/organisation';

export type DriveFile = GoogleAppsScript.Drive.File;
export type DriveFolder = GoogleAppsScript.Drive.Folder;
type DriveItem = DriveFile | DriveFolder;

/** A file's sharing as the core audits it (see src/core/sharing.ts), with its title. */
export type DriveSharing = Omit<CaseDocumentSharing, 'caseCodeName'>;

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

/**
 * What Drive says of a file before a retention review trashes it: `trashed` already, `live` (with
 * whether this user owns it, as only the owner may trash a file), or `unreachable` when Drive
 * says it is missing or not shared with the user, which it does not tell apart.
 */
export type FileProbe = { state: 'trashed' } | { state: 'live'; file: DriveFile; ownedByUser: boolean } | { state: 'unreachable' };

export function probeFile(id: string, userEmail: string): FileProbe {
  let file: DriveFile;
  try {
    file = DriveApp.getFileById(id.trim());
  } catch (error) {
    if (typeof error === 'object' && error !== null && NOT_FOUND.test(String((error as { message?: unknown }).message))) return { state: 'unreachable' };
    throw error;
  }
  if (file.isTrashed()) return { state: 'trashed' };
  const owner = file.getOwner();
  return { state: 'live', file, ownedByUser: owner !== null && normaliseEmail(owner.getEmail() ?? '') === normaliseEmail(userEmail) };
}

/** Moves a file the user owns to the trash; Drive throws for anyone else. */
export function trash(file: DriveFile): void {
  file.setTrashed(true);
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

/**
 * The files an iterator lists, without trashed ones: Drive's listings include the trash, and a
 * document trashed after a fault must never be linked or shared again.
 */
function untrashed(iterator: GoogleAppsScript.Drive.FileIterator, wanted = Infinity): DriveFile[] {
  const files: DriveFile[] = [];
  while (files.length < wanted && iterator.hasNext()) {
    const file = iterator.next();
    if (!file.isTrashed()) files.push(file);
  }
  return files;
}


/** The first untrashed file directly in the folder with exactly this name that the user can see, or null. */
export function firstFileNamed(folder: DriveFolder, name: string): DriveFile | null {
  return untrashed(folder.getFilesByName(name), 1)[0] ?? null;
}

/**
 * A Drive user's email, trimmed and lower case; '' when Drive hides it, which it does unless the
 * person shares it or is in the user's domain (Google returns '' or null then).
 */
function emailOf(user: GoogleAppsScript.Drive.User | null): string {
  const email: unknown = user ? user.getEmail() : null;
  return typeof email === 'string' ? normaliseEmail(email) : '';
}

function emailsOf(users: GoogleAppsScript.Drive.User[]): string[] {
  return users.map(emailOf).filter((email) => email !== '');
}

function hiddenAmong(users: GoogleAppsScript.Drive.User[]): number {
  return users.filter((user) => emailOf(user) === '').length;
}

/** Whether this person owns the item or edits it: two calls when they own it, as the chair owns the case folder. */
export function ownsOrEdits(item: DriveItem, email: string): boolean {
  const wanted = normaliseEmail(email);
  if (emailOf(item.getOwner()) === wanted) return true;
  return emailsOf(item.getEditors()).includes(wanted);
}

/** Link or domain sharing alone: the `DriveApp.Access` and `DriveApp.Permission` names. */
export function readLinkSharing(item: DriveItem): Pick<DriveSharing, 'access' | 'permission'> {
  return { access: String(item.getSharingAccess()), permission: String(item.getSharingPermission()) };
}

/**
 * Title, link sharing, owner, editors and viewers (owner left out of both lists), how many of them
 * Drive hides the email of, and whether editors may change the sharing.
 */
export function readSharing(item: DriveItem): DriveSharing {
  const ownerEmail = emailOf(item.getOwner());
  const editors = item.getEditors();
  const viewers = item.getViewers();
  return {
    title: item.getName(),
    ...readLinkSharing(item),
    owner: ownerEmail,
    editors: emailsOf(editors).filter((email) => email !== ownerEmail),
    viewers: emailsOf(viewers).filter((email) => email !== ownerEmail),
    hiddenPeople: hiddenAmong(editors) + hiddenAmong(viewers),
    shareableByEditors: item.isShareableByEditors(),
  };
}

/** The owner's email; '' when Drive hides it or reports none. */
export function ownerEmail(item: DriveItem): string {
  return emailOf(item.getOwner());
}

/**
 * Whether this user may change who can open the item: its owner always, an editor unless the
 * owner turned sharing by editors off. One call when editors may share.
 */
export function maySetSharing(item: DriveItem, userEmail: string): boolean {
  return item.isShareableByEditors() || emailOf(item.getOwner()) === normaliseEmail(userEmail);
}

/**
 * Turns off link and domain sharing: only the people listed keep access. The permission passed
 * with PRIVATE is unused; it is not NONE, which Drive refuses except with Access.ANYONE.
 */
export function makePrivate(item: DriveItem): void {
  item.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.VIEW);
}

/** Adds editors in one call (nothing when the list is empty). */
export function addEditors(item: DriveItem, emails: readonly string[]): void {
  if (emails.length > 0) item.addEditors([...emails]);
}

/**
 * Adds editors in one call and returns those Drive refused because they are outside the user's
 * organisation, which a domain may forbid. When the one call fails and someone outside is among
 * them, each is added on their own, so the rest still are. Any other failure is thrown: Google
 * does not document the refusal's wording, so it is recognised by whom it was for.
 */
export function addEditorsWherePermitted(item: DriveItem, emails: readonly string[], userEmail: string): string[] {
  if (emails.length === 0) return [];
  try {
    item.addEditors([...emails]);
    return [];
  } catch (error) {
    const outside = emails.filter((email) => !sameOrganisation(userEmail, email));
    if (outside.length === 0) throw error;
    const refused: string[] = [];
    for (const email of emails) {
      try {
        item.addEditor(email);
      } catch (refusal) {
        if (!outside.includes(email)) throw refusal;
        refused.push(email);
      }
    }
    return refused;
  }
}

/** Takes a person off the editors and the viewers, whichever they are on. */
export function removeAccess(item: DriveItem, email: string, sharing: Pick<DriveSharing, 'editors' | 'viewers'>): void {
  const wanted = normaliseEmail(email);
  if (sharing.editors.includes(wanted)) item.removeEditor(wanted);
  if (sharing.viewers.includes(wanted)) item.removeViewer(wanted);
}

/**
 * The role a person holds on the item in their own name, as a `DriveApp.Permission` name (OWNER,
 * EDIT, VIEW, COMMENT or NONE): asked by email, so it answers when Drive hides their address.
 */
export function roleOf(item: DriveItem, email: string): string {
  return String(item.getAccess(normaliseEmail(email)));
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
