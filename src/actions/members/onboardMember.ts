/**
 * Spec section 6's "Onboard member", and the case list its dialog shows.
 */
import { ActionContext } from '../../gas/context';
import { DriveFile, DriveFolder, openFile } from '../../gas/drive';
import { SheetSnapshot } from '../../gas/spreadsheet';
import { SheetCell } from '../../core/cells';
import { intendedFolderEditors } from '../../core/caseFolder';
import { caseCodeNameKey, looksLikeCaseCodeName } from '../../core/codeNames';
import { hasConflict } from '../../core/conflicts';
import { UserError } from '../../core/errors';
import { nextCaseBatch, unfinishedSentence } from '../../core/caseBatches';
import { deleteDocumentProperty, readDocumentProperty, writeDocumentProperty } from '../../gas/documentProperties';
import { Member, MemberRole, findMember } from '../../core/members';
import { neutraliseText } from '../../core/neutralise';
import { outsideOrganisationSentences } from '../../core/sharingRefusals';
import { MEMBERS_COLUMNS, MEMBERS_SHEET } from '../../core/schema';
import type { OnboardMemberOptions, OnboardMemberResult, OnboardingOptions } from '../../core/apiTypes';
import { Access } from '../access';
import { appendAuditLog } from '../audit';
import { CaseEntry, casesOf, findCaseDocuments, caseLabel } from '../caseDocuments/findCaseDocuments';
import { readCasesSheet, readConflictsSheet, readSettingsSheet } from '../records';
import { tryOpenIdentityKey } from '../identityKey/open';
import { peopleNamingMember } from '../../core/reportedMembers';
import { personCodeNameKey } from '../../core/codeNames';
import { CaseRecord } from '../../core/caseRecord';
import { Settings } from '../../core/settings';
import { knownCase, parseMemberEmail } from './memberInput';
import { appendConflicts, conflictsWith, requireColumns, writeRowCells } from './memberRecords';
import { Grant, Revocation, grant, ownerOnlyProblem, revoke, sharingStep, syncFolderAccess } from './memberSharing';
import { CASE_FOLDER_LABEL } from './offboardMember';
import { IDENTITY_KEY_LABEL } from '../../core/sharing';

/** The document property holding the last case an unfinished onboarding of `email` did. */
function progressKey(email: string): string {
  return `onboarding.continueAfter.${email}`;
}

/** Every case code name in `Cases`, each once, sorted; a cell not shaped like one is never listed. */
export function onboardingOptions(context: ActionContext): OnboardingOptions {
  const { table } = readCasesSheet(context);
  const names = [...casesOf(table.records).values()].map((entry) => entry.caseCodeName).filter(looksLikeCaseCodeName);
  return { caseCodeNames: names.sort((a, b) => caseCodeNameKey(a).localeCompare(caseCodeNameKey(b))) };
}

interface ParsedOnboarding {
  role: MemberRole;
  identityKeyAccess: boolean;
  conflicts: string[];
}

/**
 * The dialog's choices. Options that are not an object are refused rather than read as "no
 * conflicts": a member must never be onboarded without having been asked for theirs.
 */
function parseOnboarding(raw: unknown, cases: ReadonlyMap<string, CaseEntry>): ParsedOnboarding {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UserError('invalid-options', 'Choose the role, Identity Key Access and the conflicts of interest in the Onboard member dialog, then try again.');
  }
  const options = raw as OnboardMemberOptions;
  const role = options.role ?? 'Member';
  if (role !== 'Chair' && role !== 'Member') throw new UserError('invalid-options', 'Choose the role: Chair or Member.');
  const identityKeyAccess = options.identityKeyAccess ?? false;
  if (typeof identityKeyAccess !== 'boolean') throw new UserError('invalid-options', 'Say whether the member has Identity Key Access.');
  const conflicts = options.conflicts ?? [];
  if (!Array.isArray(conflicts)) throw new UserError('invalid-options', 'The conflicts must be a list of case code names.');
  const names = conflicts.map((name) =>
    knownCase(cases, name, 'One of the conflicts ticked is not a case in Cases. Close the dialog, open it again and retry.'),
  );
  return { role, identityKeyAccess, conflicts: [...new Set(names)].sort() };
}

