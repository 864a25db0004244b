import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { MIME, type DriveAccess, type DriveFileState, type DrivePermission } from '../../workspace/state';
import { canEdit, canView } from '../../workspace/access';
import { enumOf, parameterMismatch } from '../common/serviceHelpers';

/**
 * The emulated DriveApp: files and folders over `workspace.files`, with the sharing rules the
 * add-on depends on (https://developers.google.com/apps-script/reference/drive/file). Also the
 * User object and the sharing operations DocumentApp (and SpreadsheetApp) reuse, so editors and
 * viewers follow one set of rules whichever service changes them.
 */

export const DRIVE_ITEM_NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
export const ITERATOR_EXHAUSTED = 'Cannot retrieve the next object: iterator has reached the end.';
/** Emulator wording: Drive refuses to take the owner off a file's access list. */
export const OWNER_NOT_REMOVABLE = 'The owner of a file cannot be removed.';
/** Emulator wording: Drive refuses to make a folder its own ancestor. */
export const FOLDER_CYCLE = 'A folder cannot be moved into itself or one of its subfolders.';
/** The id the current user's My Drive answers to (Drive's own alias for it). */
export const ROOT_FOLDER_ID = 'root';

export const DRIVE_ACCESS_NAMES: readonly DriveAccess[] = ['PRIVATE', 'ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK'];
export const DRIVE_PERMISSION_NAMES: readonly DrivePermission[] = ['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE'];
/** Permissions a whole class of users (anyone, the domain) can be given. */
const GENERAL_PERMISSIONS: readonly DrivePermission[] = ['VIEW', 'EDIT', 'COMMENT', 'NONE'];

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which proxies stand for which user or folder, so they can be passed back in without a counted call. */
const userEmails = new WeakMap<object, string>();
const folderIds = new WeakMap<object, string>();

export function accessDenied(service: string): Error {
  return new Error(`Access denied: ${service}.`);
}

export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function listHas(list: readonly string[], email: string): boolean {
  return list.some((entry) => sameEmail(entry, email));
}

function listWithout(list: readonly string[], email: string): string[] {
  return list.filter((entry) => !sameEmail(entry, email));
}

// ---------------------------------------------------------------------------------------------
// User

/** A Drive user (https://developers.google.com/apps-script/reference/drive/user). */
export function createUser(run: RunContext, email: string) {
  const at = email.indexOf('@');
  const user = {
    getEmail: (): string => email,
    /** Google shows the account's display name; the emulator has none, so the part before @. */
    getName: (): string => (at < 0 ? email : email.slice(0, at)),
    getDomain: (): string => (at < 0 ? '' : email.slice(at + 1)),
  };
  const proxy = instrument(user, 'User', run);
  userEmails.set(proxy, email);
  return proxy;
}

export type EmulatedUser = ReturnType<typeof createUser>;

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
  if (typeof who === 'object' && who !== null && userEmails.has(who)) return userEmails.get(who)!.toLowerCase();
  throw parameterMismatch(method, [who]);
}

function resolveEmails(emails: unknown, method: string): string[] {
  if (!Array.isArray(emails)) throw parameterMismatch(method, [emails]);
  return emails.map((email) => resolveEmail(email, method));
}

// ---------------------------------------------------------------------------------------------
// Sharing rules on a stored item, shared by DriveApp, DocumentApp and SpreadsheetApp.

/** Throws `Access denied: <service>.` unless the running user may edit the item. */
export function requireEditAccess(run: RunContext, file: DriveFileState, service: string): void {
  if (!canEdit(file, run.user, run.workspace)) throw accessDenied(service);
}

/** Adds an editor; a viewer is promoted out of the viewers; the owner is left as is. */
export function addEditorTo(run: RunContext, file: DriveFileState, email: string, service: string): void {
  requireEditAccess(run, file, service);
  if (sameEmail(file.owner, email)) return;
  file.viewers = listWithout(file.viewers, email);
  if (!listHas(file.editors, email)) file.editors.push(email);
}

/** Adds a viewer; no effect on the owner or an editor. */
export function addViewerTo(run: RunContext, file: DriveFileState, email: string, service: string): void {
  requireEditAccess(run, file, service);
  if (sameEmail(file.owner, email) || listHas(file.editors, email)) return;
  if (!listHas(file.viewers, email)) file.viewers.push(email);
}

