/**
 * Case documents (spec section 6): creating one, and finding or creating the one for a case.
 */
import { ActionContext } from '../gas/context';
import { ActiveCell } from '../gas/activeCell';
import { createSectionedDocument } from '../gas/documents';
import {
  DriveFile,
  DriveFolder,
  addEditors,
  createFolder,
  driveIdFromUrl,
  fileById,
  filesIn,
  firstFileNamed,
  makePrivate,
  moveToFolder,
  openFile,
  openFolder,
  readSharing,
  trashQuietly,
  urlOf,
} from '../gas/drive';
import { snapshot, writeBlock, writeColumn } from '../gas/spreadsheet';
import { SheetRow } from '../core/cells';
import { caseDocumentSections, caseDocumentTitle } from '../core/caseDocument';
import { CASE_FOLDER_NAME, intendedFolderEditors } from '../core/caseFolder';
import { CaseRecord } from '../core/caseRecord';
import { caseCodeNameKey } from '../core/codeNames';
import { Conflict, hasConflict } from '../core/conflicts';
import { UserError } from '../core/errors';
import { Member, normaliseEmail } from '../core/members';
import { CASES_SHEET, SETTINGS_SHEET } from '../core/schema';
import { Settings, planSettingUpdate } from '../core/settings';
import { intendedEditors } from '../core/sharing';
import type { OpenCaseDocumentResult } from '../core/apiTypes';
import { Access } from './access';
import { appendAuditLog } from './audit';
import { notSetUp, readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CreateCaseDocumentInput {
  caseCodeName: string;
  /** Goes under "Report summary" as plain paragraphs, one per line. Never written to a sheet. */
  summary?: string;
  settings: Settings;
  members: Member[];
  conflicts: Conflict[];
  /**
   * The `Settings` values, when the caller has read them already: the folder's id is written there
   * the first time the folder is made. Read again when absent.
   */
  settingsValues?: SheetRow[];
}

export interface CaseDocumentLink {
  id: string;
  url: string;
}

/** The summary's lines as paragraphs, without trailing blank ones. */
function summaryParagraphs(summary: string | undefined): string[] {
  const lines = (summary ?? '').split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines;
}

function canEditFolder(folder: DriveFolder, email: string): boolean {
  const sharing = readSharing(folder);
  const wanted = normaliseEmail(email);
  return sharing.owner === wanted || sharing.editors.includes(wanted);
}

/**
 * The folder new case documents go in, or null when this user may not add to it. Only an active
 * chair without any conflict may (see src/core/caseFolder.ts); the first such chair to need it
 * creates it, private, and its id goes into `Settings` at once so a retry reuses it.
 */
function caseFolderFor(context: ActionContext, input: CreateCaseDocumentInput): DriveFolder | null {
  const keepers = intendedFolderEditors(input.members, input.conflicts);
  if (!keepers.includes(normaliseEmail(context.userEmail))) return null;
  if (input.settings.caseDocumentsFolderId !== '') {
    const folder = openFolder(input.settings.caseDocumentsFolderId);
    return folder && canEditFolder(folder, context.userEmail) ? folder : null;
  }
  const settingsSheet = context.spreadsheet.getSheetByName(SETTINGS_SHEET);
  if (!settingsSheet) throw notSetUp(SETTINGS_SHEET);
  const values = input.settingsValues ?? snapshot(settingsSheet, context.timeZone).values;
  // Planned before the folder is made: a Settings sheet with no row for it fails with nothing made.
  planSettingUpdate(values, 'caseDocumentsFolderId', '');
  const folder = createFolder(CASE_FOLDER_NAME);
  try {
    makePrivate(folder);
    addEditors(folder, keepers.filter((email) => email !== normaliseEmail(context.userEmail)));
    const id = folder.getId();
    const cell = planSettingUpdate(values, 'caseDocumentsFolderId', id);
    writeBlock(settingsSheet, cell.rowIndex + 1, cell.columnIndex + 1, cell.values);
    input.settings.caseDocumentsFolderId = id;
    return folder;
  } catch (error) {
    trashQuietly(folder);
    throw error;
  }
}

/**
 * Creates a case document (spec section 6): a Google Doc titled exactly with the case code name,
 * with the manual's headed sections, the summary under "Report summary", private (no link or
 * domain sharing), edited by the active members without a conflict for the case, and in the case
 * folder when this user may add to it. A fault part-way trashes the half-made document, so no
 * untracked copy is left behind.
 *
 * The caller holds the document lock and writes the link into `Cases`. When this call made the
 * case folder, `input.settings.caseDocumentsFolderId` is updated, so a caller creating several
 * documents in one run reuses it.
 */
export function createCaseDocument(context: ActionContext, input: CreateCaseDocumentInput): CaseDocumentLink {
  const title = caseDocumentTitle(input.caseCodeName);
  const folder = caseFolderFor(context, input);
  const document = createSectionedDocument(title, caseDocumentSections(), summaryParagraphs(input.summary));
  try {
    const file = fileById(document.id);
    makePrivate(file);
    if (folder) moveToFolder(file, folder);
    const self = normaliseEmail(context.userEmail);
    addEditors(file, intendedEditors(title, input.members, input.conflicts).filter((email) => email !== self));
  } catch (error) {
    trashQuietly(document.id);
    throw error;
  }
  return document;
}

// ---------------------------------------------------------------------------------------------
// Finding the documents of existing cases

/** One case of `Cases`: its code name as first written, and its rows. */
export interface CaseEntry {
  caseCodeName: string;
  records: CaseRecord[];
}

/** The cases of `Cases` by key (hyphen and space alike, case-insensitive), in order of first row. */
export function casesOf(records: readonly CaseRecord[]): Map<string, CaseEntry> {
  const cases = new Map<string, CaseEntry>();
  for (const record of records) {
    if (record.caseCodeName === '') continue;
    const key = caseCodeNameKey(record.caseCodeName);
    const entry = cases.get(key);
    if (entry) entry.records.push(record);
    else cases.set(key, { caseCodeName: record.caseCodeName, records: [record] });
  }
  return cases;
}

export interface FoundDocument {
  caseCodeName: string;
  file: DriveFile;
  /** The link as the Documents cell holds it, or the file's own URL when found in the folder. */
  url: string;
}

/** The distinct Drive links in the case's Documents cells, in row order, with their text. */
function linksOf(entry: CaseEntry): { id: string; url: string }[] {
  const links: { id: string; url: string }[] = [];
  for (const record of entry.records) {
    const id = driveIdFromUrl(record.documents);
    if (id !== null && !links.some((link) => link.id === id)) links.push({ id, url: record.documents });
  }
  return links;
}

/** The first of the case's Documents links that opens for this user, or null. */
function openLinkedDocument(entry: CaseEntry, opened: Map<string, DriveFile | null>): FoundDocument | null {
  for (const link of linksOf(entry)) {
    if (!opened.has(link.id)) opened.set(link.id, openFile(link.id));
    const file = opened.get(link.id);
    if (file) return { caseCodeName: entry.caseCodeName, file, url: link.url };
  }
  return null;
}

export interface CaseDocuments {
  /** By case key: the case's document, when this user can open one. */
  documents: Map<string, FoundDocument>;
  /** Case code names with a Documents link that did not open for this user. */
  unreachable: string[];
  /** The case folder, when Settings names one this user can open. */
  folder: DriveFolder | null;
}

/**
 * Every case's document that this user can open: the first Documents link of the case that opens,
 * else a file in the case folder titled with the case code name. Drive has no batch API for
 * sharing, so this costs a few calls per case (never per row).
 */
export function findCaseDocuments(cases: ReadonlyMap<string, CaseEntry>, settings: Settings): CaseDocuments {
  const documents = new Map<string, FoundDocument>();
  const unreachable: string[] = [];
  const opened = new Map<string, DriveFile | null>();
  for (const [key, entry] of cases) {
    const found = openLinkedDocument(entry, opened);
    if (found) documents.set(key, found);
    else if (linksOf(entry).length > 0) unreachable.push(entry.caseCodeName);
  }
  const folder = settings.caseDocumentsFolderId === '' ? null : openFolder(settings.caseDocumentsFolderId);
  // Listing the folder costs a call per file: only when some case still has no document.
  if (folder && documents.size + unreachable.length < cases.size) {
    for (const file of filesIn(folder)) {
      const key = caseCodeNameKey(file.getName());
      const entry = cases.get(key);
      if (entry && !documents.has(key) && !unreachable.includes(entry.caseCodeName)) {
        documents.set(key, { caseCodeName: entry.caseCodeName, file, url: urlOf(file) });
      }
    }
  }
  return { documents, unreachable, folder };
}

// ---------------------------------------------------------------------------------------------
// Create or open the active row's case document

/** Row runs as [first 1-based row, count], so scattered rows cost one write per run. */
function contiguousRuns(rowIndexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const rowIndex of [...new Set(rowIndexes)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === rowIndex + 1) last[1] += 1;
    else runs.push([rowIndex + 1, 1]);
  }
  return runs;
}

