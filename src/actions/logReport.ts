/**
 * Logging a new report (spec section 7): the sidebar's options and the report itself.
 *
 * The entry point holds the document lock for the whole read-modify-write. Everything is read and
 * checked first; then the writes go in an order that never leaves a half-made case:
 *   1. the case document, with the summary (the one place the summary goes);
 *   2. the identity key's new people (Report Count 0 until step 5, which is still consistent);
 *   3. the rows of `Cases`, each with the document link, in one write;
 *   4. the audit log; 5. the identity key's counts.
 * A fault before step 3 is complete trashes the document, so no row ever lacks its link and no
 * document is left without rows. A fault after it leaves a whole case, and the message says so,
 * so that nobody logs the report twice.
 */
import { ActionContext } from '../gas/context';
import { trashQuietly } from '../gas/drive';
import { nextUuid } from '../gas/session';
import { appendBlock } from '../gas/spreadsheet';
import type { LogReportOptions, LogReportResult } from '../core/apiTypes';
import { acknowledgementEmail } from '../core/acknowledgement';
import { CaseRecord } from '../core/caseRecord';
import { SheetCell, SheetRow, calendarDate } from '../core/cells';
import { caseCodeNameKey, generatePersonCodeName, isPersonCodeName, personCodeNameKey } from '../core/codeNames';
import { UserError } from '../core/errors';
import { collectNamesToFind, isTombstone, normaliseName } from '../core/identityKey';
import { Member, memberDisplayName } from '../core/members';
import { expungedPersonKeys } from '../core/retention/expungedPeople';
import { neutraliseText } from '../core/neutralise';
import { ReportForm, validateReportForm } from '../core/reportForm';
import { CasesColumnKey, ColumnIndex, SETTINGS_SHEET } from '../core/schema';
import { Access } from './access';
import { appendAuditLog } from './audit';
import { appendCaseSteps } from './caseSteps';
import { CASE_STEP } from '../core/caseSteps';
import { uniqueCaseCodeName } from './codeNameRegistry';
import { createCaseDocument } from './caseDocuments/createCaseDocument';
import { writeIdentityColumns } from './identityKey/columns';
import { OpenedIdentityKey, openIdentityKey, tryOpenIdentityKey } from './identityKey/open';
import { planReportPeople, writeNewPeople } from './identityKey/people';
import { keyCustodyProblem } from '../core/keyCustody';
import { openFile, readSharing } from '../gas/drive';
import { readCustody } from '../gas/driveCustody';
import { ownerOfRunSpreadsheet } from '../gas/protection';
import { saveConflicts } from './members/memberRecords';
import { Conflict } from '../core/conflicts';
import { PersonCodeNamePlan } from '../core/identityKey';
import { membersInConflictWithEveryCaseOf, membersNamed, namesOfPeople } from '../core/reportedMembers';
import { notSetUp, readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';

function nonBlank(values: readonly string[]): string[] {
  return values.filter((value) => value.trim() !== '');
}

function distinctSorted(values: readonly string[], key: (value: string) => string): string[] {
  const byKey = new Map<string, string>();
  for (const value of nonBlank(values)) if (!byKey.has(key(value))) byKey.set(key(value), value.trim());
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * What the sidebar needs: today, the lists, whether this member may type real names (Identity Key
 * Access, and the key opens), and the person code names already in use (from `Cases` and, for a
 * member with Identity Key Access, the key).
 */
export function logReportOptions(context: ActionContext, access: Access): LogReportOptions {
  const { member } = access;
  const { settings } = readSettingsSheet(context);
  const { table } = readCasesSheet(context);
  // Never opened for a member without Identity Key Access, even where Drive would allow it.
  const key = member.identityKeyAccess ? tryOpenIdentityKey(context, settings) : null;
  // A Person Code Name cell may hold anything a person typed, a real name included: only what is
  // shaped like a code name, and is no one's name or alias in the key, is offered (spec section 9).
  // People a retention review expunged are left out: a new report about them starts afresh.
  const realNames = new Set(key ? collectNamesToFind(key.table.entries).map(normaliseName) : []);
  const expunged = expungedPersonKeys(table.records);
  const living = (key?.table.entries ?? []).filter((entry) => !isTombstone(entry));
  const fromCases = table.records
    .map((record) => record.personCodeName.trim())
    .filter((name) => isPersonCodeName(name) && !realNames.has(normaliseName(name)));
  const names = [...fromCases, ...living.map((entry) => entry.personCodeName)].filter((name) => !expunged.has(personCodeNameKey(name)));
  return {
    today: context.today,
    vocabularies: settings.vocabularies,
    canUseIdentityKey: member.identityKeyAccess && key !== null,
    personCodeNames: distinctSorted(names, personCodeNameKey),
    members: access.members.filter((other) => other.active && other.email !== member.email).map((other) => other.email),
  };
}

/** The rows of `Cases` for the report, one per person (one with no person), laid out by header. */
function caseRows(
  header: readonly SheetCell[],
  columns: Partial<ColumnIndex<CasesColumnKey>>,
  form: ReportForm,
  caseCodeName: string,
  personCodeNames: readonly string[],
  documentUrl: string,
): SheetCell[][] {
  const people = personCodeNames.length > 0 ? personCodeNames : [''];
  return people.map((personCodeName) => {
    const row: SheetCell[] = header.map(() => '');
    const set = (key: CasesColumnKey, cell: SheetCell | undefined): void => {
      const index = columns[key];
      if (index !== undefined && cell !== undefined) row[index] = typeof cell === 'string' ? neutraliseText(cell) : cell;
    };
    set('dateOfReport', calendarDate(form.dateOfReport));
    set('caseCodeName', caseCodeName);
    set('personCodeName', personCodeName);
    set('status', form.status);
    set('resolutionSource', form.resolutionSource);
    set('resolutionDate', form.resolutionDate === undefined ? undefined : calendarDate(form.resolutionDate));
    set('safetyRisk', form.safetyRisk);
    set('ongoingHarassment', form.ongoingHarassment);
    set('consequences', form.consequences);
    set('documents', documentUrl);
    return row;
  });
}

/** The new rows as the core reads them, for the counts, without reading `Cases` again. */
function caseRecords(firstRowIndex: number, form: ReportForm, caseCodeName: string, personCodeNames: readonly string[], url: string): CaseRecord[] {
  const people = personCodeNames.length > 0 ? personCodeNames : [''];
  return people.map((personCodeName, offset) => ({
    rowIndex: firstRowIndex + offset,
    dateOfReport: form.dateOfReport,
    caseCodeName,
    personCodeName,
    status: form.status,
    resolutionSource: form.resolutionSource ?? '',
    resolutionDate: form.resolutionDate ?? null,
    safetyRisk: form.safetyRisk,
    ongoingHarassment: form.ongoingHarassment,
    consequences: form.consequences ?? '',
    documents: url,
    raw: {},
  }));
}

/** The report is in place but a later step failed: say so, so that nobody logs it twice. */
function loggedPartly(caseCodeName: string, audited: boolean, counted: boolean, stepped: boolean): UserError {
  const missed = [stepped ? null : 'Case Steps', audited ? null : 'the audit log', counted ? null : "the identity key's counts"].filter((part) => part !== null);
  const fixes = [
    stepped ? null : `record its Received step with Django CoC › Record a step on the case's row`,
    counted ? null : 'run Django CoC › Identity key › Refresh identity key',
    audited ? null : 'tell the chair, so the audit log can be completed by hand',
  ].filter((part) => part !== null);
  return new UserError(
    'logged-partly',
    `The report was logged as case "${caseCodeName}", with its rows in Cases and its case document, but ${missed.join(' and ')} could not be updated. Do not log it again: ${fixes.join(', and ')}.`,
  );
}

/** Refuses, before anything is written, a key that a real name must not go into (see keyCustody.ts). */
function requireSafeCustody(context: ActionContext, keyId: string, members: readonly Member[]): void {
  const custody = readCustody(keyId, 'file');
  // Drive lists the permissions only to someone who may share the key; anyone else reads them through DriveApp.
  const file = custody === 'unlisted' ? openFile(keyId) : null;
  const sharing = custody === 'unlisted' ? (file ? readSharing(file) : null) : custody;
  const problem = sharing ? keyCustodyProblem(sharing, members, ownerOfRunSpreadsheet(context)) : null;
  if (problem === 'owner') {
    throw new UserError(
      'identity-key-custody',
      'The identity key is not owned by a chair or by the owner of this spreadsheet, so no real name was written to it and nothing was logged. Ask the chair to check the Identity Key Spreadsheet ID in Settings, or to take ownership of the key.',
    );
  }
  if (problem === 'shared') {
    throw new UserError(
      'identity-key-custody',
      'The identity key is shared with someone who should not see it, so no real name was written to it and nothing was logged. Ask the chair to run Django CoC › Members › Audit sharing and fix it first.',
    );
  }
}

/**
 * Refuses, as a field problem, a member to keep out who is not an active member, or who is the
 * member logging the report: the sidebar never offers them, and the member who logs a case owns
 * its document and starts its clock, which a member kept out of it may not.
 */
function requireMembersToKeepOut(form: ReportForm, members: readonly Member[], logging: Member): void {
  const excluded = form.excludedMembers ?? [];
  const unknown = excluded.filter((email) => !members.some((member) => member.active && member.email === email));
  if (unknown.length > 0) {
    throw new UserError('invalid-form', 'Please correct the highlighted fields.', {
      excludedMembers: 'Choose the members to keep out from the list: only active members can be kept out.',
    });
  }
  if (excluded.includes(logging.email)) {
    throw new UserError('invalid-form', 'Please correct the highlighted fields.', {
      excludedMembers: 'You cannot keep yourself out of a report you log: ask another member to log it.',
    });
  }
}

/**
 * The conflicts the new case starts with: the members the reporter asked to keep out, and the
 * active members a reported person's names match (their reason is written nowhere).
 */
function conflictsForNewCase(
  form: ReportForm,
  key: OpenedIdentityKey | null,
  plan: PersonCodeNamePlan,
  members: readonly Member[],
  earlier: { records: readonly CaseRecord[]; conflicts: readonly Conflict[] },
  caseCodeName: string,
  today: string,
): { conflicts: Conflict[]; reportedMembers: string[] } {
  const typedNames = form.people.flatMap((person) => ('realName' in person ? [person.realName] : []));
  const knownNames = key ? namesOfPeople(key.table.entries, plan.personCodeNames) : [];
  const reportedMembers = membersNamed(members, [...typedNames, ...knownNames]);
  // Without the key, a member kept out of every earlier case about a person is kept out again.
  const inherited = key ? [] : membersInConflictWithEveryCaseOf(earlier.records, earlier.conflicts, members, plan.personCodeNames);
  const emails = [...new Set([...(form.excludedMembers ?? []), ...reportedMembers, ...inherited])];
  return {
    conflicts: emails.map((memberEmail) => ({ rowIndex: -1, memberEmail, caseCodeName, declaredOn: today })),
    reportedMembers,
  };
}

/**
 * Spec section 7's submit: validates the form (the server is the authority), finds or creates each
 * person's code name, creates the case document with the summary, appends the rows, refreshes the
 * identity key's counts and audits, in the order the module comment gives.
 *
 * A member without Identity Key Access can name only existing person code names, checked against
 * `Cases` (the key is never opened for them); the key is never written for them
 * (its counts catch up at the next refresh by a member with access).
 */
export function logNewReport(context: ActionContext, access: Access, input: unknown): LogReportResult {
  const { member, members } = access;
  const settingsRead = readSettingsSheet(context);
  if (!settingsRead.snapshot) throw notSetUp(SETTINGS_SHEET);
  const { settings } = settingsRead;
  const form = validateReportForm(input, {
    vocabularies: settings.vocabularies,
    today: context.today,
    canUseIdentityKey: member.identityKeyAccess,
  });
  const cases = readCasesSheet(context);
  const conflictsSheet = readConflictsSheet(context);
  const { conflicts } = conflictsSheet;
  requireMembersToKeepOut(form, members, member);
  const namesRealPeople = form.people.some((person) => 'realName' in person);
  // Never opened for a member without Identity Key Access, even where Drive would allow it.
  const key: OpenedIdentityKey | null = !member.identityKeyAccess
    ? null
    : namesRealPeople
      ? openIdentityKey(context, settings)
      : tryOpenIdentityKey(context, settings);

  if (key && namesRealPeople) requireSafeCustody(context, settings.identityKeySpreadsheetId, members);

  const records = cases.table.records;
  // Conflicts count too: a declared conflict must never attach to a new case that reuses a name.
  const usedNames = [
    ...records.map((record) => record.caseCodeName),
    ...conflicts.map((conflict) => conflict.caseCodeName),
    ...records.map((record) => record.personCodeName),
    ...(key?.table.entries.map((entry) => entry.personCodeName) ?? []),
  ].filter((name) => name.trim() !== '');
  const plan = planReportPeople(form.people, key, records, (taken) =>
    generatePersonCodeName({ style: settings.personCodeNameStyle, taken: new Set([...taken, ...usedNames].map(personCodeNameKey)), nextUuid }),
  );
  const caseCodeName = uniqueCaseCodeName(new Set([...usedNames, ...plan.personCodeNames].map(caseCodeNameKey)), settings.caseCodeNameSeparator);

  // Recorded before anything is shared, so the document never reaches these members (spec 6, 7).
  const keptOut = conflictsForNewCase(form, key, plan, members, { records, conflicts }, caseCodeName, context.today);
  // Named in the report, or kept out of every earlier case about its person: the member logging it
  // would own its document and record its Received step while conflicted on it (spec 6, 18).
  if (keptOut.conflicts.some((conflict) => conflict.memberEmail === member.email)) {
    throw new UserError(
      'logging-member-conflicted',
      'You would have a conflict of interest on this case, so you cannot log it. Ask another member to log it; nothing was logged.',
    );
  }
  const caseConflicts = [...conflicts, ...keptOut.conflicts];
  if (keptOut.conflicts.length > 0) saveConflicts(context, conflictsSheet.snapshot, caseConflicts);

  const document = createCaseDocument(context, {
    caseCodeName,
    summary: form.summary,
    settings,
    members,
    conflicts: caseConflicts,
    settingsValues: settingsRead.snapshot.values,
  });

  const writesKey = key !== null && member.identityKeyAccess;
  let keyValues: SheetRow[] = key?.values ?? [];
  let firstRowIndex: number;
  try {
    if (writesKey) keyValues = writeNewPeople(key, plan);
    const header = cases.snapshot.values[0] ?? [];
    const rows = caseRows(header, cases.table.columns, form, caseCodeName, plan.personCodeNames, document.url);
    firstRowIndex = appendBlock(cases.snapshot.sheet, rows, cases.snapshot.values.length) - 1;
  } catch (error) {
    trashQuietly(document.id);
    throw error;
  }

  let stepped = true;
  let audited = true;
  let counted = true;
  try {
    // The case's clock starts on the day the report came in (spec section 18).
    appendCaseSteps(context, [{ caseCodeName, step: CASE_STEP.received, date: form.dateOfReport, memberEmail: member.email }]);
  } catch {
    stepped = false;
  }
  try {
    appendAuditLog(context, 'Logged report', [caseCodeName]);
  } catch {
    audited = false;
  }
  if (writesKey) {
    try {
      const added = caseRecords(firstRowIndex, form, caseCodeName, plan.personCodeNames, document.url);
      writeIdentityColumns(key.sheet, keyValues, [...records, ...added], settings.vocabularies.consequences);
    } catch {
      counted = false;
    }
  }
  if (!audited || !counted || !stepped) throw loggedPartly(caseCodeName, audited, counted, stepped);
  return {
    caseCodeName,
    personCodeNames: plan.personCodeNames,
    documentUrl: document.url,
    acknowledgement: acknowledgementEmail(form.kind, memberDisplayName(context.userEmail)),
    notShared: document.notShared,
    reportedMembers: member.identityKeyAccess ? keptOut.reportedMembers : [],
  };
}
