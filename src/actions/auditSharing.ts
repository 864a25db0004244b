/**
 * Spec section 6's "Audit sharing", with the rules of section 3 for the identity key: the
 * identity key, the case folder and every case document whose sharing (or, for a document,
 * title) breaks the rules; fixed on request.
 */
import { ActionContext } from '../gas/context';
import { listFolderFiles } from '../gas/caseFolderTitles';
import {
  DriveFile,
  DriveFolder,
  DriveSharing,
  makePrivate,
  moveToFolder,
  openFile,
  readSharing,
  removeEditor,
  removeViewer,
  rename,
} from '../gas/drive';
import { UNLINKED_DOCUMENT, auditCaseFolder, auditPlacement, intendedFolderEditors } from '../core/caseFolder';
import { caseCodeNameKey, isCaseCodeName } from '../core/codeNames';
import { Member, normaliseEmail } from '../core/members';
import { hasConflict } from '../core/conflicts';
import {
  CASE_FOLDER_LABEL,
  Finding,
  IDENTITY_KEY_LABEL,
  STATUS_SPREADSHEET_LABEL,
  SharingFix,
  auditStatusSpreadsheet,
  auditCaseDocument,
  removalOnlyFindings,
  auditIdentityKeyFile,
  canManageSharing,
  intendedEditors,
  intendedKeyEditors,
  unmanageableFindings,
} from '../core/sharing';
import { isForeignLink } from '../core/documentLink';
import { AUDIT_DIGEST_KEY, auditChainProblems } from '../core/auditChain';
import { AUDIT_LOG_SHEET } from '../core/schema';
import { readSheet } from '../gas/spreadsheet';
import type { AuditSharingResult, SharingFinding } from '../core/apiTypes';
import { Access } from './access';
import { caseFileTest, documentsTitledOutsideFolder } from './caseDocuments/caseFolderFiles';
import { CASE_DOCUMENTS_PER_RUN, nextCaseBatch, unfinishedSentence } from '../core/caseBatches';
import { deleteDocumentProperty, readDocumentProperty, writeDocumentProperty } from '../gas/documentProperties';
import { appendAuditLogAfter } from './audit';
import { CaseEntry, caseLabel, casesOf, findCaseDocuments, linksOf } from './caseDocuments/findCaseDocuments';
import { readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';

const FOREIGN_LINK =
  'A Documents cell of this case is not a Google Docs link (https://docs.google.com/document/d/…), so Django CoC never opens, offers or shares it. Run Django CoC › Validate records to find the cell.';
const UNREACHABLE = 'Its Documents link does not open for you, so its sharing could not be checked. Ask a member who can open it to check it, or run this as another chair.';
const CLAIMED_BY_SEVERAL =
  "This case's rows link more than one document, or a document that another case's rows also link or that is titled with another case, so its title and sharing were left as they are. Correct the Documents cells (Django CoC › Validate records lists them), then run Audit sharing again.";
const UNLINKED_ELSEWHERE =
  "A document titled with this case's code name, outside the case documents folder, that no row of the case links, so its title and sharing were left as they are but for taking away access nobody should have. Check whether it is the case's document: link it from the case's rows, or move it out of the way if it is not.";
const NOT_LINKED =
  'No row of the case links its document, which was found in the case documents folder by its title. Select a row of the case and choose Django CoC › Create or open case document to link it.';
/** Google Docs' MIME type, as `MimeType.GOOGLE_DOCS` names it. */
const GOOGLE_DOCS_MIME_TYPE = 'application/vnd.google-apps.document';
const FOLDER_UNREACHABLE = 'The case documents folder named in Settings does not open for you, so its sharing could not be checked.';
const KEY_UNREACHABLE =
  'The identity key named in Settings does not open for you, so its sharing could not be checked. Ask its owner to check that it is private and shared with exactly the active members with Identity Key Access.';
const KEY_IS_STATUS_SPREADSHEET =
  'The Identity Key Spreadsheet ID in Settings is this status spreadsheet, which must never hold real names, so its sharing was not changed. Create or link a separate identity key (Django CoC › Identity key).';

function applyFix(item: DriveFile | DriveFolder, fix: Exclude<SharingFix, { kind: 'add-editor' }>, folder: DriveFolder | null): void {
  switch (fix.kind) {
    case 'move-to-folder':
      if (folder) moveToFolder(item as DriveFile, folder);
      break;
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
  }
}

/**
 * Applies the fixes that take access away (spec section 9, "Fail closed": an automatic fix never
 * gives anyone access; granting waits for the chair to confirm that member and that file). The
 * user's own access is taken away last, since Drive lets nobody change a file's sharing once they
 * cannot edit it.
 */
function applyFixes(item: DriveFile | DriveFolder, fixes: readonly SharingFix[], userEmail: string, folder: DriveFolder | null): void {
  const user = normaliseEmail(userEmail);
  const ownAccess: Exclude<SharingFix, { kind: 'add-editor' }>[] = [];
  for (const fix of fixes) {
    if (fix.kind === 'add-editor') continue;
    if ((fix.kind === 'remove-editor' || fix.kind === 'remove-viewer') && normaliseEmail(fix.email) === user) ownAccess.push(fix);
    else applyFix(item, fix, folder);
  }
  for (const fix of ownAccess) applyFix(item, fix, folder);
}

/** What a finding of missing access adds: nothing was granted, and how the chair grants it. */
function grantHint(label: string): string {
  if (label === STATUS_SPREADSHEET_LABEL) return ' Nothing was granted: onboard them with Django CoC › Members › Onboard member.';
  const what = label === IDENTITY_KEY_LABEL ? 'the identity key' : 'this case';
  return ` Nothing was granted: once you have confirmed that this member should see ${what}, grant it with Django CoC › Members › Grant access.`;
}

function activeMemberEmails(members: readonly Member[]): string[] {
  return [...new Set(members.filter((member) => member.active).map((member) => member.email))].sort();
}

/** By document id, the keys of the cases whose rows link it. */
function casesLinking(cases: ReadonlyMap<string, CaseEntry>): Map<string, Set<string>> {
  const claims = new Map<string, Set<string>>();
  for (const [key, entry] of cases) {
    for (const link of linksOf(entry)) claims.set(link.id, new Set([...(claims.get(link.id) ?? []), key]));
  }
  return claims;
}

function titledWithAnotherCase(cases: ReadonlyMap<string, CaseEntry>, title: string, caseCodeName: string): boolean {
  const titleKey = caseCodeNameKey(title);
  return titleKey !== caseCodeNameKey(caseCodeName) && cases.has(titleKey);
}

/**
 * Lists the findings and, with `fix`, applies every fix that needs no person (ownership cannot be
 * taken from an owner, so that finding stays for the chair). The identity key comes first, then
 * the case folder, then the documents, so the most sensitive file heads a long list. The key is
 * audited through Drive's sharing alone: its contents are never opened here. A file the user
 * cannot open, or whose sharing they cannot change, is reported rather than failing the audit.
 * The caller holds the document lock when fixing.
 */
export interface AuditFinding extends SharingFinding {
  /** True when fixing fixes it; false when only a person can (ownership, an unreachable file, Cases). */
  fixable: boolean;
}

export interface AuditOutcome {
  findings: AuditFinding[];
  fixed: boolean;
  /** Set when this run checked only some case documents (src/core/caseBatches.ts). */
  unfinished?: string;
}

/**
 * The last case an unfinished audit did, one cursor for checking and one for fixing, so that a
 * check never moves the fixing on past cases it has not fixed.
 */
function progressKey(fix: boolean): string {
  return fix ? 'auditSharing.continueAfter.fix' : 'auditSharing.continueAfter.check';
}

/**
 * The menu checks and then fixes in one run, so each pass takes half of what one run can do
 * (a document costs the audit about 1.6 s: opening it, its sharing and its folder).
 */
export const AUDITED_DOCUMENTS_PER_RUN = CASE_DOCUMENTS_PER_RUN / 2;

export function auditSharing(context: ActionContext, access: Access, fix: boolean): AuditOutcome {
  const { table } = readCasesSheet(context);
  const { conflicts } = readConflictsSheet(context);
  const { settings } = readSettingsSheet(context);
  const cases = casesOf(table.records);
  const resumeAfter = readDocumentProperty(progressKey(fix));
  const { batch, continueAfter, remaining } = nextCaseBatch(cases, resumeAfter, AUDITED_DOCUMENTS_PER_RUN);
  const found = findCaseDocuments(batch, settings);

  const findings: AuditFinding[] = [];
  const fixedCases: string[] = [];
  let fixing = false;
  const report = (label: string, problem: string, fixable = false) => findings.push({ caseCodeName: label, problem, fixable });

  /** Audits one item the user could open, and fixes it when asked; `onFixing` runs before the first change. */
  const check = (
    item: DriveFile | DriveFolder,
    label: string,
    subject: string,
    rules: (sharing: DriveSharing) => Finding[],
    onFixing: () => void = () => undefined,
  ): void => {
    const sharing = readSharing(item);
    const problems = canManageSharing(sharing, context.userEmail) ? rules(sharing) : unmanageableFindings(sharing, label, subject, context.userEmail);
    for (const problem of problems) {
      const granting = problem.fix?.kind === 'add-editor';
      report(label, granting ? problem.problem + grantHint(label) : problem.problem, problem.fix !== null && !granting);
    }
    const toApply = problems.flatMap((problem) => (problem.fix && problem.fix.kind !== 'add-editor' ? [problem.fix] : []));
    if (!fix || toApply.length === 0) return;
    fixing = true;
    onFixing();
    applyFixes(item, toApply, context.userEmail, found.folder);
  };

  const auditLog = readSheet(context.spreadsheet, AUDIT_LOG_SHEET, context.timeZone);
  for (const problem of auditLog ? auditChainProblems(auditLog.values.slice(1), readDocumentProperty(AUDIT_DIGEST_KEY)) : []) report(AUDIT_LOG_SHEET, problem);

  try {
    const keyId = settings.identityKeySpreadsheetId;
    // The key, the tracker and the folder are checked by the first run of an audit only.
    if (resumeAfter !== null) {
      // Already checked by the run that began this audit.
    } else if (keyId !== '' && keyId === context.spreadsheet.getId()) {
      report(IDENTITY_KEY_LABEL, KEY_IS_STATUS_SPREADSHEET);
    } else if (keyId !== '') {
      const key = openFile(keyId);
      if (!key) report(IDENTITY_KEY_LABEL, KEY_UNREACHABLE);
      else check(key, IDENTITY_KEY_LABEL, 'the identity key', (sharing) => auditIdentityKeyFile(sharing, intendedKeyEditors(access.members)));
    }

    const tracker = resumeAfter === null ? openFile(context.spreadsheet.getId()) : null;
    if (tracker) {
      check(tracker, STATUS_SPREADSHEET_LABEL, 'the status spreadsheet', (sharing) => auditStatusSpreadsheet(sharing, activeMemberEmails(access.members)));
    }

    if (settings.caseDocumentsFolderId !== '' && !found.folder) report(CASE_FOLDER_LABEL, FOLDER_UNREACHABLE);
    if (found.folder && resumeAfter === null) {
      const intended = intendedFolderEditors(access.members, conflicts);
      check(found.folder, CASE_FOLDER_LABEL, 'the case documents folder', (sharing) =>
        auditCaseFolder(sharing, intended).map((finding) => ({ caseCodeName: CASE_FOLDER_LABEL, ...finding })),
      );
    }

    for (const caseCodeName of found.unreachable) report(caseLabel(cases, caseCodeName), UNREACHABLE);
    const folderId = found.folder?.getId() ?? '';
    // One listing for the whole folder, where asking each file for its parents costs four calls.
    const folderFiles = found.folder ? (listFolderFiles(folderId) ?? []) : [];
    const inFolder = new Set(folderFiles.map((file) => file.id));
    for (const entry of cases.values()) {
      if (entry.records.some((record) => isForeignLink(record.documents))) report(caseLabel(cases, entry.caseCodeName), FOREIGN_LINK);
    }
    const claims = casesLinking(cases);
    /** The active members without a conflict on any of these cases (a name that is no case of Cases is left out). */
    const intendedOnEvery = (names: readonly string[]): string[] => {
      const keys = [...new Set(names.map(caseCodeNameKey))].filter((key) => cases.has(key));
      return activeMemberEmails(access.members).filter((email) => !keys.some((key) => hasConflict(conflicts, email, key)));
    };
    const audited = new Set<string>();
    for (const document of found.documents.values()) {
      const { caseCodeName } = document;
      const label = caseLabel(cases, caseCodeName);
      const intended = intendedEditors(caseCodeName, access.members, conflicts);
      const entry = cases.get(caseCodeNameKey(caseCodeName));
      if (entry && linksOf(entry).length === 0) report(label, NOT_LINKED);
      const { id } = document;
      if (audited.has(id)) continue;
      audited.add(id);
      check(
        document.file,
        label,
        'the document',
        (sharing) => [
          // Linked from two cases, one of two documents its case links, or titled with another case:
          // which case's record it is, and so who may open it,
          // is for a person to settle. Renaming it or sharing it by either case could hand one
          // case's record to a member with a conflict on it.
          // Taking away access is still safe: anyone who may not open every case it may belong to loses it.
          ...((claims.get(id)?.size ?? 0) > 1 || (entry !== undefined && linksOf(entry).length > 1) || titledWithAnotherCase(cases, sharing.title, caseCodeName)
            ? [
                { caseCodeName: label, problem: CLAIMED_BY_SEVERAL, fix: null },
                ...removalOnlyFindings(sharing, label, intendedOnEvery([caseCodeName, sharing.title, ...(claims.get(id) ?? [])])),
              ]
            : auditCaseDocument({ caseCodeName, ...sharing }, intended)),
          ...(found.folder ? auditPlacement({ inFolder: inFolder.has(id), owner: sharing.owner }, context.userEmail) : []).map(
            (finding) => ({ caseCodeName: label, ...finding }),
          ),
        ],
        () => fixedCases.push(caseCodeName),
      );
    }
    // A case document outside the folder that no row links any more (a typed-over Documents cell):
    // listed, and only access taken away, since which case it is for is for a person to settle.
    for (const [id, entry] of documentsTitledOutsideFolder(batch, folderFiles)) {
      if (audited.has(id) || claims.has(id)) continue;
      audited.add(id);
      const file = openFile(id);
      if (!file) continue;
      const label = caseLabel(cases, entry.caseCodeName);
      check(file, label, 'the document', (sharing) => [
        { caseCodeName: label, problem: UNLINKED_ELSEWHERE, fix: null },
        ...removalOnlyFindings(sharing, label, intendedOnEvery([entry.caseCodeName])),
      ], () => fixedCases.push(entry.caseCodeName));
    }
    if (found.folder && continueAfter === null) {
      const isCaseFile = caseFileTest(cases, batch, found.documents);
      for (const file of folderFiles) {
        if (file.mimeType !== GOOGLE_DOCS_MIME_TYPE || isCaseFile(file.id, file.title)) continue;
        const title = file.title.trim();
        report(isCaseCodeName(title) ? title : `A document in the case folder (${file.id})`, UNLINKED_DOCUMENT);
      }
    }
    if (continueAfter !== null) writeDocumentProperty(progressKey(fix), continueAfter);
    else if (resumeAfter !== null) deleteDocumentProperty(progressKey(fix));
  } finally {
    // Logged even when a fault stops the fixing part-way, so every change to sharing is on record
    // (a case whose fixing began counts, since some of its fixes may have been applied).
    if (fixing) appendAuditLogAfter(context, 'Fixed sharing', fixedCases, 'The sharing was changed');
  }
  const unfinished = continueAfter === null ? undefined : unfinishedSentence(batch.size, remaining, 'Audit sharing');
  return { findings, fixed: fixing, ...(unfinished ? { unfinished } : {}) };
}

/** What the global auditSharing returns: findings without the menu's own `fixable` mark. */
export function withoutFixable(result: AuditOutcome): AuditSharingResult {
  return {
    findings: result.findings.map(({ caseCodeName, problem }) => ({ caseCodeName, problem })),
    fixed: result.fixed,
    ...(result.unfinished ? { unfinished: result.unfinished } : {}),
  };
}
