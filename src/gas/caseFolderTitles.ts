/**
 * Titles of Drive files for Generate code name and Validate records (spec sections 4 and 5),
 * owned by the records feature. The case folder is listed once; Drive has no batch read, so each
 * file costs a few calls, and the cost follows the folder's size, never the number of rows.
 */
import { filesIn, openFile, openFolder } from './drive';

export interface FileTitle {
  id: string;
  title: string;
}

/** The id and title of every file directly in the folder that the user can see; null when the folder cannot be opened. */
export function listFolderTitles(folderId: string): FileTitle[] | null {
  const folder = openFolder(folderId);
  return folder ? filesIn(folder).map((file) => ({ id: file.getId(), title: file.getName() })) : null;
}

/** One file's title; null when it is missing, trashed or not shared with the user. */
export function titleOfFile(id: string): string | null {
  const file = openFile(id);
  return file ? file.getName() : null;
}

/**
 * True when any Drive file the user can see, in any folder, has exactly this title (two calls).
 * Trashed files count too (Drive lists them): a title a trashed document had is not reused.
 */
export function titleInUse(title: string): boolean {
  return DriveApp.getFilesByName(title).hasNext();
}
