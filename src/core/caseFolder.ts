/**
 * The case documents' folder and who may open it. Drive gives a folder's editors and viewers the
 * same access to every file inside it, so sharing the folder with the members would hand each of
 * them every case document, including the ones they have a conflict for. The folder is therefore
 * private: besides its owner, only active chairs who have declared no conflict at all may edit it
 * (their inherited access is exactly what they would be given document by document). Only they
 * create the folder or add documents to it; other members' documents stay, private, in their own
 * Drive. Documents are shared one by one (src/core/sharing.ts).
 */
import { Member, normaliseEmail } from './members';
import { Conflict } from './conflicts';
import { hiddenPeopleFinding, type CaseDocumentSharing } from './sharing';

export const CASE_FOLDER_NAME = 'CoC WG case documents';

/** Active chairs with no declared conflict: lower case, sorted, each once. */
export function intendedFolderEditors(members: readonly Member[], conflicts: readonly Conflict[]): string[] {
  const conflicted = new Set(conflicts.map((conflict) => normaliseEmail(conflict.memberEmail)));
  const emails = members
    .filter((member) => member.active && member.role === 'Chair' && !conflicted.has(normaliseEmail(member.email)))
    .map((member) => normaliseEmail(member.email))
    .filter((email) => email !== '');
  return [...new Set(emails)].sort();
}

export type FolderFix = { kind: 'set-private' } | { kind: 'remove-editor'; email: string } | { kind: 'remove-viewer'; email: string };

export interface FolderFinding {
  problem: string;
  fix: FolderFix | null;
}

/**
 * What is wrong with the folder's sharing: link or domain sharing, and anyone besides the owner
 * and `intended` who can open it. A missing chair is not a finding: the folder works without them.
 */
export function auditCaseFolder(folder: Omit<CaseDocumentSharing, 'caseCodeName' | 'title'>, intended: readonly string[]): FolderFinding[] {
  const allowed = new Set(intended.map(normaliseEmail));
  const owner = normaliseEmail(folder.owner);
  const findings: FolderFinding[] = [];
  if (folder.access.trim().toUpperCase() !== 'PRIVATE') {
    findings.push({
      problem: 'The case documents folder can be opened through link or domain sharing, which gives access to every case document in it. It should be private.',
      fix: { kind: 'set-private' },
    });
  }
  const others = (emails: readonly string[]) =>
    [...new Set(emails.map(normaliseEmail))].filter((email) => email !== '' && email !== owner && !allowed.has(email)).sort();
  for (const email of others(folder.editors)) {
    findings.push({
      problem: `${email} can edit the case documents folder, which gives them every case document in it; only its owner and chairs without a conflict of interest should.`,
      fix: { kind: 'remove-editor', email },
    });
  }
  const editors = new Set(folder.editors.map(normaliseEmail));
  for (const email of others(folder.viewers).filter((viewer) => !editors.has(viewer))) {
    findings.push({
      problem: `${email} can view the case documents folder, which gives them every case document in it; only its owner and chairs without a conflict of interest should.`,
      fix: { kind: 'remove-viewer', email },
    });
  }
  for (const problem of hiddenPeopleFinding(folder, 'the case documents folder')) findings.push({ problem, fix: null });
  if (owner !== '' && !allowed.has(owner)) {
    findings.push({
      problem: `${owner} owns the case documents folder but is not an active chair without a conflict of interest. Only the owner can change that: ask them to transfer ownership to the chair in Google Drive.`,
      fix: null,
    });
  }
  return findings;
}

/** Where a case document is, as the Drive adapter reads it. */
export interface DocumentPlacement {
  inFolder: boolean;
  /** Lower case; blank when Drive reports none. */
  owner: string;
}

export type PlacementFix = { kind: 'move-to-folder' };

/**
 * A case document belongs in the case folder (spec section 6). One outside it can be moved there by
 * its owner only, as Drive moves a file out of someone's My Drive for nobody else; a document a
 * member made stays in their Drive until they hand it to the chair.
 */
export function auditPlacement(placement: DocumentPlacement, userEmail: string): { problem: string; fix: PlacementFix | null }[] {
  if (placement.inFolder) return [];
  if (normaliseEmail(placement.owner) === normaliseEmail(userEmail)) {
    return [{ problem: 'The document is not in the case documents folder.', fix: { kind: 'move-to-folder' } }];
  }
  const owner = placement.owner === '' ? 'its owner' : placement.owner;
  return [
    {
      problem: `The document is not in the case documents folder, and only its owner (${owner}) can move it out of their Drive. Ask them to transfer its ownership to you in Google Drive, then run Audit sharing again to move it.`,
      fix: null,
    },
  ];
}

/**
 * A document in the case folder that no row of Cases links to and that no case is titled after: a
 * record without a case. Only a person can tell what it is, so nothing is fixed.
 */
export const UNLINKED_DOCUMENT =
  'This document is in the case documents folder, but no row of Cases links to it and no case has its title. Link it from its case (Create or open case document), or move it out of the folder if it is not a case document.';
