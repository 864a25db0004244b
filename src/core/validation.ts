/**
 * "Validate records" (spec section 5): every broken rule of spec 2.1 in `Cases`, with its cell,
 * plus the cross-checks against the identity key and the case documents, and the scan for real
 * names anywhere outside the identity key.
 *
 * No message ever quotes a cell, a title or a sheet name: any of them may hold the very real name
 * being reported. Messages name cells and quote only column names and `Settings` list values, and
 * a last check replaces any message that would still contain a name from the key.
 */
import { CaseRecord, CasesTable, readCasesTable } from './caseRecord';
import { SheetCell, SheetRow, a1, cellText, isCalendarDate } from './cells';
import { compareIsoDays, isIsoDay, looksLikeDate } from './dates';
import { caseCodeNameKey, isCaseCodeName, isPersonCodeName, personCodeNameKey } from './codeNames';
import { UserError } from './errors';
import { normaliseName } from './identityKey';
import { CASES_COLUMNS, CASES_SHEET, CasesColumnKey, ColumnIndex } from './schema';
import { RESOLVED_STATUS, VocabularyKey, Vocabularies, canonicalValue, vocabularyKey } from './vocabularies';
import { isForeignLink } from './documentLink';
import { listInWords } from './listInWords';

export interface ProblemLocation {
  sheet: string;
  /** 0-based, as in the sheet's values. */
  rowIndex: number;
  columnIndex: number;
}

export interface Problem {
  /** `Cases!D12`; a range or a link when the problem is not in one cell. */
  cell: string;
  /** A stable id such as `status-required`, for tests and for telling problems apart. */
  rule: string;
  message: string;
  /** The cell to highlight, or null when the problem is not one cell's. */
  at: ProblemLocation | null;
}

export interface IdentityKeyData {
  /** Every Person Code Name in the key. */
  personCodeNames: readonly string[];
  /** Every Real Name and Alias in the key, matched after {@link normaliseName}. */
  namesToFind: readonly string[];
}

export interface ValidateCasesInput {
  /** All values of `Cases`, header row first. */
  cases: readonly SheetRow[];
  /** The lists from `Settings`; Consequences is the ladder. */
  vocabularies: Vocabularies;
  /** Today in the spreadsheet's time zone, `YYYY-MM-DD`. */
  today: string;
  /** The identity key's contents, or null when it could not be opened (its checks are skipped). */
  identityKey?: IdentityKeyData | null;
  /**
   * The title of each linked case document by its Documents cell text (trimmed), or null when the
   * documents were not checked. A link missing from the map is a document that could not be opened.
   */
  caseDocuments?: Readonly<Record<string, string>> | null;
  /**
   * Every sheet of the status spreadsheet by name, in tab order, for the real-name scan; `Cases`
   * is taken from `cases` when absent. Without it only `Cases` is scanned. Every sheet given is
   * scanned, whatever its name: the identity key is a separate spreadsheet, so a tab of the status
   * spreadsheet that holds real names is exactly what the scan is for.
   */
  sheets?: Readonly<Record<string, readonly SheetRow[]>>;
}

const LINK = /^https?:\/\//i;
const SET_UP_OR_REPAIR = 'Run Django CoC > Set up or repair';

/**
 * The error an action raises when `Cases` lacks columns it needs.
 *
 * @example missingColumnsError(['Status']).message
 * // 'The Cases sheet has no Status column. Run Django CoC > Set up or repair to add it, then try again.'
 */
