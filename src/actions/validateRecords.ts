/**
 * "Validate records" (spec section 5): reads every sheet of the status spreadsheet once, the
 * identity key when this member may use it, and the titles of the linked case documents; reports
 * every broken rule with its cell; and highlights the problem cells of `Cases` in one write,
 * clearing the highlight from cells that were fixed.
 *
 * Nothing in a problem or a skipped sentence quotes a cell, a title or a name: see
 * src/core/validation.ts.
 */
import { ActionContext } from '../gas/context';
import { EXPUNGE_JOURNAL_PROPERTY, parseJournal, readRetentionTable } from '../core/retention';
import { caseDocumentIdOf } from '../core/documentLink';
import { listFolderTitles, titleOfFile } from '../gas/caseFolderTitles';
import { applyHighlights } from '../gas/highlights';
import { SheetSnapshot } from '../gas/spreadsheet';
import { snapshotAllSheets } from '../gas/workbook';
import { CaseRecord, readCasesTable } from '../core/caseRecord';
import { collectNamesToFind } from '../core/identityKey';
import { Member } from '../core/members';
import { AUDIT_LOG_SHEET, CASES_SHEET, CONFLICTS_SHEET, MEMBERS_COLUMNS, MEMBERS_SHEET, SETTINGS_SHEET, findColumns } from '../core/schema';
import { readMembers } from '../core/members';
import { SheetRow, a1 } from '../core/cells';
import { compareConflictsView } from '../core/conflictRecord';
import { AUDIT_DIGEST_KEY, auditChainProblems } from '../core/auditChain';
import { readAllDocumentProperties } from '../gas/documentProperties';
import { readRecordedConflicts } from './records';
import { Conflict, hasConflict, readConflicts } from '../core/conflicts';
import { defaultSettings, readSettings, Settings } from '../core/settings';
import { IdentityKeyData, Problem, validateCases } from '../core/validation';
import type { ValidationProblem, ValidationResult } from '../core/apiTypes';
import { isUnavailable, readIdentityKeyFor } from './codeNameRegistry';
import { notSetUp } from './records';
import { CASE_STEPS_SHEET, readCaseSteps, validateCaseSteps } from '../core/caseSteps';
import { RENAME_JOURNAL_PROPERTY, parseRenameJournal, unfinishedRenameMessage } from '../core/caseRename';

/** At most this many linked documents outside the case folder are opened one by one. */
export const MAX_LINKS_OPENED_ONE_BY_ONE = 25;

const LINK = /^https?:\/\//i;

export interface CaseDocumentTitles {
  /** Title by Documents cell text, as validateCases takes them; unlinked folder files by a Drive link. */
  titles: Record<string, string>;
  /** Documents cell texts that were not looked at, so "could not be opened" must not be said of them. */
  unchecked: Set<string>;
  skipped: string[];
}

function folderSentence(): string {
  return (
    'The case documents folder named in Settings could not be opened with your account (it is shared only with chairs ' +
    'who have no conflict of interest), so only documents linked from Documents were checked, and documents in the ' +
    'folder that no row links to were not.'
  );
}

/**
 * The titles of the documents `Cases` links to, and of the other files in the case folder. The
 * folder is listed once and links are matched to its files by id; a link to a file outside the
 * folder costs a Drive call of its own, so at most {@link MAX_LINKS_OPENED_ONE_BY_ONE} of them are
 * opened and the rest are reported as not checked.
 */
