import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { MIME, type DriveFileState } from '../../workspace/state';
import { canEdit, canView, canViewIgnoringTrash } from '../../workspace/access';
import { parameterMismatch } from '../common/serviceHelpers';
import { EnumMember } from '../common/enums';
import { sameEmail } from './policy';
import {
  DRIVE_ACCESS,
  DRIVE_ITEM_NOT_FOUND,
  DRIVE_PERMISSION,
  FOLDER_CYCLE,
  ITERATOR_EXHAUSTED,
  ROOT_FOLDER_ID,
  accessDenied,
  addEditorTo,
  addViewerTo,
  createDriveItemState,
  driveUrl,
  editorsOf,
  explicitRoleOf,
  removeEditorFrom,
  removeViewerFrom,
  requireEditAccess,
  resolveEmail,
  resolveEmails,
  setSharingOf,
  transferOwnershipOf,
  viewersOf,
} from './sharing';
import { createUser, type EmulatedUser } from './user';

/**
 * The emulated DriveApp: files and folders over `workspace.files`, with the sharing rules of
 * ./sharing.ts and ./policy.ts (https://developers.google.com/apps-script/reference/drive/drive-app).
 */

/** Which proxies stand for which folder, so they can be passed back in (moveTo) without a counted call. */
const folderIds = new WeakMap<object, string>();

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

/**
 * Ids of the visible files (or folders) directly inside a folder, in stored order. Trashed ones
 * are listed too: Drive's listings include the trash unless a search excludes it
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list).
 */
function childIds(run: RunContext, folderId: string, folders: boolean, name?: string): string[] {
  return Object.values(run.workspace.files)
    .filter((file) => isFolder(file) === folders && (name === undefined || file.name === name))
    .filter((file) =>
      folderId === ROOT_FOLDER_ID ? file.parents.length === 0 && sameEmail(file.owner, run.user) : file.parents.includes(folderId),
    )
    .filter((file) => canViewIgnoringTrash(file, run.user, run.workspace))
    .map((file) => file.id);
}

/** Ids of every visible file (or folder) with this name, trashed ones included as in {@link childIds}. */
function idsByName(run: RunContext, name: string, folders: boolean): string[] {
  return Object.values(run.workspace.files)
    .filter((file) => isFolder(file) === folders && file.name === name && canViewIgnoringTrash(file, run.user, run.workspace))
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
    /** Only someone who can edit the item sees who else has access to it. */
    getAccess(who: unknown): EnumMember {
      const email = resolveEmail(who, `${where}.getAccess`);
      return DRIVE_PERMISSION[explicitRoleOf(editable(), email)];
    },
    getSharingAccess: (): EnumMember => DRIVE_ACCESS[state().access],
    getSharingPermission: (): EnumMember => DRIVE_PERMISSION[state().permission],
    setSharing(accessType: unknown, permissionType: unknown) {
      setSharingOf(run, state(), accessType, permissionType, `${where}.setSharing`);
      return self();
    },
    isShareableByEditors: (): boolean => state().shareableByEditors !== false,
    /** Only the owner decides whether editors may share (https://developers.google.com/apps-script/reference/drive/file#setShareableByEditors(Boolean)). */
    setShareableByEditors(shareable: unknown) {
      if (typeof shareable !== 'boolean') throw parameterMismatch(`${where}.setShareableByEditors`, [shareable]);
      const file = state();
      if (!sameEmail(file.owner, run.user)) throw accessDenied('DriveApp');
      file.shareableByEditors = shareable;
      return self();
    },
    setOwner(who: unknown) {
      transferOwnershipOf(run, state(), resolveEmail(who, `${where}.setOwner`), 'DriveApp');
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
    getSharingAccess: (): EnumMember => DRIVE_ACCESS.PRIVATE,
    getSharingPermission: (): EnumMember => DRIVE_PERMISSION.NONE,
    getParents: () => createIterator(run, [], (id) => folderById(run, id), 'FolderIterator'),
    isTrashed: (): boolean => false,
    isShareableByEditors: (): boolean => true,
    setShareableByEditors: denied,
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

/**
 * The stored item if the running user may open it; otherwise Drive's "No item with the given ID"
 * error. A trashed item still opens (DriveApp hands it out; isTrashed() tells).
 */
function openable(run: RunContext, id: unknown, method: string): DriveFileState {
  const key = requireString(id, method);
  const file = Object.prototype.hasOwnProperty.call(run.workspace.files, key) ? run.workspace.files[key] : undefined;
  if (!file || !canViewIgnoringTrash(file, run.user, run.workspace)) throw new Error(DRIVE_ITEM_NOT_FOUND);
  return file;
}

// ---------------------------------------------------------------------------------------------
// DriveApp

export function createDriveApp(run: RunContext) {
  const driveApp = {
    Access: DRIVE_ACCESS,
    Permission: DRIVE_PERMISSION,
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