/** Removes an editor, and (for Drive items) the same user from the viewers; the owner cannot be removed. */
export function removeEditorFrom(run: RunContext, file: DriveFileState, email: string, service: string): void {
  requireEditAccess(run, file, service);
  if (sameEmail(file.owner, email)) throw new Error(OWNER_NOT_REMOVABLE);
  file.editors = listWithout(file.editors, email);
  file.viewers = listWithout(file.viewers, email);
}

/** Removes a viewer; no effect on an editor. */
export function removeViewerFrom(run: RunContext, file: DriveFileState, email: string, service: string): void {
  requireEditAccess(run, file, service);
  file.viewers = listWithout(file.viewers, email);
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

// ---------------------------------------------------------------------------------------------
// Iterators, files and folders

function createIterator<T>(run: RunContext, ids: readonly string[], make: (id: string) => T, typeName: string) {
  let position = 0;
  const iterator = {
    hasNext: (): boolean => position < ids.length,
    next: (): T => {
      if (position >= ids.length) throw new Error(ITERATOR_EXHAUSTED);
      return make(ids[position++]);
    },
  };
  return instrument(iterator, typeName, run);
}

function isFolder(file: DriveFileState): boolean {
  return file.mimeType === MIME.folder;
}

/** Ids of the visible, untrashed files (or folders) directly inside a folder, in stored order. */
function childIds(run: RunContext, folderId: string, folders: boolean, name?: string): string[] {
  return Object.values(run.workspace.files)
    .filter((file) => !file.trashed && isFolder(file) === folders && (name === undefined || file.name === name))
    .filter((file) =>
      folderId === ROOT_FOLDER_ID ? file.parents.length === 0 && sameEmail(file.owner, run.user) : file.parents.includes(folderId),
    )
    .filter((file) => canView(file, run.user, run.workspace))
    .map((file) => file.id);
}

/** Ids of every visible, untrashed file (or folder) with this name. */
function idsByName(run: RunContext, name: string, folders: boolean): string[] {
  return Object.values(run.workspace.files)
    .filter((file) => !file.trashed && isFolder(file) === folders && file.name === name && canView(file, run.user, run.workspace))
    .map((file) => file.id);
}

function isInside(run: RunContext, folderId: string, ancestorId: string): boolean {
  const seen = new Set<string>();
  const pending = [folderId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === ancestorId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(run.workspace.files[id]?.parents ?? []));
  }
  return false;
}

function requireString(value: unknown, method: string): string {
  if (typeof value !== 'string') throw parameterMismatch(method, [value]);
  return value;
}