export function readCaseDocumentTitles(
  settings: Settings,
  records: readonly CaseRecord[],
  conflicted: (record: CaseRecord) => boolean = () => false,
): CaseDocumentTitles {
  const result: CaseDocumentTitles = { titles: {}, unchecked: new Set(), skipped: [] };
  const linkedIds = new Set<string>();
  // A document of a case the member has a conflict for is withheld from them on purpose: no problem to report.
  const withheld = new Set(records.filter((record) => conflicted(record) && LINK.test(record.documents)).map((record) => record.documents));
  for (const link of withheld) {
    result.unchecked.add(link);
    const id = caseDocumentIdOf(link);
    if (id !== null) linkedIds.add(id);
  }
  if (withheld.size > 0) result.skipped.push('The documents of the cases you have declared a conflict of interest for were not checked.');

  const folder = settings.caseDocumentsFolderId === '' ? [] : listFolderTitles(settings.caseDocumentsFolderId);
  if (folder === null) result.skipped.push(folderSentence());
  const folderTitles = new Map((folder ?? []).map((file) => [file.id, file.title]));

  const outside = new Map<string, string[]>();
  for (const link of new Set(records.map((record) => record.documents))) {
    if (!LINK.test(link) || withheld.has(link)) continue;
    const id = caseDocumentIdOf(link);
    if (id === null) continue; // Not a Drive link: validateCases reports it as not opened.
    linkedIds.add(id);
    const title = folderTitles.get(id);
    if (title !== undefined) result.titles[link] = title;
    else outside.set(id, [...(outside.get(id) ?? []), link]);
  }

  let opened = 0;
  let notOpened = 0;
  for (const [id, links] of outside) {
    if (opened >= MAX_LINKS_OPENED_ONE_BY_ONE) {
      links.forEach((link) => result.unchecked.add(link));
      notOpened += links.length;
      continue;
    }
    opened++;
    const title = titleOfFile(id);
    if (title !== null) links.forEach((link) => (result.titles[link] = title));
  }
  if (notOpened > 0) {
    const one = notOpened === 1;
    // Whoever cannot open the folder cannot tell which links point into it: say what they can know.
    const why = folder === null
      ? `the case documents folder cannot be opened with your account, so each link is opened one by one, and at most ${MAX_LINKS_OPENED_ONE_BY_ONE} are`
      : `${one ? 'it points' : 'they point'} outside the case documents folder, and at most ${MAX_LINKS_OPENED_ONE_BY_ONE} such links are opened one by one`;
    result.skipped.push(`${notOpened} document link${one ? '' : 's'} in Documents ${one ? 'was' : 'were'} not checked: ${why}.`);
  }

  for (const [id, title] of folderTitles) {
    if (!linkedIds.has(id)) result.titles[`https://drive.google.com/file/d/${id}/view`] = title;
  }
  return result;
}

/** Members rows whose Email is not an email: named by cell (never quoted), skipped everywhere else. */
function malformedMemberProblems(values: readonly SheetRow[]): Problem[] {
  const emailColumn = findColumns(values[0] ?? [], MEMBERS_COLUMNS).found.email ?? 0;
  return readMembers(values).malformedRows.map((rowIndex) => ({
    cell: a1(rowIndex, emailColumn, MEMBERS_SHEET),
    rule: 'member-email',
    message: 'This Email is not an email address, so Django CoC skips the row: it gives that person nothing, and blocks nobody else. Ask the chair to correct it.',
    at: null,
  }));
}

const REAL_NAME_RULES = new Set(['real-name-in-cell', 'real-name-in-document-title', 'real-name-in-sheet-name']);

/** A hand edit of the Conflicts view, named by row and never believed (spec section 9). Cells are never quoted. */
function conflictsViewProblems(view: readonly Conflict[], recorded: readonly Conflict[]): Problem[] {
  const { strayRows, missing } = compareConflictsView(view, recorded);
  const problems: Problem[] = strayRows.map((row) => ({
    cell: `${CONFLICTS_SHEET}!A${row}`,
    rule: 'conflicts-hand-edit',
    message:
      'This row of Conflicts is not a conflict of interest on record, so it changes nothing: the sheet only shows the conflicts Django CoC keeps. Declare a conflict with Django CoC › Declare conflict; only the chair can remove one.',
    at: null,
  }));
  if (missing > 0) {
    problems.push({
      cell: CONFLICTS_SHEET,
      rule: 'conflicts-hand-edit',
      message: `${missing} conflict${missing === 1 ? '' : 's'} of interest on record ${missing === 1 ? 'is' : 'are'} missing from the Conflicts sheet, deleted or changed by hand. ${missing === 1 ? 'It still applies' : 'They still apply'}; the sheet is rewritten at the next change to the conflicts.`,
      at: null,
    });
  }
  return problems;
}

function identityKeySentence(reason: string): string {
  return `The identity key checks were skipped (real names anywhere in the records, and person code names missing from the key): ${reason}.`;
}

function settingsProblems(problems: readonly string[]): Problem[] {
  return problems.map((message) => ({ cell: SETTINGS_SHEET, rule: 'settings', message, at: null }));
}

function toValidationProblem(problem: Problem): ValidationProblem {
  return { cell: problem.cell, rule: problem.rule, message: problem.message };
}

/**
 * Runs every check of spec section 5 and highlights `Cases`. The caller holds the document lock,
 * as the highlights are a write.
 */
