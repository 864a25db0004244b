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
import { appendAuditLog } from './audit';
import { casesOf, findCaseDocuments } from './caseDocuments';
import { readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';

const UNREACHABLE = 'Its Documents link does not open for you, so its sharing could not be checked. Ask a member who can open it to check it, or run this as another chair.';
const FOLDER_UNREACHABLE = 'The case documents folder named in Settings does not open for you, so its sharing could not be checked.';

/** Applies fixes to one file or folder; add-editor fixes go in one call. Returns how many were applied. */
function applyFixes(item: DriveFile | DriveFolder, fixes: readonly (SharingFix | FolderFix)[]): number {
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
  return fixes.length;
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
  let fixes = 0;
  for (const document of found.documents.values()) {
    const sharing = { caseCodeName: document.caseCodeName, ...readSharing(document.file) };
    const problems = auditCaseDocument(sharing, intendedEditors(document.caseCodeName, access.members, conflicts));
    findings.push(...problems.map(({ caseCodeName, problem }) => ({ caseCodeName, problem })));
    const toApply = problems.flatMap((problem) => (problem.fix ? [problem.fix] : []));
    if (fix && toApply.length > 0) {
      fixes += applyFixes(document.file, toApply);
      fixedCases.push(document.caseCodeName);
    }
  }

  const folder = found.folder;
  if (settings.caseDocumentsFolderId !== '' && !folder) findings.push({ caseCodeName: '', problem: FOLDER_UNREACHABLE });
  if (folder) {
    const problems = auditCaseFolder(readSharing(folder), intendedFolderEditors(access.members, conflicts));
    findings.push(...problems.map(({ problem }) => ({ caseCodeName: '', problem })));
    const toApply = problems.flatMap((problem) => (problem.fix ? [problem.fix] : []));
    if (fix && toApply.length > 0) fixes += applyFixes(folder, toApply);
  }

  if (fixes > 0) appendAuditLog(context, 'Fixed sharing', fixedCases);
  return { findings, fixed: fixes > 0 };
}
