/**
 * Who may open the files that hold case records, and what is wrong with their sharing (spec
 * sections 3 and 6). A case document is private, its editors exactly the active members without a
 * conflict for the case, and titled exactly with the case code name; the identity key is private,
 * its editors exactly the active members with Identity Key Access. The case folder has its own
 * rule (src/core/caseFolder.ts).
 */
import { Member, normaliseEmail } from './members';
import { Conflict, hasConflict } from './conflicts';
import { isCaseCodeName } from './codeNames';

/** A Drive file's or folder's sharing as the Drive adapter reads it. `access` and `permission` are DriveApp names. */
export interface FileSharing {
  /** `DriveApp.Access` name: only 'PRIVATE' passes. */
  access: string;
  /** `DriveApp.Permission` name for the link or domain access. */
  permission: string;
  /** Blank when Drive reports no owner (a shared drive). */
  owner: string;
  /** Owner left out. */
  editors: string[];
  viewers: string[];
  /** Editors and viewers whose email Drive does not show (absent: none). */
  hiddenPeople?: number;
  /** False when the owner stopped editors from changing the sharing (absent: they may). */
  shareableByEditors?: boolean;
}

/** A case document as the Drive adapter reads it. */
export interface CaseDocumentSharing extends FileSharing {
  caseCodeName: string;
  title: string;
}

export type SharingFix =
  | { kind: 'set-private' }
  | { kind: 'add-editor'; email: string }
  | { kind: 'remove-editor'; email: string }
  | { kind: 'remove-viewer'; email: string }
  | { kind: 'rename'; title: string }
  | { kind: 'move-to-folder' };

export interface Finding {
  /** The case, or {@link IDENTITY_KEY_LABEL} / {@link CASE_FOLDER_LABEL}, which no case code name can be. */
  caseCodeName: string;
  /** A sentence for the chair. Never quotes the title, which might hold a name. */
  problem: string;
  /** What fixes it on confirmation; null when only a person can (transferring ownership, correcting Cases). */
  fix: SharingFix | null;
}

/** How findings about the identity key and the case folder are labelled: capitals, so never a case code name. */
export const IDENTITY_KEY_LABEL = 'Identity key';
export const CASE_FOLDER_LABEL = 'Case folder';

/**
 * What a case's findings are filed under: its code name, or, when its Case Code Name cell holds
 * something else (a real name typed by mistake, say), the row of `Cases` where it starts, so a
 * finding never repeats what the cell holds.
 *
 * @param sheetRow the 1-based row of the case's first row in `Cases`.
 */
export function caseFindingLabel(caseCodeName: string, sheetRow: number): string {
  const name = caseCodeName.trim();
  return isCaseCodeName(name) ? name : `The case in Cases row ${sheetRow}`;
}

/** How the findings about one file read: who they are filed under, what the file is, why someone may not open it. */
interface Wording {
  label: string;
  /** e.g. 'the document'. */
  subject: string;
  /** Completes "X can edit the document but ...". */
  notAllowed: string;
}

const SHOULD_NOT_HAVE_ACCESS = 'is not an active member without a conflict of interest for this case';
const TITLE_MISMATCH =
  'The document title is not exactly the case code name, so it may be another case’s document: Django CoC neither renames it nor gives anyone access to it. Check it, then correct its title or the Documents cells by hand.';
const NOT_A_CASE_CODE_NAME =
  'Its Case Code Name in Cases is not a case code name (two lower-case words), so the document was not renamed to it. Run Django CoC › Validate records to find the cell and correct it.';

/** True for no link or domain sharing; an access name this code does not know is not private. */
export function isPrivate(access: string): boolean {
  return access.trim().toUpperCase() === 'PRIVATE';
}

/**
 * True when `userEmail` owns the item, or is one of its editors and the owner lets editors share.
 * Drive lists a file's editors, and lets its sharing be changed, only for someone who can edit it,
 * so anyone else's view of the sharing cannot be trusted or acted on.
 */
export function canManageSharing(item: FileSharing, userEmail: string): boolean {
  const user = normaliseEmail(userEmail);
  if (user === '') return false;
  if (normaliseEmail(item.owner) === user) return true;
  return item.shareableByEditors !== false && item.editors.map(normaliseEmail).includes(user);
}

/** True when `userEmail` edits the item but its owner has stopped editors from changing the sharing. */
export function isSharingLockedByOwner(item: FileSharing, userEmail: string): boolean {
  const user = normaliseEmail(userEmail);
  return item.shareableByEditors === false && normaliseEmail(item.owner) !== user && item.editors.map(normaliseEmail).includes(user);
}