export function validateRecords(context: ActionContext, member: Member): ValidationResult {
  const sheets = snapshotAllSheets(context.spreadsheet, context.timeZone);
  const cases = sheets.find((sheet) => sheet.name === CASES_SHEET);
  if (!cases) throw notSetUp(CASES_SHEET);
  const settingsSheet = sheets.find((sheet) => sheet.name === SETTINGS_SHEET);
  const { settings, problems: settingsIssues } = settingsSheet ? readSettings(settingsSheet.values) : { settings: defaultSettings(), problems: [] };
  // A bad retention term blocks the review; saying so here lets the chair fix it before then.
  if (settingsSheet) settingsIssues.push(...readRetentionTable(settingsSheet.values, settings.vocabularies.consequences).problems);
  // One read for every record kept where no cell edit reaches it.
  const properties = readAllDocumentProperties();
  const unfinished = parseJournal(properties[EXPUNGE_JOURNAL_PROPERTY] ?? null);
  const unfinishedWork: Problem[] = unfinished
    ? [{ cell: 'Review retention', rule: 'expunge-unfinished', message: `An expunge confirmed on ${unfinished.on} stopped part-way. Run Django CoC › Review retention… to finish it.`, at: null }]
    : [];
  const renameJournal = parseRenameJournal(properties[RENAME_JOURNAL_PROPERTY] ?? null);
  if (renameJournal !== null) unfinishedWork.push({ cell: 'Rename case', rule: 'rename-unfinished', message: unfinishedRenameMessage(renameJournal), at: null });

  const skipped: string[] = [];
  const key = readIdentityKeyFor(context, member, settings);
  let identityKey: IdentityKeyData | null = null;
  if (isUnavailable(key)) skipped.push(identityKeySentence(key.sentence));
  else {
    identityKey = {
      personCodeNames: key.table.entries.map((entry) => entry.personCodeName).filter((name) => name !== ''),
      namesToFind: collectNamesToFind(key.table.entries),
    };
  }

  const table = readCasesTable(cases.values);
  const conflictsSheet = sheets.find((sheet) => sheet.name === CONFLICTS_SHEET);
  const view = conflictsSheet ? readConflicts(conflictsSheet.values).conflicts : [];
  const recorded = readRecordedConflicts(properties);
  const conflicts = recorded ?? view;
  const documents = readCaseDocumentTitles(settings, table.records, (record) => hasConflict(conflicts, context.userEmail, record.caseCodeName));
  skipped.push(...documents.skipped);
  const uncheckedRows = new Set(table.records.filter((record) => documents.unchecked.has(record.documents)).map((record) => record.rowIndex));

  const problems = validateCases({
    cases: cases.values,
    vocabularies: settings.vocabularies,
    today: context.today,
    identityKey,
    caseDocuments: documents.titles,
    sheets: Object.fromEntries(sheets.map((sheet: SheetSnapshot) => [sheet.name, sheet.values])),
  }).filter((problem) => !(problem.rule === 'document-not-found' && problem.at !== null && uncheckedRows.has(problem.at.rowIndex)));

  // Without every column the rules did not run, so no highlight can be said to be fixed: leave them all.
  if (table.missing.length === 0) {
    const width = cases.values.reduce((widest, row) => Math.max(widest, row.length), 0);
    // No oracle (spec section 9): a highlight is seen by every member, so a cell that holds a name
    // from the key is named only in this dialog, to a member who may open the key.
    const cells = problems.flatMap((problem) => (problem.at?.sheet === CASES_SHEET && !REAL_NAME_RULES.has(problem.rule) ? [problem.at] : []));
    applyHighlights(cases.sheet, cases.values.length, width, cells);
  }

  const viewProblems = recorded === null ? [] : conflictsViewProblems(view, recorded);
  const auditLog = sheets.find((sheet) => sheet.name === AUDIT_LOG_SHEET);
  const chainProblems: Problem[] = (auditLog ? auditChainProblems(auditLog.values.slice(1), properties[AUDIT_DIGEST_KEY] ?? null) : []).map((message) => ({
    cell: AUDIT_LOG_SHEET,
    rule: 'audit-log-chain',
    message,
    at: null,
  }));
  const membersSheet = sheets.find((sheet) => sheet.name === MEMBERS_SHEET);
  const memberProblems = membersSheet ? malformedMemberProblems(membersSheet.values) : [];
  const caseStepsSheet = sheets.find((sheet) => sheet.name === CASE_STEPS_SHEET);
  const stepProblems = caseStepsSheet
    ? validateCaseSteps({
        table: readCaseSteps(caseStepsSheet.values),
        knownSteps: settings.caseSteps,
        cases: table.records,
        memberEmails: membersSheet ? readMembers(membersSheet.values).members.map((entry) => entry.email) : [],
        today: context.today,
      })
    : [];
  return {
    problems: [...settingsProblems(settingsIssues), ...unfinishedWork, ...memberProblems, ...problems, ...stepProblems, ...viewProblems, ...chainProblems].map(toValidationProblem),
    skipped,
  };
}