/** Adds the member, or updates their row, as active with this role and key access. */
function writeMemberRow(access: Access, existing: Member | null, email: string, parsed: ParsedOnboarding): void {
  const columns = requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  const snapshot = access.snapshot as SheetSnapshot;
  const cells = new Map<number, SheetCell>([
    [columns.role, parsed.role],
    [columns.identityKeyAccess, parsed.identityKeyAccess ? 'Yes' : 'No'],
    [columns.active, 'Yes'],
  ]);
  if (!existing) cells.set(columns.email, neutraliseText(email));
  writeRowCells(snapshot, existing ? existing.rowIndex : snapshot.values.length, cells);
}

/**
 * Onboarding an active member again with another role or Identity Key Access would overwrite what
 * they were given with the dialog's choices, so it changes nothing and says which actions do change
 * a member. The same choices again finish an onboarding a fault stopped part-way, and only add
 * conflicts: none on record is ever removed.
 */
function alreadyActive(email: string): UserError {
  return new UserError(
    'already-a-member',
    `${email} is already an active member, so nothing was changed. To record a conflict of interest use Django CoC › Members › Declare conflict of interest; to make them chair use Django CoC › Members › Hand over the chair…; to change their Identity Key Access, edit their row in Members (only chairs can); to remove them use Django CoC › Members › Offboard member…`,
  );
}

/**
 * Spec section 6's "Onboard member": records the conflicts, adds (or reactivates) the member, then
 * shares every other case document with them, the folder only if they are a chair without
 * conflicts (see src/core/caseFolder.ts), and the identity key if they have Identity Key Access.
 * Conflicts are written before the member row, so no moment exists when they are an active member
 * without their conflicts on record. An active member is refused unless the choices are theirs
 * already (see {@link alreadyActive}); an offboarded one is made active again. The result lists
 * every conflict the member has on record, not only those ticked this time.
 */