/** "one person" or "N people". */
function peopleCount(count: number): string {
  return count === 1 ? 'one person' : `${count} people`;
}

/** The finding for people Drive does not show the email of; none when it shows everyone. */
export function hiddenPeopleFinding(item: FileSharing, subject: string): string[] {
  const hidden = item.hiddenPeople ?? 0;
  if (hidden === 0) return [];
  return [
    `Drive does not show the email address of ${peopleCount(hidden)} who can open ${subject}, so whether they should could not be checked. Check its Share settings in Google Drive.`,
  ];
}

/** Lower case, without blanks, sorted, each once. */
function distinctEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map(normaliseEmail).filter((email) => email !== ''))].sort();
}

/** The active members without a conflict for the case: lower case, sorted, each once. */
export function intendedEditors(caseCodeName: string, members: readonly Member[], conflicts: readonly Conflict[]): string[] {
  return distinctEmails(members.filter((member) => member.active && !hasConflict(conflicts, member.email, caseCodeName)).map((member) => member.email));
}

/** The active members with Identity Key Access: lower case, sorted, each once. */
export function intendedKeyEditors(members: readonly Member[]): string[] {
  return distinctEmails(members.filter((member) => member.active && member.identityKeyAccess).map((member) => member.email));
}

function linkSharingFinding(item: FileSharing, { label, subject }: Pick<Wording, 'label' | 'subject'>, fix: SharingFix | null): Finding[] {
  if (isPrivate(item.access)) return [];
  return [{ caseCodeName: label, problem: `${describeLinkSharing(item.access, item.permission, subject)} It should be private.`, fix }];
}

/**
 * Unwanted editors and viewers, missing editors (an intended viewer is made an editor), then the
 * owner, who is never removed: Drive cannot, so the chair is told to ask the owner to transfer ownership.
 */
function peopleFindings(item: FileSharing, intended: readonly string[], wording: Wording): Finding[] {
  const finding = (problem: string, fix: SharingFix | null): Finding => ({ caseCodeName: wording.label, problem, fix });
  const allowed = new Set(intended.map(normaliseEmail));
  const owner = normaliseEmail(item.owner);
  const editors = distinctEmails(item.editors).filter((email) => email !== owner);
  const viewers = distinctEmails(item.viewers).filter((email) => email !== owner && !editors.includes(email));
  const { subject, notAllowed } = wording;
  const findings: Finding[] = [];
  for (const email of editors.filter((editor) => !allowed.has(editor))) {
    findings.push(finding(`${email} can edit ${subject} but ${notAllowed}.`, { kind: 'remove-editor', email }));
  }
  for (const email of viewers.filter((viewer) => !allowed.has(viewer))) {
    findings.push(finding(`${email} can view ${subject} but ${notAllowed}.`, { kind: 'remove-viewer', email }));
  }
  for (const problem of hiddenPeopleFinding(item, subject)) findings.push(finding(problem, null));
  // With addresses hidden, a member missing from the list may be one of them: say so rather than that they cannot.
  const missing = (item.hiddenPeople ?? 0) > 0 ? 'is not among the people Drive shows; they may be one whose address is hidden' : 'cannot';
  for (const email of [...allowed].filter((member) => member !== owner && !editors.includes(member)).sort()) {
    findings.push(finding(`${email} should be able to edit ${subject} but ${missing}.`, { kind: 'add-editor', email }));
  }
  if (owner !== '' && !allowed.has(owner)) {
    findings.push(
      finding(`${owner} owns ${subject} but ${notAllowed}. Only the owner can change that: ask them to transfer ownership to the chair in Google Drive.`, null),
    );
  }
  return findings;
}

/**
 * Every way the document breaks the rules, each with its fix, in the order they are best fixed:
 * sharing, title, unwanted editors and viewers, missing editors, then the owner.
 */
export function auditCaseDocument(doc: CaseDocumentSharing, intended: readonly string[]): Finding[] {
  const caseCodeName = doc.caseCodeName.trim();
  const wording: Wording = { label: caseCodeName, subject: 'the document', notAllowed: SHOULD_NOT_HAVE_ACCESS };
  const findings = linkSharingFinding(doc, wording, { kind: 'set-private' });
  if (doc.title !== caseCodeName) {
    // A document titled otherwise may be another case's, linked here by a retyped Case Code Name or
    // Documents cell: renaming it would hide that (spec section 9, "Fail closed"). It is listed only.
    findings.push({ caseCodeName, problem: isCaseCodeName(caseCodeName) ? TITLE_MISMATCH : NOT_A_CASE_CODE_NAME, fix: null });
  }
  return [...findings, ...peopleFindings(doc, intended, wording)];
}