export function missingColumnsError(missing: readonly string[]): UserError {
  const plural = missing.length > 1;
  return new UserError(
    'missing-columns',
    `The ${CASES_SHEET} sheet has no ${listInWords(missing)} column${plural ? 's' : ''}. ${SET_UP_OR_REPAIR} to add ${plural ? 'them' : 'it'}, then try again.`,
  );
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

// ---------------------------------------------------------------------------------------------
// Real names
// ---------------------------------------------------------------------------------------------

/** Letters, digits and combining marks: a name matches only where none of them touches it. */
const WORD_CHARACTER = '[\\p{L}\\p{N}\\p{M}]';

/**
 * Finds any of `names` in a text, both compared after {@link normaliseName}, on word boundaries
 * so the name 'Al' does not match 'Almond'. Results are remembered, as trackers repeat texts.
 */
function nameMatcher(names: readonly string[]): (text: string) => boolean {
  const normalised = [...new Set(names.map(normaliseName).filter((name) => name !== ''))];
  if (normalised.length === 0) return () => false;
  // Longest first, so a longer name is tried before a name it starts with.
  normalised.sort((a, b) => b.length - a.length);
  const alternatives = normalised.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<!${WORD_CHARACTER})(?:${alternatives})(?!${WORD_CHARACTER})`, 'u');
  const seen = new Map<string, boolean>();
  return (text) => {
    let found = seen.get(text);
    if (found === undefined) {
      found = pattern.test(normaliseName(text));
      seen.set(text, found);
    }
    return found;
  };
}

const REAL_NAME_IN_CELL =
  'This cell contains a real name or alias from the identity key. Only the identity key may hold real names: replace it with a code name.';

function scanSheetsForNames(
  sheets: Readonly<Record<string, readonly SheetRow[]>>,
  containsName: (text: string) => boolean,
  report: (problem: Problem) => void,
): void {
  Object.keys(sheets).forEach((sheet, position) => {
    // A sheet's name can be the leak itself; such a sheet is then named by its position only.
    const nameLeaks = containsName(sheet);
    const cellName = (rowIndex: number, columnIndex: number) =>
      nameLeaks ? `sheet ${position + 1}, ${a1(rowIndex, columnIndex)}` : a1(rowIndex, columnIndex, sheet);
    if (nameLeaks) {
      report({
        cell: `sheet ${position + 1}`,
        rule: 'real-name-in-sheet-name',
        message: `The name of sheet ${position + 1} contains a real name or alias from the identity key. Rename the sheet.`,
        at: null,
      });
    }
    sheets[sheet].forEach((row, rowIndex) => {
      row.forEach((value, columnIndex) => {
        if (typeof value !== 'string' || value === '' || !containsName(value)) return;
        // The location carries the sheet's name, so a sheet whose name leaks gets none.
        const at = nameLeaks ? null : { sheet, rowIndex, columnIndex };
        report({ cell: cellName(rowIndex, columnIndex), rule: 'real-name-in-cell', message: REAL_NAME_IN_CELL, at });
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Cases rules (spec 2.1)
// ---------------------------------------------------------------------------------------------

type Report = (record: CaseRecord, column: CasesColumnKey, rule: string, message: string) => void;

interface CaseRules {
  vocabularies: Vocabularies;
  today: string;
  report: Report;
}

const LABELS = CASES_COLUMNS;

type DateCell = { kind: 'blank' } | { kind: 'date'; iso: string } | { kind: 'wrong'; why: string };

function readDateCell(value: SheetCell | undefined): DateCell {
  if (cellText(value) === '') return { kind: 'blank' };
  if (isCalendarDate(value)) return isIsoDay(value.iso) ? { kind: 'date', iso: value.iso } : { kind: 'wrong', why: 'is not a valid date' };
  if (typeof value === 'string') {
    return {
      kind: 'wrong',
      why: looksLikeDate(value)
        ? 'is text, not a date, although it looks like one. Enter it again so Sheets stores a date'
        : 'is text, not a date',
    };
  }
  return { kind: 'wrong', why: typeof value === 'number' ? 'is a number, not a date' : 'is not a date' };
}

/** Checks a date cell's kind, and its day against today. Returns the day when it is a real date. */
function checkDate(rules: CaseRules, record: CaseRecord, column: CasesColumnKey, required: string | null): string | null {
  const date = readDateCell(record.raw[column]);
  if (date.kind === 'blank') {
    if (required !== null) rules.report(record, column, `${kebab(column)}-required`, required);
    return null;
  }
  if (date.kind === 'wrong') {
    rules.report(record, column, `${kebab(column)}-not-a-date`, `${LABELS[column]} ${date.why}.`);
    return null;
  }
  if (compareIsoDays(date.iso, rules.today) > 0) {
    rules.report(record, column, `${kebab(column)}-in-future`, `${LABELS[column]} is in the future.`);
  }
  return date.iso;
}

/**
 * Checks a list cell against its `Settings` list. A value that matches only trimmed or in another
 * case is reported with the list's spelling, which is safe to quote. Returns that spelling.
 */
function checkListValue(rules: CaseRules, record: CaseRecord, column: VocabularyKey, required: string | null): string | null {
  const raw = record.raw[column];
  const text = cellText(raw);
  const rule = kebab(column);
  if (text === '') {
    if (required !== null) rules.report(record, column, `${rule}-required`, required);
    return null;
  }
  const list = rules.vocabularies[column];
  const canonical = canonicalValue(text, list);
  if (canonical === null) {
    rules.report(record, column, `${rule}-unknown`, `${LABELS[column]} must be one of: ${list.join(', ')}.`);
  } else if (raw !== canonical) {
    rules.report(record, column, `${rule}-not-exact`, `${LABELS[column]} should read exactly "${canonical}" (check spaces and capitals).`);
  }
  return canonical;
}

function checkStraySpaces(rules: CaseRules, record: CaseRecord, column: CasesColumnKey): void {
  const raw = record.raw[column];
  if (typeof raw === 'string' && raw.trim() !== '' && raw !== raw.trim().replace(/\s+/g, ' ')) {
    rules.report(record, column, `${kebab(column)}-stray-spaces`, `${LABELS[column]} has extra spaces.`);
  }
}

function checkCaseCodeName(rules: CaseRules, record: CaseRecord): void {
  if (record.caseCodeName === '') {
    rules.report(record, 'caseCodeName', 'case-code-name-required', `${LABELS.caseCodeName} is required.`);
    return;
  }
  checkStraySpaces(rules, record, 'caseCodeName');
  // Extra spaces are reported on their own; the words themselves may still be fine.
  if (typeof record.raw.caseCodeName !== 'string' || !isCaseCodeName(record.caseCodeName.replace(/\s+/g, ' '))) {
    rules.report(
      record,
      'caseCodeName',
      'case-code-name-invalid',
      `${LABELS.caseCodeName} must be two lower-case words joined by one space (a hyphen is accepted for older records).`,
    );
  }
}

function checkPersonCodeName(rules: CaseRules, record: CaseRecord, keyCodeNames: ReadonlySet<string> | null): void {
  if (record.personCodeName === '') return;
  checkStraySpaces(rules, record, 'personCodeName');
  if (keyCodeNames !== null) {
    if (!keyCodeNames.has(personCodeNameKey(record.personCodeName))) {
      rules.report(
        record,
        'personCodeName',
        'person-code-name-not-in-key',
        `${LABELS.personCodeName} is not in the identity key. Use a person code name from the key, or leave it blank when no one is identifiable.`,
      );
    }
  } else if (!isPersonCodeName(record.personCodeName)) {
    // Without the key, the shape is the best check there is.
    rules.report(record, 'personCodeName', 'person-code-name-invalid', `${LABELS.personCodeName} is not a person code name.`);
  }
}

function checkRecord(rules: CaseRules, record: CaseRecord, keyCodeNames: ReadonlySet<string> | null): void {
  const reportDay = checkDate(rules, record, 'dateOfReport', `${LABELS.dateOfReport} is required.`);
  checkCaseCodeName(rules, record);
  checkPersonCodeName(rules, record, keyCodeNames);

  const status = checkListValue(rules, record, 'status', `${LABELS.status} is required.`);
  const resolved = status !== null && vocabularyKey(status) === vocabularyKey(RESOLVED_STATUS);
  const whenResolved = (column: CasesColumnKey) => (resolved ? `${LABELS[column]} is required when ${LABELS.status} is ${RESOLVED_STATUS}.` : null);

  checkListValue(rules, record, 'resolutionSource', whenResolved('resolutionSource'));
  const resolutionDay = checkDate(rules, record, 'resolutionDate', whenResolved('resolutionDate'));
  // An unknown or blank status is reported already; judging the date against it would add noise.
  if (status !== null && !resolved && cellText(record.raw.resolutionDate) !== '') {
    rules.report(
      record,
      'resolutionDate',
      'resolution-date-not-resolved',
      `${LABELS.resolutionDate} must be blank unless ${LABELS.status} is ${RESOLVED_STATUS}.`,
    );
  }
  if (resolutionDay !== null && reportDay !== null && compareIsoDays(resolutionDay, reportDay) < 0) {
    rules.report(record, 'resolutionDate', 'resolution-date-before-report', `${LABELS.resolutionDate} is before ${LABELS.dateOfReport}.`);
  }
  checkListValue(rules, record, 'safetyRisk', `${LABELS.safetyRisk} is required.`);
  checkListValue(rules, record, 'ongoingHarassment', `${LABELS.ongoingHarassment} is required.`);
  checkListValue(rules, record, 'consequences', whenResolved('consequences'));
}

/** Each (case, person) pair once; a case without an identifiable person has one row. */
function checkDuplicates(rules: CaseRules, records: readonly CaseRecord[], columns: ColumnIndex<CasesColumnKey>): void {
  const firstRow = new Map<string, number>();
  for (const record of records) {
    if (record.caseCodeName === '') continue;
    const key = `${caseCodeNameKey(record.caseCodeName)}\u0000${personCodeNameKey(record.personCodeName)}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, record.rowIndex);
      continue;
    }
    const firstCell = a1(first, columns.personCodeName, CASES_SHEET);
    rules.report(
      record,
      'personCodeName',
      'duplicate-case-person',
      record.personCodeName === ''
        ? `This case already has a row without a person code name (${firstCell}); a case lists each person once.`
        : `This person is already listed for this case in ${firstCell}; a case lists each person once.`,
    );
  }
}