/** What File and Folder share; `where` is 'DriveApp.File' or 'DriveApp.Folder' for messages. */
function driveItemMethods(run: RunContext, id: string, self: () => object, where: string) {
  const state = (): DriveFileState => {
    const file = run.workspace.files[id];
    if (!file) throw new Error(DRIVE_ITEM_NOT_FOUND);
    return file;
  };
  const editable = (): DriveFileState => {
    const file = state();
    requireEditAccess(run, file, 'DriveApp');
    return file;
  };
  return {
    getId: (): string => id,
    getName: (): string => state().name,
    setName(name: unknown) {
      const value = requireString(name, `${where}.setName`);
      editable().name = value;
      return self();
    },
    getUrl: (): string => driveUrl(state()),
    getDateCreated: (): Date => new Date(state().createdAt),
    getOwner: () => createUser(run, state().owner),
    getEditors: () => editorsOf(run, state()),
    getViewers: () => viewersOf(run, state()),
    addEditor(who: unknown) {
      addEditorTo(run, state(), resolveEmail(who, `${where}.addEditor`), 'DriveApp');
      return self();
    },
    addEditors(emails: unknown) {
      for (const email of resolveEmails(emails, `${where}.addEditors`)) addEditorTo(run, state(), email, 'DriveApp');
      return self();
    },
    removeEditor(who: unknown) {
      removeEditorFrom(run, state(), resolveEmail(who, `${where}.removeEditor`), 'DriveApp');
      return self();
    },
    addViewer(who: unknown) {
      addViewerTo(run, state(), resolveEmail(who, `${where}.addViewer`), 'DriveApp');
      return self();
    },
    addViewers(emails: unknown) {
      for (const email of resolveEmails(emails, `${where}.addViewers`)) addViewerTo(run, state(), email, 'DriveApp');
      return self();
    },
    removeViewer(who: unknown) {
      removeViewerFrom(run, state(), resolveEmail(who, `${where}.removeViewer`), 'DriveApp');
      return self();
    },
    getSharingAccess: (): DriveAccess => state().access,
    getSharingPermission: (): DrivePermission => state().permission,
    /** PRIVATE leaves no general permission, so the permission reads NONE afterwards. */
    setSharing(accessType: unknown, permissionType: unknown) {
      const access = DRIVE_ACCESS_NAMES.find((name) => name === accessType);
      const permission = GENERAL_PERMISSIONS.find((name) => name === permissionType);
      if (!access || !permission) throw parameterMismatch(`${where}.setSharing`, [accessType, permissionType]);
      const file = editable();
      file.access = access;
      file.permission = access === 'PRIVATE' ? 'NONE' : permission;
      return self();
    },
    /** Only the owner may hand an item over; the previous owner keeps edit access. */
    setOwner(who: unknown) {
      const email = resolveEmail(who, `${where}.setOwner`);
      const file = state();
      if (!sameEmail(file.owner, run.user)) throw accessDenied('DriveApp');
      if (sameEmail(file.owner, email)) return self();
      const previous = file.owner;
      file.editors = listWithout(file.editors, email);
      file.viewers = listWithout(file.viewers, email);
      if (!listHas(file.editors, previous)) file.editors.push(previous);
      file.owner = email;
      return self();
    },
    /** The owner, or a user who can edit every current parent, may move an item to a folder they can edit. */
    moveTo(destination: unknown) {
      const destinationId = typeof destination === 'object' && destination !== null ? folderIds.get(destination) : undefined;
      if (destinationId === undefined) throw parameterMismatch(`${where}.moveTo`, [destination]);
      const file = state();
      const owns = sameEmail(file.owner, run.user);
      const mayLeave =
        owns ||
        (file.parents.length > 0 &&
          file.parents.every((parentId) => {
            const parent = run.workspace.files[parentId];
            return parent !== undefined && canEdit(parent, run.user, run.workspace);
          }));
      if (!mayLeave) throw accessDenied('DriveApp');
      if (destinationId === ROOT_FOLDER_ID) {
        if (!owns) throw accessDenied('DriveApp');
        file.parents = [];
        return self();
      }
      const target = run.workspace.files[destinationId];
      if (!target || target.trashed) throw new Error(DRIVE_ITEM_NOT_FOUND);
      requireEditAccess(run, target, 'DriveApp');
      if (isFolder(file) && isInside(run, destinationId, id)) throw new Error(FOLDER_CYCLE);
      file.parents = [destinationId];
      return self();
    },
    /** Parent folders the user can see; an item at the top of the user's own My Drive has the root. */
    getParents() {
      const file = state();
      const ids =
        file.parents.length === 0
          ? sameEmail(file.owner, run.user)
            ? [ROOT_FOLDER_ID]
            : []
          : file.parents.filter((parentId) => {
              const parent = run.workspace.files[parentId];
              return parent !== undefined && canView(parent, run.user, run.workspace);
            });
      return createIterator(run, ids, (parentId) => folderById(run, parentId), 'FolderIterator');
    },
    isTrashed: (): boolean => state().trashed,
    /** Only the owner may trash an item. */
    setTrashed(trashed: unknown) {
      if (typeof trashed !== 'boolean') throw parameterMismatch(`${where}.setTrashed`, [trashed]);
      const file = state();
      if (!sameEmail(file.owner, run.user)) throw accessDenied('DriveApp');
      file.trashed = trashed;
      return self();
    },
  };
}

/** What Folder and the root folder share: listing and making what is inside. */
function folderContentMethods(run: RunContext, folderId: string, where: string) {
  return {
    getFiles: () => createIterator(run, childIds(run, folderId, false), (id) => createDriveFile(run, id), 'FileIterator'),
    getFolders: () => createIterator(run, childIds(run, folderId, true), (id) => folderById(run, id), 'FolderIterator'),
    getFilesByName: (name: unknown) =>
      createIterator(run, childIds(run, folderId, false, requireString(name, `${where}.getFilesByName`)), (id) => createDriveFile(run, id), 'FileIterator'),
    getFoldersByName: (name: unknown) =>
      createIterator(run, childIds(run, folderId, true, requireString(name, `${where}.getFoldersByName`)), (id) => folderById(run, id), 'FolderIterator'),
    createFolder(name: unknown) {
      const value = requireString(name, `${where}.createFolder`);
      const parents = folderId === ROOT_FOLDER_ID ? [] : [folderId];
      if (folderId !== ROOT_FOLDER_ID) {
        const folder = run.workspace.files[folderId];
        if (!folder) throw new Error(DRIVE_ITEM_NOT_FOUND);
        requireEditAccess(run, folder, 'DriveApp');
      }
      const created = createDriveItemState(run, { prefix: 'folder-', name: value, mimeType: MIME.folder, parents });
      return createDriveFolder(run, created.id);
    },
  };
}

