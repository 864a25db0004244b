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
import type { CaseDocumentSharing } from './sharing';

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
  if (owner !== '' && !allowed.has(owner)) {
    findings.push({
      problem: `${owner} owns the case documents folder but is not an active chair without a conflict of interest. Only the owner can change that: ask them to transfer ownership to the chair in Google Drive.`,
      fix: null,
    });
  }
  return findings;
}