export function onboardMember(context: ActionContext, access: Access, rawEmail: unknown, rawOptions: unknown): OnboardMemberResult {
  const email = parseMemberEmail(rawEmail);
  const { table } = readCasesSheet(context);
  const cases = casesOf(table.records);
  const parsed = parseOnboarding(rawOptions, cases);
  requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  const conflictsSheet = readConflictsSheet(context);
  const { settings } = readSettingsSheet(context);

  const existing = findMember(access.members, email);
  if (existing?.active && (existing.role !== parsed.role || existing.identityKeyAccess !== parsed.identityKeyAccess)) throw alreadyActive(email);
  // An onboarding too long for one run goes on from where the last run stopped (caseBatches.ts).
  const resumeAfter = existing?.active ? readDocumentProperty(progressKey(email)) : null;
  // A member who is a reported party is kept out of that person's cases before anything is shared
  // (spec section 6); only an onboarding member with Identity Key Access can see the key to tell.
  const reportedPartyCases = casesNamingMember(context, access, settings, table.records, email);
  const chosen = [...new Set([...parsed.conflicts, ...reportedPartyCases])];
  const newConflicts = chosen.filter((name) => !hasConflict(conflictsSheet.conflicts, email, name));
  appendConflicts(context, conflictsSheet, email, newConflicts);
  writeMemberRow(access, existing, email, parsed);
  if (resumeAfter === null) appendAuditLog(context, 'Onboarded member');

  const conflicts = conflictsWith(conflictsSheet.conflicts, email, newConflicts);
  const member: Member = { rowIndex: -1, email, role: parsed.role, identityKeyAccess: parsed.identityKeyAccess, active: true };
  const members = [...access.members.filter((other) => other.email !== email), member];
  const userEmail = access.member.email;
  return sharingStep(() => {
    const { batch, continueAfter, remaining } = nextCaseBatch(cases, resumeAfter);
    const found = findCaseDocuments(batch, settings);
    const sharedCases: string[] = [];
    const outside: string[] = [];
    const ownerOnly: string[] = [];
    /** Files the member was not given, or not taken off, and why. */
    const record = (item: DriveFile | DriveFolder, label: string, outcome: Revocation | Grant, giving: boolean) => {
      if (outcome === 'outside-organisation') outside.push(label);
      const problem = ownerOnlyProblem(item, label, email, outcome, giving);
      if (problem !== null) ownerOnly.push(problem);
    };
    // A member works in the status spreadsheet; onboarding is what makes them one of its editors.
    const tracker = openFile(context.spreadsheet.getId());
    if (tracker) record(tracker, 'the status spreadsheet', grant(tracker, email, userEmail), true);
    // One file may be linked from rows of two cases (a hand edit), or titled otherwise: it may be
    // another case's record, so it is never shared, only taken away (spec section 9, "Fail closed").
    const byFile = new Map<string, { file: DriveFile; caseCodeNames: string[] }>();
    for (const document of found.documents.values()) {
      const id = document.file.getId();
      byFile.set(id, { file: document.file, caseCodeNames: [...(byFile.get(id)?.caseCodeNames ?? []), document.caseCodeName] });
    }
    const suspect: string[] = [];
    for (const { file, caseCodeNames } of byFile.values()) {
      const conflicted = caseCodeNames.some((name) => hasConflict(conflicts, email, name));
      if (!conflicted && (caseCodeNames.length > 1 || file.getName() !== caseCodeNames[0])) {
        suspect.push(...caseCodeNames.map((name) => caseLabel(cases, name)));
        continue;
      }
      const giving = !conflicted;
      const outcome = giving ? grant(file, email, userEmail) : revoke(file, email, userEmail);
      const labels = caseCodeNames.map((name) => caseLabel(cases, name));
      if (outcome === 'shared') sharedCases.push(...labels);
      record(file, labels.join(', '), outcome, giving);
    }
    const summary = () => ({
      email,
      sharedCases: sharedCases.sort(),
      conflicts: [...cases.values()]
        .map((entry) => entry.caseCodeName)
        .filter((name) => hasConflict(conflicts, email, name))
        .map((name) => caseLabel(cases, name))
        .sort(),
      notShared: [
        ...outsideOrganisationSentences(email, outside),
        ...ownerOnly,
        ...suspect.map((name) => `The document of ${name} was not shared: it is titled otherwise or linked from another case too, so it may not be that case’s. Audit sharing lists it.`),
      ],
    });
    if (continueAfter !== null) {
      writeDocumentProperty(progressKey(email), continueAfter);
      const unfinished = unfinishedSentence(batch.size, remaining, `Onboard member for ${email} with the same choices`);
      return { ...summary(), identityKeyShared: false, unfinished };
    }
    // The folder and the key come last, once every case document is done.
    if (found.folder) {
      const mayEdit = intendedFolderEditors(members, conflicts).includes(email);
      record(found.folder, CASE_FOLDER_LABEL, syncFolderAccess(found.folder, email, mayEdit, userEmail), mayEdit);
    }
    const key = settings.identityKeySpreadsheetId === '' ? null : openFile(settings.identityKeySpreadsheetId);
    const keyOutcome = key === null ? null : parsed.identityKeyAccess ? grant(key, email, userEmail) : revoke(key, email, userEmail);
    if (key && keyOutcome) record(key, IDENTITY_KEY_LABEL, keyOutcome, parsed.identityKeyAccess);
    if (resumeAfter !== null) deleteDocumentProperty(progressKey(email));
    return { ...summary(), identityKeyShared: keyOutcome === 'shared', ...(reportedPartyCases.length > 0 ? { reportedPartyCases } : {}) };
  });
}

/**
 * The cases of the people in the identity key whose Real Name or an Alias names the new member
 * (their email, or the display name made from it). The key is never opened for someone without
 * Identity Key Access, so for them this is always empty.
 */
function casesNamingMember(context: ActionContext, access: Access, settings: Settings, records: readonly CaseRecord[], email: string): string[] {
  if (!access.member.identityKeyAccess) return [];
  const key = tryOpenIdentityKey(context, settings);
  if (key === null) return [];
  const people = new Set(peopleNamingMember(key.table.entries, { rowIndex: -1, email, role: 'Member', identityKeyAccess: false, active: true }).map(personCodeNameKey));
  if (people.size === 0) return [];
  const names = records.filter((record) => record.personCodeName.trim() !== '' && people.has(personCodeNameKey(record.personCodeName))).map((record) => record.caseCodeName);
  return [...new Set(names.filter((name) => name.trim() !== ''))].sort();
}
