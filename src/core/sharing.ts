/**
 * Who may open a case document, and what is wrong with one's sharing (spec section 6): private,
 * no link or domain sharing, editors exactly the active members without a conflict for the case,
 * titled exactly with the case code name.
 */
import { Member, normaliseEmail } from './members';
import { Conflict, hasConflict } from './conflicts';
import { isCaseCodeName } from './codeNames';

/** A case document as the Drive adapter reads it. `access` and `permission` are DriveApp names. */
export interface CaseDocumentSharing {
  caseCodeName: string;
  title: string;
  /** `DriveApp.Access` name: only 'PRIVATE' passes. */
  access: string;
  /** `DriveApp.Permission` name for the link or domain access. */
  permission: string;
  /** Blank when Drive reports no owner (a shared drive). */
  owner: string;
  editors: string[];
  viewers: string[];
}

export type SharingFix =
  | { kind: 'set-private' }
  | { kind: 'add-editor'; email: string }
  | { kind: 'remove-editor'; email: string }
  | { kind: 'remove-viewer'; email: string }
  | { kind: 'rename'; title: string };

export interface Finding {
  caseCodeName: string;
  /** A sentence for the chair. Never quotes the title, which might hold a name. */
  problem: string;
  /** What fixes it on confirmation; null when only a person can (transferring ownership, correcting Cases). */
  fix: SharingFix | null;
}

const SHOULD_NOT_HAVE_ACCESS = 'is not an active member without a conflict of interest for this case';
const NOT_A_CASE_CODE_NAME =
  'Its Case Code Name in Cases is not a case code name (two lower-case words), so the document was not renamed to it. Run Django CoC › Validate records to find the cell and correct it.';

/** The active members without a conflict for the case: lower case, sorted, each once. */
export function intendedEditors(caseCodeName: string, members: readonly Member[], conflicts: readonly Conflict[]): string[] {
  const emails = members
    .filter((member) => member.active && !hasConflict(conflicts, member.email, caseCodeName))
    .map((member) => normaliseEmail(member.email))
    .filter((email) => email !== '');
  return [...new Set(emails)].sort();
}

/**
 * Every way the document breaks the rules, each with its fix, in the order they are best fixed:
 * sharing, title, unwanted editors and viewers, missing editors, then the owner. The owner is
 * never removed: Drive cannot, so the chair is told to transfer ownership by hand.
 */
export function auditCaseDocument(doc: CaseDocumentSharing, intended: readonly string[]): Finding[] {
  const caseCodeName = doc.caseCodeName.trim();
  const finding = (problem: string, fix: SharingFix | null): Finding => ({ caseCodeName, problem, fix });
  const allowed = new Set(intended.map(normaliseEmail));
  const owner = normaliseEmail(doc.owner);
  const editors = distinctEmails(doc.editors).filter((email) => email !== owner);
  const viewers = distinctEmails(doc.viewers).filter((email) => email !== owner && !editors.includes(email));
  const findings: Finding[] = [];

  if (doc.access.trim().toUpperCase() !== 'PRIVATE') {
    findings.push(finding(`${describeLinkSharing(doc.access, doc.permission)} It should be private.`, { kind: 'set-private' }));
  }
  if (doc.title !== caseCodeName) {
    // The Case Code Name cell may hold anything a person typed, a real name included: a document
    // is only ever renamed to a real case code name.
    findings.push(
      isCaseCodeName(caseCodeName)
        ? finding('The document title is not exactly the case code name.', { kind: 'rename', title: caseCodeName })
        : finding(NOT_A_CASE_CODE_NAME, null),
    );
  }
  for (const email of editors.filter((editor) => !allowed.has(editor))) {
    findings.push(finding(`${email} can edit the document but ${SHOULD_NOT_HAVE_ACCESS}.`, { kind: 'remove-editor', email }));
  }
  for (const email of viewers.filter((viewer) => !allowed.has(viewer))) {
    findings.push(finding(`${email} can view the document but ${SHOULD_NOT_HAVE_ACCESS}.`, { kind: 'remove-viewer', email }));
  }
  for (const email of [...allowed].filter((member) => member !== owner && !editors.includes(member)).sort()) {
    findings.push(finding(`${email} should be able to edit the document but cannot.`, { kind: 'add-editor', email }));
  }
  if (owner !== '' && !allowed.has(owner)) {
    findings.push(
      finding(
        `${owner} owns the document but ${SHOULD_NOT_HAVE_ACCESS}. The owner cannot be removed: the chair must transfer ownership by hand in Google Drive.`,
        null,
      ),
    );
  }
  return findings;
}

const LINK_AUDIENCES: Record<string, string> = {
  ANYONE: 'Anyone on the internet',
  ANYONE_WITH_LINK: 'Anyone who has the link',
  DOMAIN: 'Everyone in the domain',
  DOMAIN_WITH_LINK: 'Everyone in the domain who has the link',
};

const LINK_PERMISSIONS: Record<string, string> = { EDIT: 'can edit', COMMENT: 'can comment on' };

/** Anything but 'PRIVATE' is a finding, including an access name this code does not know. */
function describeLinkSharing(access: string, permission: string): string {
  const who = LINK_AUDIENCES[access.trim().toUpperCase()] ?? 'People who are not listed as editors';
  const can = LINK_PERMISSIONS[permission.trim().toUpperCase()] ?? 'can open';
  return `${who} ${can} the document.`;
}

function distinctEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map(normaliseEmail).filter((email) => email !== ''))].sort();
}
