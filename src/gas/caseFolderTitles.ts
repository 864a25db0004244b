/**
 * Titles of Drive files for Generate code name and Validate records (spec sections 4 and 5),
 * owned by the records feature. The case folder is listed once, a page of up to 1,000 files per
 * call, and the cost follows the folder's size, never the number of rows.
 */
import { DriveFile, openFile, openFolder } from './drive';

/** Google Docs' MIME type, as `MimeType.GOOGLE_DOCS` names it. */
const GOOGLE_DOCS_MIME_TYPE = 'application/vnd.google-apps.document';

export interface FileTitle {
  id: string;
  title: string;
}

/** Drive's query language quotes with `'` and escapes `'` and `\\` with a backslash. */
function quoted(text: string): string {
  return `'${text.replace(/[\\']/g, (char) => `\\${char}`)}'`;
}

export interface FolderFile extends FileTitle {
  mimeType: string;
}

/**
 * The id, title and type of every untrashed file directly in the folder that the user can see,
 * read with the Drive advanced service's `Files.list`: a page of up to 1,000 files per call, where
 * DriveApp's iterator costs four calls per file. Null when the folder cannot be opened.
 */
export function listFolderFiles(folderId: string): FolderFile[] | null {
  const folder = openFolder(folderId);
  if (!folder) return null;
  return filesListedIn(folderId);
}

/** Every untrashed file `q` finds that the user can see, a page of up to 1,000 per call. */
function listFiles(q: string): FolderFile[] {
  // appsscript.json enables the service; the types allow for a script that does not.
  const drive = Drive as GoogleAppsScript.Drive;
  const files: FolderFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = drive.Files.list({ q, fields: 'nextPageToken,files(id,name,mimeType)', pageSize: 1000, ...(pageToken === undefined ? {} : { pageToken }) });
    for (const file of page.files ?? []) files.push({ id: String(file.id), title: String(file.name), mimeType: String(file.mimeType) });
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken !== undefined);
  return files;
}

/** {@link listFolderFiles} for a folder the caller has already opened, without opening it again. */
export function filesListedIn(folderId: string): FolderFile[] {
  return listFiles(`${quoted(folderId.trim())} in parents and trashed = false`);
}

/**
 * Every untrashed Google Doc the user can see, anywhere in Drive: a case document a member made
 * stays in their own Drive, outside the case folder, and is still the case's when a typed-over
 * Documents cell no longer links it. A page of up to 1,000 per call.
 */
export function listAllDocuments(): FileTitle[] {
  return listFiles(`mimeType = ${quoted(GOOGLE_DOCS_MIME_TYPE)} and trashed = false`).map(({ id, title }) => ({ id, title }));
}

/** The id and title of every untrashed file directly in the folder; null when the folder cannot be opened. */
export function listFolderTitles(folderId: string): FileTitle[] | null {
  return listFolderFiles(folderId)?.map(({ id, title }) => ({ id, title })) ?? null;
}

/** One file's title; null when it is missing, trashed or not shared with the user. */
export function titleOfFile(id: string): string | null {
  const file = openFile(id);
  return file ? file.getName() : null;
}

/**
 * True when any Drive file the user can see, in any folder, has exactly this title: one Drive API
 * call, where DriveApp's search and its iterator cost two. Trashed files count too (files.list
 * includes them unless asked not to): a title a trashed document had is not reused.
 */
export function titleInUse(title: string): boolean {
  // appsscript.json enables the service; the types allow for a script that does not.
  const page = (Drive as GoogleAppsScript.Drive).Files.list({ q: `name = ${quoted(title)}`, fields: 'files(id)', pageSize: 1 });
  return (page.files ?? []).length > 0;
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