/**
 * Writes `url` into the Documents cell of each row: one write per run of neighbouring rows, so
 * other rows' cells are never rewritten (a rewrite could turn their text into numbers or drop
 * formulas). A case has a row per reported person, so the writes are bounded by that, not by the
 * size of the tracker. Returns how many runs were written before any fault.
 */
function writeDocumentLinks(sheet: Sheet, column: number, rowIndexes: readonly number[], url: string, written: { runs: number }): void {
  for (const [firstRow, count] of contiguousRuns(rowIndexes)) {
    writeColumn(sheet, firstRow, column + 1, Array.from({ length: count }, () => url));
    written.runs += 1;
  }
}

/** The URL of a document in the case folder titled with the case code name, if this user can see one. */
function documentInFolder(settings: Settings, caseCodeName: string): string | null {
  const folder = settings.caseDocumentsFolderId === '' ? null : openFolder(settings.caseDocumentsFolderId);
  const file = folder ? firstFileNamed(folder, caseDocumentTitle(caseCodeName)) : null;
  return file ? urlOf(file) : null;
}

const SELECT_A_CASE_ROW = 'Select a cell in a row of the Cases sheet, then choose Django CoC › Create or open case document.';

/**
 * Spec section 6's "Create or open case document" for the row of `cell`. When a Documents link of
 * the case opens, that document is the case's: its link is returned (and copied into any blank
 * Documents cell of the case). Otherwise the document is created, once, and its link written into
 * Documents on every row of the case. A case whose link does not open for this user is refused
 * rather than given a second document. The caller holds the document lock.
 */
