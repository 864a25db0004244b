/**
 * Spec section 6's "Audit sharing": every case document whose sharing, editors or title break the
 * rules, and the case folder if it gives anyone more than they should have; fixed on request.
 */
import { ActionContext } from '../gas/context';
import { DriveFile, DriveFolder, addEditors, makePrivate, readSharing, removeEditor, removeViewer, rename } from '../gas/drive';
import { auditCaseFolder, FolderFix, intendedFolderEditors } from '../core/caseFolder';
import { auditCaseDocument, intendedEditors, SharingFix } from '../core/sharing';
import type { AuditSharingResult, SharingFinding } from '../core/apiTypes';
import { Access } from './access';
import { appendAuditLogAfter } from './audit';
import { casesOf, findCaseDocuments } from './caseDocuments/findCaseDocuments';
import { readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';

const UNREACHABLE = 'Its Documents link does not open for you, so its sharing could not be checked. Ask a member who can open it to check it, or run this as another chair.';
const FOLDER_UNREACHABLE = 'The case documents folder named in Settings does not open for you, so its sharing could not be checked.';

/** Applies fixes to one file or folder; add-editor fixes go in one call. */
function applyFixes(item: DriveFile | DriveFolder, fixes: readonly (SharingFix | FolderFix)[]): void {
  const newEditors: string[] = [];
  for (const fix of fixes) {
    switch (fix.kind) {
      case 'set-private':
        makePrivate(item);
        break;
      case 'rename':
        rename(item, fix.title);
        break;
      case 'remove-editor':
        removeEditor(item, fix.email);
        break;
      case 'remove-viewer':
        removeViewer(item, fix.email);
        break;
      case 'add-editor':
        newEditors.push(fix.email);
        break;
    }
  }
  addEditors(item, newEditors);
}

/**
 * Lists the findings and, with `fix`, applies every fix that needs no person (ownership cannot be
 * taken from an owner, so that finding stays for the chair). The caller holds the document lock
 * when fixing.
 */
export function auditSharing(context: ActionContext, access: Access, fix: boolean): AuditSharingResult {
  const { table } = readCasesSheet(context);
  const { conflicts } = readConflictsSheet(context);
  const { settings } = readSettingsSheet(context);
  const found = findCaseDocuments(casesOf(table.records), settings);

  const findings: SharingFinding[] = found.unreachable.map((caseCodeName) => ({ caseCodeName, problem: UNREACHABLE }));
  const fixedCases: string[] = [];
  let fixing = false;
  try {
    for (const document of found.documents.values()) {
      const sharing = { caseCodeName: document.caseCodeName, ...readSharing(document.file) };
      const problems = auditCaseDocument(sharing, intendedEditors(document.caseCodeName, access.members, conflicts));
      findings.push(...problems.map(({ caseCodeName, problem }) => ({ caseCodeName, problem })));
      const toApply = problems.flatMap((problem) => (problem.fix ? [problem.fix] : []));
      if (fix && toApply.length > 0) {
        fixing = true;
        fixedCases.push(document.caseCodeName);
        applyFixes(document.file, toApply);
      }
    }

    const folder = found.folder;
    if (settings.caseDocumentsFolderId !== '' && !folder) findings.push({ caseCodeName: '', problem: FOLDER_UNREACHABLE });
    if (folder) {
      const problems = auditCaseFolder(readSharing(folder), intendedFolderEditors(access.members, conflicts));
      findings.push(...problems.map(({ problem }) => ({ caseCodeName: '', problem })));
      const toApply = problems.flatMap((problem) => (problem.fix ? [problem.fix] : []));
      if (fix && toApply.length > 0) {
        fixing = true;
        applyFixes(folder, toApply);
      }
    }
  } finally {
    // Logged even when a fault stops the fixing part-way, so every change to sharing is on record
    // (a case whose fixing began counts, since some of its fixes may have been applied).
    if (fixing) appendAuditLogAfter(context, 'Fixed sharing', fixedCases, 'The sharing was changed');
  }
  return { findings, fixed: fixing };
}