/** A File for any stored item (Drive lets a folder be opened as a File too). */
export function createDriveFile(run: RunContext, id: string) {
  const file = {
    ...driveItemMethods(run, id, () => proxy, 'DriveApp.File'),
    getMimeType: (): string => {
      const state = run.workspace.files[id];
      if (!state) throw new Error(DRIVE_ITEM_NOT_FOUND);
      return state.mimeType;
    },
  };
  const proxy: object = instrument(file, 'File', run);
  return proxy as typeof file;
}

export function createDriveFolder(run: RunContext, id: string) {
  const folder = {
    ...driveItemMethods(run, id, () => proxy, 'DriveApp.Folder'),
    ...folderContentMethods(run, id, 'DriveApp.Folder'),
  };
  const proxy: object = instrument(folder, 'Folder', run);
  folderIds.set(proxy, id);
  return proxy as typeof folder;
}

/**
 * The running user's My Drive. Items whose `parents` is empty are at its top. It can be listed and
 * added to; its name, sharing and place cannot be changed.
 */
export function createRootFolder(run: RunContext) {
  const denied = (): never => {
    throw accessDenied('DriveApp');
  };
  const root = {
    ...folderContentMethods(run, ROOT_FOLDER_ID, 'DriveApp.Folder'),
    getId: (): string => ROOT_FOLDER_ID,
    getName: (): string => 'My Drive',
    getUrl: (): string => 'https://drive.google.com/drive/my-drive',
    getOwner: () => createUser(run, run.user),
    getEditors: (): EmulatedUser[] => [],
    getViewers: (): EmulatedUser[] => [],
    getSharingAccess: (): DriveAccess => 'PRIVATE',
    getSharingPermission: (): DrivePermission => 'NONE',
    getParents: () => createIterator(run, [], (id) => folderById(run, id), 'FolderIterator'),
    isTrashed: (): boolean => false,
    setName: denied,
    setSharing: denied,
    setOwner: denied,
    setTrashed: denied,
    moveTo: denied,
    addEditor: denied,
    addEditors: denied,
    removeEditor: denied,
    addViewer: denied,
    addViewers: denied,
    removeViewer: denied,
  };
  const proxy = instrument(root, 'Folder', run);
  folderIds.set(proxy, ROOT_FOLDER_ID);
  return proxy;
}

function folderById(run: RunContext, id: string): object {
  return id === ROOT_FOLDER_ID ? createRootFolder(run) : createDriveFolder(run, id);
}

/** The stored item if the running user may open it; otherwise Drive's "No item with the given ID" error. */
function openable(run: RunContext, id: unknown, method: string): DriveFileState {
  const key = requireString(id, method);
  const file = Object.prototype.hasOwnProperty.call(run.workspace.files, key) ? run.workspace.files[key] : undefined;
  if (!file || !canView(file, run.user, run.workspace)) throw new Error(DRIVE_ITEM_NOT_FOUND);
  return file;
}

// ---------------------------------------------------------------------------------------------
// DriveApp

export function createDriveApp(run: RunContext) {
  const driveApp = {
    Access: enumOf(DRIVE_ACCESS_NAMES),
    Permission: enumOf(DRIVE_PERMISSION_NAMES),
    getFileById: (id: unknown) => createDriveFile(run, openable(run, id, 'DriveApp.getFileById').id),
    getFolderById(id: unknown) {
      if (id === ROOT_FOLDER_ID) return createRootFolder(run);
      const file = openable(run, id, 'DriveApp.getFolderById');
      if (!isFolder(file)) throw new Error(DRIVE_ITEM_NOT_FOUND);
      return createDriveFolder(run, file.id);
    },
    getRootFolder: () => createRootFolder(run),
    createFolder: (name: unknown) => folderContentMethods(run, ROOT_FOLDER_ID, 'DriveApp').createFolder(name),
    getFilesByName: (name: unknown) =>
      createIterator(run, idsByName(run, requireString(name, 'DriveApp.getFilesByName'), false), (id) => createDriveFile(run, id), 'FileIterator'),
    getFoldersByName: (name: unknown) =>
      createIterator(run, idsByName(run, requireString(name, 'DriveApp.getFoldersByName'), true), (id) => folderById(run, id), 'FolderIterator'),
  };
  return instrument(driveApp, 'DriveApp', run);
}