const FOREIGN_LINK = `${LABELS.documents} is not a Google Docs link (https://docs.google.com/document/d/…), so Django CoC never opens, offers or shares it as the case's document. Replace it with the case document's link.`;

function checkDocumentLink(rules: CaseRules, record: CaseRecord, titles: Readonly<Record<string, string>>): void {
  const link = record.documents;
  if (!LINK.test(link)) return;
  if (!Object.prototype.hasOwnProperty.call(titles, link)) {
    rules.report(record, 'documents', 'document-not-found', `${LABELS.documents} links to a document that could not be opened.`);
  } else if (titles[link].trim() !== record.caseCodeName) {
    rules.report(
      record,
      'documents',
      'document-title-mismatch',
      `${LABELS.documents} links to a document whose title is not this row's ${LABELS.caseCodeName}.`,
    );
  }
}

function checkDocumentTitles(
  records: readonly CaseRecord[],
  titles: Readonly<Record<string, string>>,
  documentsColumn: number,
  containsName: (text: string) => boolean,
  report: (problem: Problem) => void,
): void {
  const firstLink = new Map<string, CaseRecord>();
  for (const record of records) if (!firstLink.has(record.documents)) firstLink.set(record.documents, record);
  for (const link of Object.keys(titles)) {
    if (!containsName(titles[link])) continue;
    const record = firstLink.get(link.trim());
    const caseName = record && isCaseCodeName(record.caseCodeName) ? record.caseCodeName : null;
    report({
      cell: record ? a1(record.rowIndex, documentsColumn, CASES_SHEET) : link,
      rule: 'real-name-in-document-title',
      message: `The title of ${caseName ? `the case document of ${caseName}` : 'a case document'} contains a real name or alias from the identity key. Rename the document to its case code name.`,
      at: record ? { sheet: CASES_SHEET, rowIndex: record.rowIndex, columnIndex: documentsColumn } : null,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The whole check
// ---------------------------------------------------------------------------------------------

function problemOrder(sheets: readonly string[]) {
  const sheetRank = new Map(sheets.map((sheet, index) => [sheet, index]));
  const rank = (problem: Problem) => (problem.at === null ? Number.MAX_SAFE_INTEGER : (sheetRank.get(problem.at.sheet) ?? 0));
  return (a: Problem, b: Problem) =>
    rank(a) - rank(b) || (a.at?.rowIndex ?? 0) - (b.at?.rowIndex ?? 0) || (a.at?.columnIndex ?? 0) - (b.at?.columnIndex ?? 0);
}

function checkCasesRules(
  input: ValidateCasesInput,
  table: CasesTable,
  containsName: (text: string) => boolean,
  report: (problem: Problem) => void,
): void {
  const columns = table.columns as ColumnIndex<CasesColumnKey>;
  const rules: CaseRules = {
    vocabularies: input.vocabularies,
    today: input.today,
    report: (record, column, rule, message) => {
      const columnIndex = columns[column];
      const at = { sheet: CASES_SHEET, rowIndex: record.rowIndex, columnIndex };
      report({ cell: a1(record.rowIndex, columnIndex, CASES_SHEET), rule, message, at });
    },
  };
  const keyCodeNames = input.identityKey ? new Set(input.identityKey.personCodeNames.map(personCodeNameKey)) : null;
  for (const record of table.records) {
    checkRecord(rules, record, keyCodeNames);
    if (isForeignLink(record.documents)) {
      rules.report(record, 'documents', 'documents-not-a-docs-link', FOREIGN_LINK);
    } else if (input.caseDocuments) {
      checkDocumentLink(rules, record, input.caseDocuments);
    }
  }
  checkDuplicates(rules, table.records, columns);
  if (input.caseDocuments) checkDocumentTitles(table.records, input.caseDocuments, columns.documents, containsName, report);
}

/**
 * Every broken rule, in sheet, row and column order; missing columns come first and problems that
 * are not one cell's last. Without every column only the real-name scan runs besides, as the rules
 * need the columns. Checks against the identity key or the documents run only when their data is
 * given.
 */
export function validateCases(input: ValidateCasesInput): Problem[] {
  const problems: Problem[] = [];
  const report = (problem: Problem) => problems.push(problem);
  const containsName = nameMatcher(input.identityKey?.namesToFind ?? []);
  const sheets = input.sheets && CASES_SHEET in input.sheets ? input.sheets : { [CASES_SHEET]: input.cases, ...input.sheets };

  const table = readCasesTable(input.cases);
  const missingColumns: Problem[] = table.missing.map((column) => ({
    cell: `${CASES_SHEET}!1:1`,
    rule: 'missing-column',
    message: `The ${CASES_SHEET} sheet has no ${column} column. ${SET_UP_OR_REPAIR} to add it.`,
    at: null,
  }));
  if (table.missing.length === 0) checkCasesRules(input, table, containsName, report);
  // After the rules, so that within one cell the stable sort lists the rule's problem first.
  scanSheetsForNames(sheets, containsName, report);
  return [...missingColumns, ...problems.sort(problemOrder(Object.keys(sheets)))].map(withoutNames(containsName));
}

/**
 * The last guard: a message built from `Settings` values or a case code name could still carry a
 * name from the key if someone typed one there. Such a message is replaced by a plain one.
 */
function withoutNames(containsName: (text: string) => boolean): (problem: Problem) => Problem {
  return (problem) =>
    containsName(problem.message)
      ? { ...problem, message: `This cell breaks the rule "${problem.rule}".` }
      : problem;
}
