/**
 * "Create or open case document" (spec section 6) for the active row of `Cases`.
 */
import { ActionContext } from '../../gas/context';
import { ActiveCell } from '../../gas/activeCell';
import { firstFileNamed, openFolder, trashQuietly, urlOf } from '../../gas/drive';
import { writeColumn } from '../../gas/spreadsheet';
import { documentsTitled } from '../../gas/caseFolderTitles';
import { caseDocumentTitle } from '../../core/caseDocument';
import { caseCodeNameKey, looksLikeCaseCodeName } from '../../core/codeNames';
import { hasConflict } from '../../core/conflicts';
import { expungedOn } from '../../core/retention/expungedCell';
import { UserError } from '../../core/errors';
import { CASES_SHEET } from '../../core/schema';
import { Settings } from '../../core/settings';
import type { OpenCaseDocumentResult } from '../../core/apiTypes';
import { Access } from '../access';
import { appendAuditLogAfter } from '../audit';
import { readCasesSheet, readConflictsSheet, readSettingsSheet } from '../records';
import { createCaseDocument } from './createCaseDocument';
import { CaseEntry, casesOf, linksOf, openLinkedDocument } from './findCaseDocuments';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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

/**
 * The URL of the case's existing document when no row links it: one in the case folder titled with
 * the case code name, else the one Google Doc so titled anywhere this user can see (a member's
 * document stays in their own Drive). Null when there is none, so one may be made.
 *
 * @throws UserError 'several-documents' when several documents carry the title: picking one, or
 * making another, would give the case two documents.
 */
function existingDocument(settings: Settings, caseCodeName: string): string | null {
  const title = caseDocumentTitle(caseCodeName);
  const folder = settings.caseDocumentsFolderId === '' ? null : openFolder(settings.caseDocumentsFolderId);
  const file = folder ? firstFileNamed(folder, title) : null;
  if (file) return urlOf(file);
  const elsewhere = documentsTitled(title);
  if (elsewhere.length > 1) {
    throw new UserError(
      'several-documents',
      'Several documents are titled with this case code name and no row of the case links one, so none was linked and none was made. Ask the chair to keep one (Django CoC › Members › Audit sharing lists them), then try again.',
    );
  }
  return elsewhere.length === 1 ? urlOf(elsewhere[0]) : null;
}

const SELECT_A_CASE_ROW = 'Select a cell in a row of the Cases sheet, then choose Django CoC › Create or open case document.';

/**
 * Spec section 6's "Create or open case document" for the row of `cell`. When a Documents link of
 * the case opens, that document is the case's: its link is returned (and copied into any blank
 * Documents cell of the case). Otherwise the document is created, once, and its link written into
 * Documents on every row of the case. A case whose link does not open for this user is refused
 * rather than given a second document, and so is a case whose Case Code Name is not a case code
 * name (see caseDocumentTitle), which would otherwise become the document's title. The caller
 * holds the document lock.
 */
export function openCaseDocumentForCell(context: ActionContext, access: Access, cell: ActiveCell | null): OpenCaseDocumentResult {
  if (!cell || cell.sheetName !== CASES_SHEET || cell.row < 2) throw new UserError('select-case-row', SELECT_A_CASE_ROW);
  const { snapshot: cases, table } = readCasesSheet(context);
  const record = table.records.find((candidate) => candidate.rowIndex === cell.row - 1);
  if (!record) throw new UserError('select-case-row', SELECT_A_CASE_ROW);
  if (record.caseCodeName === '') {
    throw new UserError('no-case-code-name', 'The selected row has no Case Code Name, so it has no case document. Give it one, then try again.');
  }
  // The cell may hold anything typed there, a real name included: never repeated, never a title,
  // and (see caseDocumentTitle, which refuses it) never handed back as the case's name.
  if (!looksLikeCaseCodeName(record.caseCodeName)) caseDocumentTitle(record.caseCodeName);
  const { conflicts } = readConflictsSheet(context);
  if (hasConflict(conflicts, context.userEmail, record.caseCodeName)) {
    throw new UserError('conflict-of-interest', 'You have declared a conflict of interest for this case, so its document is not shared with you.');
  }
  const entry = casesOf(table.records).get(caseCodeNameKey(record.caseCodeName)) as CaseEntry;
  const column = table.columns.documents as number;
  const expunged = entry.records.map((row) => expungedOn(row.documents));
  if (expunged.every((day) => day !== null)) {
    throw new UserError(
      'case-expunged',
      `This case's identifying records were expunged by a retention review on ${expunged[0]}, so it has no document any more. Its rows stay for the statistics.`,
    );
  }
  const found = openLinkedDocument(entry, new Map());
  if (found) {
    const blank = entry.records.filter((row) => row.documents === '').map((row) => row.rowIndex);
    writeDocumentLinks(cases.sheet, column, blank, found.url, { runs: 0 });
    return { caseCodeName: entry.caseCodeName, documentUrl: found.url, created: false, notShared: [] };
  }
  if (linksOf(entry).length > 0) {
    throw new UserError(
      'document-unavailable',
      "This case's Documents link does not open for you: the document was not shared with you, or it was deleted. Ask the chair to run Django CoC › Members › Audit sharing. To start a new document instead, clear the case's Documents cells first.",
      {},
      "This case's Documents link does not open for you: the document was not shared with you, or it was deleted. Run Django CoC › Members › Audit sharing to see who it is shared with. To start a new document instead, clear the case's Documents cells first.",
    );
  }
  const settings = readSettingsSheet(context);
  const existing = existingDocument(settings.settings, entry.caseCodeName);
  if (existing) {
    writeDocumentLinks(cases.sheet, column, entry.records.map((row) => row.rowIndex), existing, { runs: 0 });
    return { caseCodeName: entry.caseCodeName, documentUrl: existing, created: false, notShared: [] };
  }
  const document = createCaseDocument(context, {
    caseCodeName: entry.caseCodeName,
    settings: settings.settings,
    settingsValues: settings.snapshot?.values,
    members: access.members,
    conflicts,
  });
  const logCreated = (done: string): void => appendAuditLogAfter(context, 'Created case document', [entry.caseCodeName], done);
  const written = { runs: 0 };
  try {
    writeDocumentLinks(cases.sheet, column, entry.records.map((row) => row.rowIndex), document.url, written);
  } catch (error) {
    // No row links it yet: trash it, so the next try starts clean. Once a row links it, the next
    // open finds it and fills in the other rows, and will not log it: its creation is logged now.
    if (written.runs === 0) trashQuietly(document.id);
    else logCreated('The case document was created and linked on some rows of the case');
    throw error;
  }
  logCreated('The case document was created and linked on every row of the case');
  return { caseCodeName: entry.caseCodeName, documentUrl: document.url, created: true, notShared: document.notShared };
}
