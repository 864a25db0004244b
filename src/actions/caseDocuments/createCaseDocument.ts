/**
 * Making a case document (spec section 6), and the private case folder it goes in.
 */
import { ActionContext } from '../../gas/context';
import { createSectionedDocument } from '../../gas/documents';
import { addEditorsWherePermitted, createFolder, fileById, makePrivate, openFolder, ownsOrEdits, readSharing, trashQuietly } from '../../gas/drive';
import { readCustody } from '../../gas/driveCustody';
import { snapshot, writeBlock } from '../../gas/spreadsheet';
import { SheetRow } from '../../core/cells';
import { caseDocumentSections, caseDocumentTitle } from '../../core/caseDocument';
import { CASE_FOLDER_NAME, intendedFolderEditors } from '../../core/caseFolder';
import { Conflict } from '../../core/conflicts';
import { Member, normaliseEmail } from '../../core/members';
import { SETTINGS_SHEET } from '../../core/schema';
import { Settings, planSettingUpdate } from '../../core/settings';
import { intendedEditors } from '../../core/sharing';
import { peopleOutsideSentences } from '../../core/sharingRefusals';
import { notSetUp } from '../records';
import { isSafeCaseFolder } from '../../core/keyCustody';
import { ownerOfRunSpreadsheet } from '../../gas/protection';

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
  /** What the person is told about editors Drive would not add (the domain forbids sharing outside it); [] when none. */
  notShared: string[];
}

/** The summary's lines as paragraphs, without trailing blank ones. */
function summaryParagraphs(summary: string | undefined): string[] {
  const lines = (summary ?? '').split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines;
}

/**
 * The id of the folder new case documents go in, or null when this user may not add to it. Only an active
 * chair without any conflict may (see src/core/caseFolder.ts); the first such chair to need it
 * creates it, private, and its id goes into `Settings` at once so a retry reuses it.
 */
function caseFolderFor(context: ActionContext, input: CreateCaseDocumentInput): string | null {
  const user = normaliseEmail(context.userEmail);
  const keepers = intendedFolderEditors(input.members, input.conflicts);
  if (!keepers.includes(user)) return null;
  const existingId = input.settings.caseDocumentsFolderId.trim();
  if (existingId !== '') {
    const custody = readCustody(existingId, 'folder');
    let sharing = custody === 'unlisted' ? null : custody;
    if (custody === 'unlisted') {
      // Drive lists the permissions only to someone who may share the folder; anyone else asks DriveApp.
      const folder = openFolder(existingId);
      sharing = folder && ownsOrEdits(folder, user) ? readSharing(folder) : null;
    }
    if (!sharing || (sharing.owner !== user && !sharing.editors.includes(user))) return null;
    // Fail closed (spec section 9): a folder someone else can open would hand them the document;
    // it is then made outside it, shared one by one, and Audit sharing lists the folder.
    return isSafeCaseFolder(sharing, input.members, ownerOfRunSpreadsheet(context), keepers) ? existingId : null;
  }
  const settingsSheet = context.spreadsheet.getSheetByName(SETTINGS_SHEET);
  if (!settingsSheet) throw notSetUp(SETTINGS_SHEET);
  const values = input.settingsValues ?? snapshot(settingsSheet, context.timeZone, SETTINGS_SHEET).values;
  // Planned before the folder is made: a Settings sheet with no row for it fails with nothing made.
  planSettingUpdate(values, 'caseDocumentsFolderId', '');
  const folder = createFolder(CASE_FOLDER_NAME);
  try {
    makePrivate(folder);
    // A chair Drive will not add (outside an organisation that forbids it) is not needed: the folder works without them.
    addEditorsWherePermitted(folder, keepers.filter((email) => email !== normaliseEmail(context.userEmail)), context.userEmail);
    const id = folder.getId();
    const cell = planSettingUpdate(values, 'caseDocumentsFolderId', id);
    writeBlock(settingsSheet, cell.rowIndex + 1, cell.columnIndex + 1, cell.values);
    input.settings.caseDocumentsFolderId = id;
    return id;
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
  const folderId = caseFolderFor(context, input);
  const document = createSectionedDocument(title, caseDocumentSections(), summaryParagraphs(input.summary), folderId);
  let refused: string[];
  try {
    const file = fileById(document.id);
    makePrivate(file);
    const self = normaliseEmail(context.userEmail);
    refused = addEditorsWherePermitted(file, intendedEditors(title, input.members, input.conflicts).filter((email) => email !== self), context.userEmail);
  } catch (error) {
    trashQuietly(document.id);
    throw error;
  }
  return { id: document.id, url: document.url, notShared: peopleOutsideSentences('the case document', refused) };
}