export function openCaseDocumentForCell(context: ActionContext, access: Access, cell: ActiveCell | null): OpenCaseDocumentResult {
  if (!cell || cell.sheetName !== CASES_SHEET || cell.row < 2) throw new UserError('select-case-row', SELECT_A_CASE_ROW);
  const { snapshot: cases, table } = readCasesSheet(context);
  const record = table.records.find((candidate) => candidate.rowIndex === cell.row - 1);
  if (!record) throw new UserError('select-case-row', SELECT_A_CASE_ROW);
  if (record.caseCodeName === '') {
    throw new UserError('no-case-code-name', 'The selected row has no Case Code Name, so it has no case document. Give it one, then try again.');
  }
  const { conflicts } = readConflictsSheet(context);
  if (hasConflict(conflicts, context.userEmail, record.caseCodeName)) {
    throw new UserError('conflict-of-interest', 'You have declared a conflict of interest for this case, so its document is not shared with you.');
  }
  const entry = casesOf(table.records).get(caseCodeNameKey(record.caseCodeName)) as CaseEntry;
  const column = table.columns.documents as number;
  const found = openLinkedDocument(entry, new Map());
  if (found) {
    const blank = entry.records.filter((row) => row.documents === '').map((row) => row.rowIndex);
    writeDocumentLinks(cases.sheet, column, blank, found.url, { runs: 0 });
    return { caseCodeName: entry.caseCodeName, documentUrl: found.url, created: false };
  }
  if (linksOf(entry).length > 0) {
    throw new UserError(
      'document-unavailable',
      "This case's Documents link does not open for you: the document was not shared with you, or it was deleted. Ask the chair to run Django CoC › Members › Audit sharing. To start a new document instead, clear the case's Documents cells first.",
    );
  }
  const settings = readSettingsSheet(context);
  const inFolder = documentInFolder(settings.settings, entry.caseCodeName);
  if (inFolder) {
    writeDocumentLinks(cases.sheet, column, entry.records.map((row) => row.rowIndex), inFolder, { runs: 0 });
    return { caseCodeName: entry.caseCodeName, documentUrl: inFolder, created: false };
  }
  const document = createCaseDocument(context, {
    caseCodeName: entry.caseCodeName,
    settings: settings.settings,
    settingsValues: settings.snapshot?.values,
    members: access.members,
    conflicts,
  });
  const written = { runs: 0 };
  try {
    writeDocumentLinks(cases.sheet, column, entry.records.map((row) => row.rowIndex), document.url, written);
  } catch (error) {
    // No row links it yet: trash it, so the next try starts clean. Once a row links it, the next
    // open finds it and fills in the other rows.
    if (written.runs === 0) trashQuietly(document.id);
    throw error;
  }
  appendAuditLog(context, 'Created case document', [entry.caseCodeName]);
  return { caseCodeName: entry.caseCodeName, documentUrl: document.url, created: true };
}
