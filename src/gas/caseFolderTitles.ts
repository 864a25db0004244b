/**
 * Titles of Drive files for Generate code name and Validate records (spec sections 4 and 5),
 * owned by the records feature. The case folder is listed once; Drive has no batch read, so each
 * file costs a few calls, and the cost follows the folder's size, never the number of rows.
 */
import { DriveFile, filesIn, openFile, openFolder } from './drive';

/** Google Docs' MIME type, as `MimeType.GOOGLE_DOCS` names it. */
const GOOGLE_DOCS_MIME_TYPE = 'application/vnd.google-apps.document';

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

/** True when any Drive file the user can see, in any folder, has exactly this title (two calls). */
export function titleInUse(title: string): boolean {
  return DriveApp.getFilesByName(title).hasNext();
}

/**
 * The Google Docs titled exactly `title` that the user can see, anywhere in Drive, trashed ones
 * left out: a case document a member made stays in their own Drive, outside the case folder.
 */
export function documentsTitled(title: string): DriveFile[] {
  const found: DriveFile[] = [];
  const files = DriveApp.getFilesByName(title);
  while (files.hasNext()) {
    const file = files.next();
    if (file.getMimeType() === GOOGLE_DOCS_MIME_TYPE && !file.isTrashed()) found.push(file);
  }
  return found;
}