/**
 * For a document whose case is for a person to settle (linked from two cases, or found by its title
 * with no row linking it): only what takes access away, which is always safe (spec section 9, "Fail
 * closed"). Link sharing, and everyone not in `intended`, the active members without a conflict on
 * any case it may belong to; nobody is added and nothing is renamed. An owner who should not have it
 * is named, for the chair to ask.
 */
export function removalOnlyFindings(doc: FileSharing, label: string, intended: readonly string[]): Finding[] {
  const wording: Wording = { label, subject: 'the document', notAllowed: SHOULD_NOT_HAVE_ACCESS };
  const people = peopleFindings(doc, intended, wording).filter((finding) => finding.fix?.kind !== 'add-editor');
  return [...linkSharingFinding(doc, wording, { kind: 'set-private' }), ...people];
}

const KEY_WORDING: Wording = { label: IDENTITY_KEY_LABEL, subject: 'the identity key', notAllowed: 'is not an active member with Identity Key Access' };

/**
 * Every way the identity key's file breaks the rules of spec section 3 (private; editors exactly
 * `intended`, see {@link intendedKeyEditors}), each with its fix, filed under
 * {@link IDENTITY_KEY_LABEL}. Its title is not checked: the add-on names it, and never quotes it.
 */
export function auditIdentityKeyFile(key: FileSharing, intended: readonly string[]): Finding[] {
  return [...linkSharingFinding(key, KEY_WORDING, { kind: 'set-private' }), ...peopleFindings(key, intended, KEY_WORDING)];
}

/** How findings about the status spreadsheet itself are labelled: capitals, so never a case code name. */
export const STATUS_SPREADSHEET_LABEL = 'Status spreadsheet';

const TRACKER_WORDING: Wording = { label: STATUS_SPREADSHEET_LABEL, subject: 'the status spreadsheet', notAllowed: 'is not an active member' };

/**
 * Every way the status spreadsheet's own sharing breaks spec section 9 ("Leaving means leaving"):
 * private, editors exactly the active members (`intended`, lower case). A viewer who is not an
 * active member is listed too: a viewer can read every case code name and status.
 */
export function auditStatusSpreadsheet(tracker: FileSharing, intended: readonly string[]): Finding[] {
  return [...linkSharingFinding(tracker, TRACKER_WORDING, { kind: 'set-private' }), ...peopleFindings(tracker, intended, TRACKER_WORDING)];
}

/**
 * For a file the chair can open but whose sharing they cannot change (see {@link canManageSharing}):
 * its link sharing, which anyone who can open it sees, and who can check the rest. Nothing to fix.
 *
 * @param subject what the file is, e.g. 'the identity key'.
 */
export function unmanageableFindings(item: FileSharing, label: string, subject: string, userEmail: string): Finding[] {
  const owner = normaliseEmail(item.owner);
  const problem = isSharingLockedByOwner(item, userEmail)
    ? `Its owner${owner === '' ? '' : `, ${owner},`} has stopped editors from changing who can open ${subject}, so only they can check and fix its sharing. Ask them to run Audit sharing, or to let editors share it (Share › Settings in Google Drive).`
    : `You can open ${subject} but are neither its owner nor one of its editors, so its sharing could not be checked or changed. Ask its owner to add you as an editor, then run Audit sharing again.`;
  return [...linkSharingFinding(item, { label, subject }, null), { caseCodeName: label, problem, fix: null }];
}

const LINK_AUDIENCES: Record<string, string> = {
  ANYONE: 'Anyone on the internet',
  ANYONE_WITH_LINK: 'Anyone who has the link',
  DOMAIN: 'Everyone in the domain',
  DOMAIN_WITH_LINK: 'Everyone in the domain who has the link',
};

const LINK_PERMISSIONS: Record<string, string> = { EDIT: 'can edit', COMMENT: 'can comment on' };

/**
 * Who can open a file that is not private, and what they can do, as a sentence about `subject`
 * (e.g. 'Anyone who has the link can open the document.'). An access name this code does not
 * know still gets a sentence.
 */
export function describeLinkSharing(access: string, permission: string, subject: string): string {
  const who = LINK_AUDIENCES[access.trim().toUpperCase()] ?? 'People who are not listed as editors';
  const can = LINK_PERMISSIONS[permission.trim().toUpperCase()] ?? 'can open';
  return `${who} ${can} ${subject}.`;
}
