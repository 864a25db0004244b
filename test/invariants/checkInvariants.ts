/**
 * The invariants of issue 13 (spec section 10, with 3, 4, 6 and 7), as one checker that reads a
 * whole emulated workspace (the shape `GET /api/workspace` returns) and names every breach.
 *
 *   1. no real name, alias or summary outside the identity key and case document bodies (cells,
 *      notes, titles, properties, log, every `shown` payload, every error message);
 *   2. identity key counts and highest consequence equal a recomputation from `Cases`;
 *   3. every case document private, shared with exactly the active members without a conflict on
 *      it, and in the case folder, or listed by Audit sharing;
 *   4. one case code name, one document: no case with two documents, no document linked from two
 *      cases, no link whose document is missing or titled otherwise;
 *   5. no cell holds a formula that came from typed or submitted text;
 *   6. `Members` and `Conflicts` change only by the actions meant to change them;
 *   7. no member holds access to a case document, the key, the folder or the tracker beyond what
 *      onboarding and the chair's confirmations give (the access issue's rule);
 *   8. `Case Steps` holds no free text: each row a case code name (of a case in `Cases`, or of one
 *      since renamed or deleted by hand), a step from the `Settings` list, a date and an email;
 *      and a run of the add-on records a step only as the member running it, for a case in `Cases`
 *      that member is not conflicted on (spec section 18);
 *   9. a run gives someone access to a file that already existed only when it is onboarding that
 *      person or Grant access naming them: what a cell says (a Yes, a Chair, a row a chair typed)
 *      gives nobody anything by itself (spec section 9, "Fail closed").
 *
 * The rules are written again here from the spec, on purpose, rather than imported from `src/`: a
 * checker that shares the code it checks cannot see that code's mistakes.
 */
import type { RunResponse } from '../../emulator/runner';
import type { CellValue, DriveFileState, SheetState, SpreadsheetState, WorkspaceState } from '../../emulator/workspace/state';
import { MIME, isDateCell, isFormulaCell } from '../../emulator/workspace/state';

export type InvariantNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface Breach {
  invariant: InvariantNumber;
  /** Where: a sheet cell, a file id, a run. Stable between checks, so breaches can be compared. */
  where: string;
  message: string;
}

/** One step of a sequence: a run of an entry point, or a person editing the tracker by hand. */
export type Step =
  | { kind: 'run'; function: string; args: readonly unknown[]; user: string; response: RunResponse }
  | { kind: 'hand'; user: string; description: string };

export interface CheckOptions {
  /** The workspace before `step` (invariants 5 and 6 compare it with now). */
  before?: WorkspaceState;
  /** What changed the workspace from `before` to now. */
  step?: Step;
  /** Runs whose results, errors and `shown` payloads are scanned for secrets (invariant 1). */
  runs?: readonly Step[];
  /** Real names, aliases and summaries beyond those in the identity key (e.g. every one submitted). */
  secrets?: readonly string[];
  /** Every string submitted to the add-on or typed (invariant 5). */
  submitted?: readonly string[];
  /**
   * False while `Cases` may have changed since the add-on last wrote the key's counts (a hand
   * edit, or a report logged by a member without Identity Key Access): invariant 2 is then
   * skipped, as spec section 3 has the counts catch up at the next refresh.
   */
  identityKeyCurrent?: boolean;
  /**
   * What Audit sharing lists, run as the chair on this workspace: a case document that breaks
   * invariant 3 holds it when listed. Called only when some document needs it.
   */
  auditFindings?: () => readonly { caseCodeName: string; problem: string }[];
}

/** Secrets shorter than this (folded) are not looked for: they occur inside ordinary words. */
export const SHORTEST_SECRET = 5;

// --- Reading the workspace --------------------------------------------------------------------

/** A cell as text, as a person reads it. */
function text(cell: CellValue | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (isDateCell(cell)) return cell.date.slice(0, 10);
  if (isFormulaCell(cell)) return cell.formula;
  return String(cell);
}

function headerKey(value: unknown): string {
  return String(value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

function sheetOf(spreadsheet: SpreadsheetState | undefined, name: string): SheetState | undefined {
  return spreadsheet?.sheets.find((sheet) => sheet.name === name);
}

/** A sheet's body rows as records by header (trimmed, case-insensitive), with their 1-based row. */
function rowsOf(sheet: SheetState | undefined): { row: number; cells: Record<string, string>; raw: CellValue[] }[] {
  if (!sheet || sheet.values.length === 0) return [];
  const header = sheet.values[0].map(headerKey);
  return sheet.values.slice(1).map((raw, index) => {
    const cells: Record<string, string> = {};
    header.forEach((title, column) => {
      if (title !== '' && !(title in cells)) cells[title] = text(raw[column]).trim();
    });
    return { row: index + 2, cells, raw };
  });
}

/** The case code name key: trimmed, lower case, hyphens and runs of spaces as one space. */
export function caseKey(name: string): string {
  return name.trim().toLowerCase().split(/[\s-]+/).filter(Boolean).join(' ');
}

function personKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Folded as the key matches names: NFKC, case folded, invisible characters gone, spaces collapsed. */
export function fold(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isYes(value: string | undefined): boolean {
  return (value ?? '').trim().toLowerCase() === 'yes';
}

/** The id in a Docs or Drive link, or null. */
export function linkedId(link: string): string | null {
  if (!/^https?:\/\//i.test(link.trim())) return null;
  const match = /\/d\/([A-Za-z0-9_-]+)/.exec(link) ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(link);
  return match ? match[1] : null;
}

export interface MemberRow {
  email: string;
  role: string;
  identityKeyAccess: boolean;
  active: boolean;
}

interface View {
  status: SpreadsheetState | undefined;
  settings: Map<string, string>;
  members: MemberRow[];
  conflicts: { email: string; caseKey: string }[];
  cases: { row: number; caseCodeName: string; personCodeName: string; consequences: string; documents: string }[];
  /** The Consequences list, least severe first. */
  ladder: string[];
  keyIds: string[];
  folderId: string;
}

function readSettings(sheet: SheetState | undefined): { scalars: Map<string, string>; ladder: string[] } {
  const scalars = new Map<string, string>();
  const ladder: string[] = [];
  if (!sheet || sheet.values.length === 0) return { scalars, ladder };
  const header = sheet.values[0].map(headerKey);
  const setting = header.indexOf('setting');
  const value = header.indexOf('value');
  const consequences = header.indexOf('consequences');
  for (const row of sheet.values.slice(1)) {
    if (setting !== -1 && value !== -1 && text(row[setting]).trim() !== '') scalars.set(text(row[setting]).trim().toLowerCase(), text(row[value]).trim());
    if (consequences !== -1 && text(row[consequences]).trim() !== '') ladder.push(text(row[consequences]).trim());
  }
  return { scalars, ladder };
}

function membersIn(status: SpreadsheetState | undefined): MemberRow[] {
  return rowsOf(sheetOf(status, 'Members'))
    .filter(({ cells }) => (cells.email ?? '') !== '')
    .map(({ cells }) => ({
      email: emailKey(cells.email),
      role: (cells.role ?? '').trim().toLowerCase(),
      identityKeyAccess: isYes(cells['identity key access']),
      active: isYes(cells.active),
    }));
}

/** Where the add-on keeps the conflicts of interest since spec section 9's access rules (a count, then chunks of JSON). */
const CONFLICTS_PROPERTY = 'djangoCoc.conflicts';

/** The conflicts on record in document properties, or null when none were ever recorded there. */
function recordedConflicts(properties: Record<string, string>): { email: string; caseKey: string }[] | null {
  const count = Number(properties[CONFLICTS_PROPERTY]);
  if (!Number.isInteger(count) || count < 1) return null;
  const text = Array.from({ length: count }, (_, index) => properties[`${CONFLICTS_PROPERTY}.${index}`] ?? '').join('');
  try {
    const stored = JSON.parse(text) as [string, string, string][];
    return stored.map(([email, name]) => ({ email: emailKey(email), caseKey: caseKey(name) }));
  } catch {
    return null;
  }
}

/** The conflicts: the record in document properties, or, before there is one, the `Conflicts` sheet. */
function conflictsIn(status: SpreadsheetState | undefined, properties: Record<string, string> = {}): { email: string; caseKey: string }[] {
  const recorded = recordedConflicts(properties);
  if (recorded !== null) return recorded;
  return rowsOf(sheetOf(status, 'Conflicts'))
    .map(({ cells }) => ({ email: emailKey(cells['member email'] ?? ''), caseKey: caseKey(cells['case code name'] ?? '') }))
    .filter((conflict) => conflict.email !== '' && conflict.caseKey !== '');
}

/** The conflicts of interest on record (document properties; the `Conflicts` sheet before there is a record). */
export function conflictsOf(workspace: WorkspaceState): { email: string; caseKey: string }[] {
  return conflictsIn(workspace.spreadsheets[workspace.activeSpreadsheetId], workspace.properties.document);
}

/** The `Members` rows of the tracker, emails lower case. */
export function membersOf(workspace: WorkspaceState): MemberRow[] {
  return membersIn(workspace.spreadsheets[workspace.activeSpreadsheetId]);
}

function view(workspace: WorkspaceState): View {
  const status = workspace.spreadsheets[workspace.activeSpreadsheetId];
  const { scalars, ladder } = readSettings(sheetOf(status, 'Settings'));
  const linkedKey = scalars.get('identity key spreadsheet id') ?? '';
  const keyIds = Object.entries(workspace.spreadsheets)
    .filter(([id, spreadsheet]) => id !== workspace.activeSpreadsheetId && (id === linkedKey || sheetOf(spreadsheet, 'Identity Key') !== undefined))
    .map(([id]) => id);
  const cases = rowsOf(sheetOf(status, 'Cases')).map(({ row, cells }) => ({
    row,
    caseCodeName: cells['case code name'] ?? '',
    personCodeName: cells['person code name'] ?? '',
    consequences: cells.consequences ?? '',
    documents: cells.documents ?? '',
  }));
  return {
    status,
    settings: scalars,
    members: membersIn(status),
    conflicts: conflictsIn(status, workspace.properties.document),
    cases,
    ladder,
    keyIds,
    folderId: scalars.get('case documents folder id') ?? '',
  };
}

function liveFile(workspace: WorkspaceState, id: string): DriveFileState | undefined {
  const file = workspace.files[id];
  return file && !file.trashed ? file : undefined;
}

function hasConflict(conflicts: View['conflicts'], email: string, caseCodeName: string): boolean {
  return conflicts.some((conflict) => conflict.email === emailKey(email) && conflict.caseKey === caseKey(caseCodeName));
}

interface CaseDocument {
  file: DriveFileState;
  /**
   * The cases it is the record of: those whose rows link it, and the case it is titled with. More
   * than one after a hand edit pointed a row at another case's document; the rules of every one
   * then apply at once (fail closed).
   */
  caseKeys: Set<string>;
  /** The 1-based `Cases` rows that link it. */
  rows: number[];
}

/**
 * The case documents: every live Google Doc that a Documents cell of a case links, that sits in
 * the case folder, or whose title is the code name of a case in `Cases`. By id.
 */
function caseDocuments(workspace: WorkspaceState, v: View): Map<string, CaseDocument> {
  const documents = new Map<string, CaseDocument>();
  const caseKeys = new Set(v.cases.map((row) => caseKey(row.caseCodeName)).filter((key) => key !== ''));
  const entry = (file: DriveFileState): CaseDocument => {
    if (!documents.has(file.id)) documents.set(file.id, { file, caseKeys: new Set(caseKeys.has(caseKey(file.name)) ? [caseKey(file.name)] : []), rows: [] });
    return documents.get(file.id)!;
  };
  // A row without a case code name belongs to no case: its link says nothing about whose document it is.
  for (const row of v.cases.filter((caseRow) => caseKey(caseRow.caseCodeName) !== '')) {
    const id = linkedId(row.documents);
    const file = id === null ? undefined : liveFile(workspace, id);
    if (!file || file.mimeType !== MIME.document) continue;
    const found = entry(file);
    found.caseKeys.add(caseKey(row.caseCodeName));
    found.rows.push(row.row);
  }
  for (const file of Object.values(workspace.files)) {
    if (file.trashed || file.mimeType !== MIME.document || documents.has(file.id)) continue;
    const inFolder = v.folderId !== '' && file.parents.includes(v.folderId);
    if (inFolder || caseKeys.has(caseKey(file.name))) entry(file);
  }
  return documents;
}

/** The active members who may open a document of all these cases. */
function allowedOn(v: View, keys: ReadonlySet<string>): string[] {
  return v.members.filter((m) => m.active && ![...keys].some((key) => hasConflict(v.conflicts, m.email, key))).map((m) => m.email);
}

/** Who can open a file: owner, editors, viewers (lower case). */
function peopleWithAccess(file: DriveFileState): string[] {
  return [...new Set([file.owner, ...file.editors, ...file.viewers].map(emailKey).filter((email) => email !== ''))];
}

// --- The invariants -----------------------------------------------------------------------------

function secretsOf(workspace: WorkspaceState, v: View, extra: readonly string[]): string[] {
  const names: string[] = [...extra];
  for (const id of v.keyIds) {
    for (const { cells } of rowsOf(sheetOf(workspace.spreadsheets[id], 'Identity Key'))) {
      names.push(cells['real name'] ?? '', ...(cells.aliases ?? '').split(';'));
    }
  }
  return [...new Set(names.map(fold).filter((name) => name.length >= SHORTEST_SECRET))];
}


/** 1: secrets only in the identity key and in case document bodies. */
function checkSecrets(workspace: WorkspaceState, v: View, options: CheckOptions): Breach[] {
  const secrets = secretsOf(workspace, v, options.secrets ?? []);
  if (secrets.length === 0) return [];
  /** Secrets a place may hold: a result may hand a person back the very text they sent (a draft to check). */
  const places: { where: string; text: string; ownText?: string }[] = [];
  for (const [id, spreadsheet] of Object.entries(workspace.spreadsheets)) {
    if (v.keyIds.includes(id)) continue;
    for (const sheet of spreadsheet.sheets) {
      places.push({ where: `${id}/${sheet.name} (name)`, text: sheet.name });
      sheet.values.forEach((row, r) => row.forEach((cell, c) => places.push({ where: `${id}/${sheet.name} R${r + 1}C${c + 1}`, text: text(cell) })));
      for (const [a1, note] of Object.entries(sheet.notes)) places.push({ where: `${id}/${sheet.name}!${a1} (note)`, text: note });
      places.push({ where: `${id}/${sheet.name} (validation, charts)`, text: JSON.stringify([sheet.dataValidations, sheet.charts]) });
    }
  }
  for (const file of Object.values(workspace.files)) places.push({ where: `title of ${file.id}`, text: file.name });
  places.push({ where: 'properties', text: JSON.stringify(workspace.properties) });
  workspace.log.forEach((line, index) => places.push({ where: `log line ${index + 1}`, text: line }));
  (options.runs ?? (options.step ? [options.step] : [])).forEach((step, index) => {
    if (step.kind !== 'run') return;
    const { response } = step;
    const where = `run ${index + 1} (${step.function}) result, error or shown`;
    if ('result' in response) places.push({ where, text: JSON.stringify(response.result), ownText: fold(everyString(step.args).join('\n')) });
    places.push({ where, text: `${'error' in response ? response.error : ''}\n${JSON.stringify(response.shown)}` });
  });
  const breaches: Breach[] = [];
  for (const place of places) {
    const folded = fold(place.text);
    if (secrets.some((secret) => folded.includes(secret) && !(place.ownText ?? '').includes(secret))) {
      breaches.push({ invariant: 1, where: place.where, message: 'holds a real name, alias or summary' });
    }
  }
  return breaches;
}

/** 2: each key row's Report Count and Highest Consequence, recomputed from `Cases`. */
function checkKeyCounts(workspace: WorkspaceState, v: View): Breach[] {
  const keyId = v.settings.get('identity key spreadsheet id') ?? '';
  const sheet = keyId === '' ? undefined : sheetOf(workspace.spreadsheets[keyId], 'Identity Key');
  if (!sheet) return [];
  const rank = (value: string): number => v.ladder.findIndex((rung) => rung.trim().toLowerCase() === value.trim().toLowerCase());
  const breaches: Breach[] = [];
  for (const { row, cells, raw } of rowsOf(sheet)) {
    const person = personKey(cells['person code name'] ?? '');
    if (person === '' && (cells['real name'] ?? '') === '') continue;
    const rows = person === '' ? [] : v.cases.filter((caseRow) => personKey(caseRow.personCodeName) === person);
    const count = new Set(rows.map((caseRow) => caseKey(caseRow.caseCodeName)).filter((key) => key !== '')).size;
    let highest = '';
    for (const caseRow of rows) if (rank(caseRow.consequences) > (highest === '' ? -1 : rank(highest))) highest = v.ladder[rank(caseRow.consequences)];
    const header = sheet.values[0].map(headerKey);
    const storedCount = raw[header.indexOf('report count')];
    const countNumber = typeof storedCount === 'number' ? storedCount : Number(text(storedCount) === '' ? NaN : text(storedCount));
    if (countNumber !== count) breaches.push({ invariant: 2, where: `identity key row ${row}`, message: `Report Count is ${text(storedCount)}, Cases gives ${count}` });
    const storedHighest = (cells['highest consequence'] ?? '').trim();
    if (storedHighest.toLowerCase() !== highest.toLowerCase()) {
      breaches.push({ invariant: 2, where: `identity key row ${row}`, message: `Highest Consequence is "${storedHighest}", Cases gives "${highest}"` });
    }
  }
  return breaches;
}

/**
 * The finding a sequence gives for Audit sharing when no chair nor the owner can run it, even after
 * a repair (a chair typed every chair out of `Members`): what only the audit would list then waits
 * for someone to put `Members` right.
 */
export const AUDIT_UNAVAILABLE = 'Audit sharing can be run by nobody';

const NOT_IN_FOLDER = 'is not in the case folder';
const NO_CASE = 'is the record of no case: no row links it and no case has its title';

/** 3: every case document private, editors exactly the intended members, in the folder; else listed by Audit sharing. */
function checkDocumentSharing(workspace: WorkspaceState, v: View, options: CheckOptions): Breach[] {
  const breaches: Breach[] = [];
  const problems = new Map<string, string[]>();
  const documents = caseDocuments(workspace, v);
  for (const [id, { file, caseKeys }] of documents) {
    const found: string[] = [];
    if (file.access !== 'PRIVATE') found.push(`is shared by link (${file.access})`);
    const intended = new Set(allowedOn(v, caseKeys));
    for (const email of peopleWithAccess(file)) if (!intended.has(email)) found.push(`${email} can open it but should not`);
    const editors = new Set([file.owner, ...file.editors].map(emailKey));
    // Whom a document of no case, or claimed by several, should be shared with is for a person to settle.
    if (caseKeys.size === 1) for (const email of intended) if (!editors.has(email)) found.push(`${email} should edit it but cannot`);
    if (v.folderId === '' || !file.parents.includes(v.folderId)) found.push(NOT_IN_FOLDER);
    if (caseKeys.size === 0) found.push(NO_CASE);
    if (found.length > 0) problems.set(id, found);
  }
  if (problems.size === 0) return [];
  const listed = auditLister(options, v);
  // A chair who cannot open the case folder (a new one after Hand over the chair) cannot see what
  // is in it or outside it; Audit sharing then says it could not check the folder.
  const auditUnavailable = () => (options.auditFindings?.() ?? []).some((finding) => finding.caseCodeName === AUDIT_UNAVAILABLE);
  const folderUnchecked = () => (options.auditFindings?.() ?? []).some((finding) => finding.caseCodeName === 'Case folder' && /does not open for you/.test(finding.problem));
  for (const [id, found] of problems) {
    if (listed(documents.get(id)!)) continue;
    for (const problem of found) {
      if ((problem === NOT_IN_FOLDER || problem === NO_CASE) && folderUnchecked()) continue;
      if ((problem === NOT_IN_FOLDER || problem === NO_CASE || problem.endsWith('should edit it but cannot')) && auditUnavailable()) continue;
      breaches.push({ invariant: 3, where: `document ${id}`, message: `${problem}, and Audit sharing does not list it` });
    }
  }
  return breaches;
}

/** 4: one case, one document, and every link opens a document titled with its row's case. */
function checkOneDocumentPerCase(workspace: WorkspaceState, v: View): Breach[] {
  const breaches: Breach[] = [];
  const documentsByCase = new Map<string, Set<string>>();
  const casesByDocument = new Map<string, Set<string>>();
  for (const row of v.cases) {
    const key = caseKey(row.caseCodeName);
    const id = linkedId(row.documents);
    if (id === null) continue;
    if (key !== '') {
      if (!documentsByCase.has(key)) documentsByCase.set(key, new Set());
      documentsByCase.get(key)!.add(id);
      if (!casesByDocument.has(id)) casesByDocument.set(id, new Set());
      casesByDocument.get(id)!.add(key);
    }
    const file = liveFile(workspace, id);
    if (!file) breaches.push({ invariant: 4, where: `Cases row ${row.row}`, message: 'links a document that does not exist or is in the trash' });
    else if (caseKey(file.name) !== key) breaches.push({ invariant: 4, where: `Cases row ${row.row}`, message: `links document ${id}, whose title is not the row's case code name` });
  }
  for (const [key, ids] of documentsByCase) {
    if (ids.size > 1) breaches.push({ invariant: 4, where: `case ${key}`, message: `links ${ids.size} documents (${[...ids].sort().join(', ')})` });
  }
  for (const [id, keys] of casesByDocument) {
    if (keys.size > 1) breaches.push({ invariant: 4, where: `document ${id}`, message: `is linked from ${keys.size} cases (${[...keys].sort().join(', ')})` });
  }
  const titled = new Map<string, string[]>();
  const caseKeys = new Set(v.cases.map((row) => caseKey(row.caseCodeName)));
  for (const file of Object.values(workspace.files)) {
    if (file.trashed || file.mimeType !== MIME.document || !caseKeys.has(caseKey(file.name))) continue;
    titled.set(caseKey(file.name), [...(titled.get(caseKey(file.name)) ?? []), file.id]);
  }
  for (const [key, ids] of titled) {
    if (ids.length > 1) breaches.push({ invariant: 4, where: `case ${key}`, message: `${ids.length} documents are titled with it (${ids.sort().join(', ')})` });
  }
  return breaches;
}

function everyString(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => everyString(item, into));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => everyString(item, into));
  return into;
}

/** 5: no formula from submitted text; and a run of the add-on never makes a formula. */
function checkFormulas(workspace: WorkspaceState, options: CheckOptions): Breach[] {
  const submitted = new Set([...(options.submitted ?? []), ...(options.step?.kind === 'run' ? everyString(options.step.args) : [])].map((value) => value.trim()));
  const breaches: Breach[] = [];
  for (const [id, spreadsheet] of Object.entries(workspace.spreadsheets)) {
    for (const sheet of spreadsheet.sheets) {
      const before = options.before?.spreadsheets[id]?.sheets.find((other) => other.name === sheet.name);
      sheet.values.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!isFormulaCell(cell)) return;
          const where = `${id}/${sheet.name} R${r + 1}C${c + 1}`;
          const earlier = before?.values[r]?.[c];
          if (earlier !== undefined && isFormulaCell(earlier) && earlier.formula === cell.formula) return;
          const newByRun = options.step?.kind === 'run' && options.before !== undefined;
          if (newByRun) breaches.push({ invariant: 5, where, message: `the add-on wrote a formula (${options.step?.kind === 'run' ? options.step.function : ''})` });
          else if (submitted.has(cell.formula.trim()) && options.step?.kind !== 'hand') {
            breaches.push({ invariant: 5, where, message: 'holds a formula made from submitted text' });
          }
        }),
      );
    }
  }
  return breaches;
}

/** Which entry points may change `Members` and `Conflicts`, and how. */
export const MEMBER_RULES: Record<string, { members: 'any' | 'own-row' | 'active-only' | 'roles-of-both'; conflicts: 'any' | 'append-own' | 'append' | 'remove-named' }> = {
  setUpSpreadsheet: { members: 'any', conflicts: 'any' },
  onboardMember: { members: 'own-row', conflicts: 'append-own' },
  offboardMember: { members: 'active-only', conflicts: 'append-own' },
  declareConflict: { members: 'active-only', conflicts: 'append-own' },
  declareConflictFromMenu: { members: 'active-only', conflicts: 'append-own' },
  logReport: { members: 'active-only', conflicts: 'append' },
  renameCase: { members: 'active-only', conflicts: 'any' },
  /** The chair becomes a member and the named member the chair: only those two Role cells change. */
  handOverChair: { members: 'roles-of-both', conflicts: 'append' },
  /** Only the named member's conflict for the named case goes. */
  removeConflict: { members: 'active-only', conflicts: 'remove-named' },
};

function memberMap(members: readonly MemberRow[]): Map<string, string> {
  return new Map(members.map((m) => [m.email, JSON.stringify([m.role, m.identityKeyAccess, m.active])]));
}

function conflictCounts(conflicts: View['conflicts']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const conflict of conflicts) counts.set(`${conflict.email}|${conflict.caseKey}`, (counts.get(`${conflict.email}|${conflict.caseKey}`) ?? 0) + 1);
  return counts;
}

/** 6: `Members` and `Conflicts` change only by the entry points meant to, and only as they are meant to. */
function checkMemberRecords(v: View, options: CheckOptions): Breach[] {
  const { before, step } = options;
  if (!before || !step || step.kind !== 'run') return [];
  const earlier = view(before);
  const rule = MEMBER_RULES[step.function];
  const target = typeof step.args[0] === 'string' ? emailKey(step.args[0]) : emailKey(step.user);
  const breaches: Breach[] = [];
  const was = memberMap(earlier.members);
  const now = memberMap(v.members);
  const wasActive = earlier.members.some((m) => m.email === target && m.active);
  for (const email of new Set([...was.keys(), ...now.keys()])) {
    if (was.get(email) === now.get(email)) continue;
    const sameBesideRole = JSON.stringify(JSON.parse(was.get(email) ?? '[]').slice(1)) === JSON.stringify(JSON.parse(now.get(email) ?? '[]').slice(1));
    const allowed =
      rule?.members === 'any' ||
      (rule?.members === 'own-row' && email === target && !wasActive) ||
      (rule?.members === 'roles-of-both' && (email === target || email === emailKey(step.user)) && was.has(email) && sameBesideRole) ||
      (step.function === 'offboardMember' && email === target && JSON.parse(was.get(email) ?? '[]')[0] === JSON.parse(now.get(email) ?? '[]')[0]);
    if (!allowed) breaches.push({ invariant: 6, where: `Members (${email})`, message: `changed by ${step.function}, which may not change it` });
  }
  const wasConflicts = conflictCounts(earlier.conflicts);
  const nowConflicts = conflictCounts(v.conflicts);
  for (const pair of new Set([...wasConflicts.keys(), ...nowConflicts.keys()])) {
    const [email] = pair.split('|');
    const before = wasConflicts.get(pair) ?? 0;
    const after = nowConflicts.get(pair) ?? 0;
    if (before === after) continue;
    const allowed =
      rule?.conflicts === 'any' ||
      (after > before && rule?.conflicts === 'append') ||
      (after > before && rule?.conflicts === 'append-own' && email === target) ||
      (after < before && rule?.conflicts === 'remove-named' && pair === `${target}|${caseKey(String(step.args[1] ?? ''))}`);
    if (!allowed) breaches.push({ invariant: 6, where: `Conflicts (${pair.replace('|', ', ')})`, message: `changed by ${step.function}, which may not change it` });
  }
  return breaches;
}

/**
 * True when Audit sharing lists the document: by one of its cases, by a row of `Cases` that links
 * it (a case whose cell is not a code name is filed under its first row), or by its id.
 */
function auditLister(options: CheckOptions, v: View): (document: CaseDocument) => boolean {
  let findings: readonly { caseCodeName: string; problem: string }[] | undefined;
  return ({ file, caseKeys, rows }) => {
    findings ??= options.auditFindings?.() ?? [];
    const firstRows = new Set([...caseKeys].map((key) => v.cases.find((row) => caseKey(row.caseCodeName) === key)?.row));
    return findings.some((finding) => {
      const row = /^The case in Cases row (\d+)$/.exec(finding.caseCodeName);
      return (
        caseKeys.has(caseKey(finding.caseCodeName)) ||
        caseKey(finding.caseCodeName) === caseKey(file.name) ||
        (row !== null && (firstRows.has(Number(row[1])) || rows.includes(Number(row[1])))) ||
        finding.caseCodeName.includes(file.id) ||
        finding.problem.includes(file.id)
      );
    });
  };
}

/** 7: nobody holds access beyond what onboarding and the chair's confirmations give. */
function checkAccess(workspace: WorkspaceState, v: View, options: CheckOptions): Breach[] {
  const listedByAudit = auditLister(options, v);
  const breaches: Breach[] = [];
  const active = v.members.filter((m) => m.active);
  const extra = (file: DriveFileState | undefined, allowed: readonly string[], what: string): void => {
    if (!file) return;
    for (const email of peopleWithAccess(file)) {
      if (email !== emailKey(file.owner) && !allowed.includes(email)) breaches.push({ invariant: 7, where: `${what} ${file.id}`, message: `${email} can open it but may not` });
    }
  };
  for (const document of caseDocuments(workspace, v).values()) {
    const { file, caseKeys } = document;
    const owner = emailKey(file.owner);
    const allowed = allowedOn(v, caseKeys);
    extra(file, allowed, 'case document');
    // Drive never takes a file from its owner: a member who owns a case document and then declares
    // a conflict keeps it until they hand it on, so that holds while Audit sharing lists it.
    if (!allowed.includes(owner) && v.members.some((m) => m.email === owner) && !listedByAudit(document)) {
      breaches.push({ invariant: 7, where: `case document ${file.id}`, message: `${owner} owns it but may not open it, and Audit sharing does not list it` });
    }
  }
  // Only a chair who can open the key or the folder can take someone off it: when the one who
  // offboarded a member could not, the access stays until Audit sharing, which names it, is run by
  // one who can. That holds while the audit names that person on that file, or, when no chair can
  // open the file (a new chair after Hand over the chair), while it says it could not check it and
  // to ask its owner: Drive shows who can open a file, and lets anyone change that, only to those
  // who can open it.
  let findings: readonly { caseCodeName: string; problem: string }[] | undefined;
  const auditSays = (label: string, said: (problem: string) => boolean) => (findings ??= options.auditFindings?.() ?? []).some((f) => f.caseCodeName === label && said(f.problem));
  const named = (label: string, email: string) => auditSays(label, (problem) => problem.includes(email) || /does not open for you/.test(problem));
  const keyHolders = active.filter((m) => m.identityKeyAccess).map((m) => m.email);
  for (const id of v.keyIds) {
    const key = liveFile(workspace, id);
    extra(key, [...keyHolders, ...(key ? peopleWithAccess(key).filter((email) => named('Identity key', email)) : [])], 'identity key');
  }
  const conflicted = new Set(v.conflicts.map((conflict) => conflict.email));
  if (v.folderId !== '') {
    const chairs = active.filter((m) => m.role === 'chair' && !conflicted.has(m.email)).map((m) => m.email);
    const folder = liveFile(workspace, v.folderId);
    extra(folder, [...chairs, ...(folder ? peopleWithAccess(folder).filter((email) => named('Case folder', email)) : [])], 'case folder');
  }
  extra(liveFile(workspace, workspace.activeSpreadsheetId), active.map((m) => m.email), 'tracker');
  return breaches;
}

/** Spec section 18's steps, for a `Settings` sheet without its own list. */
const DEFAULT_STEPS = [
  'Received', 'Acknowledged', 'Reporter updated', 'Reported party heard', 'Decision agreed', "Affected parties' feedback noted",
  'Reporter told the outcome', 'Board informed', 'Review date', 'Acted alone', 'Action alone reviewed', 'Closed',
];

/** Two lower-case words joined by one space, or a hyphen as older records have it (spec 2.1). */
const CASE_CODE_NAME = /^[a-z]+[ -][a-z]+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function stepKey(step: string): string {
  return step.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The `Settings` list of steps, as keys; spec 18's list when the sheet has none. */
function knownSteps(status: SpreadsheetState | undefined): Set<string> {
  const sheet = sheetOf(status, 'Settings');
  const column = sheet?.values[0]?.map(headerKey).indexOf('steps') ?? -1;
  const listed = column === -1 || !sheet ? [] : sheet.values.slice(1).map((row) => text(row[column]).trim()).filter((step) => step !== '');
  return new Set((listed.length > 0 ? listed : DEFAULT_STEPS).map(stepKey));
}

/** 8: Case Steps holds code names, known steps, dates and emails; a run records steps only as 18 allows. */
function checkCaseSteps(v: View, options: CheckOptions): Breach[] {
  const rows = rowsOf(sheetOf(v.status, 'Case Steps'));
  if (rows.length === 0) return [];
  const header = (sheetOf(v.status, 'Case Steps')?.values[0] ?? []).map(headerKey);
  const steps = knownSteps(v.status);
  const breaches: Breach[] = [];
  for (const { row, cells, raw } of rows) {
    if (Object.values(cells).every((cell) => cell === '')) continue;
    const where = `Case Steps row ${row}`;
    if (!CASE_CODE_NAME.test(cells['case code name'] ?? '')) breaches.push({ invariant: 8, where, message: 'Case Code Name is not a case code name' });
    if (!steps.has(stepKey(cells.step ?? ''))) breaches.push({ invariant: 8, where, message: 'Step is not in the Settings list of steps' });
    if (!isDateCell(raw[header.indexOf('date')])) breaches.push({ invariant: 8, where, message: 'Date is not a date' });
    if (!EMAIL.test(cells['member email'] ?? '')) breaches.push({ invariant: 8, where, message: 'Member Email is not an email' });
  }
  const { before, step } = options;
  if (!before || !step || step.kind !== 'run') return breaches;
  // Rows as they were, whole and without their case (a rename moves a step to the new name).
  const whole = new Map<string, number>();
  const caseless = new Map<string, number>();
  const take = (counts: Map<string, number>, key: string): boolean => {
    const left = counts.get(key) ?? 0;
    if (left > 0) counts.set(key, left - 1);
    return left > 0;
  };
  const withoutCase = (cells: Record<string, string>) => JSON.stringify({ ...cells, 'case code name': '' });
  for (const { cells } of rowsOf(sheetOf(before.spreadsheets[before.activeSpreadsheetId], 'Case Steps'))) {
    whole.set(JSON.stringify(cells), (whole.get(JSON.stringify(cells)) ?? 0) + 1);
    caseless.set(withoutCase(cells), (caseless.get(withoutCase(cells)) ?? 0) + 1);
  }
  const added = rows.filter(({ cells }) => {
    if (!take(whole, JSON.stringify(cells))) return true;
    take(caseless, withoutCase(cells));
    return false;
  });
  const cases = new Set(v.cases.map((caseRow) => caseKey(caseRow.caseCodeName)).filter((key) => key !== ''));
  for (const { row, cells } of added) {
    // The same step, date and member under another case code name: the case was renamed, not a step recorded.
    if (take(caseless, withoutCase(cells))) continue;
    const where = `Case Steps row ${row}`;
    const caseCodeName = cells['case code name'] ?? '';
    const email = emailKey(cells['member email'] ?? '');
    if (email !== emailKey(step.user)) breaches.push({ invariant: 8, where, message: `${step.function} run by ${step.user} recorded the step as ${email}` });
    if (!v.members.some((member) => member.email === email && member.active)) breaches.push({ invariant: 8, where, message: `${step.function} recorded a step by ${email}, who is not an active member` });
    if (!cases.has(caseKey(caseCodeName))) breaches.push({ invariant: 8, where, message: `${step.function} recorded a step for a case that is not in Cases` });
    if (hasConflict(v.conflicts, email, caseCodeName)) breaches.push({ invariant: 8, where, message: `${step.function} recorded a step by ${email}, who is conflicted on its case` });
  }
  return breaches;
}

/**
 * The runs that may give a person access to a file that already existed, each only to the person
 * its first argument names: onboarding them, Grant access after the chair confirmed them and the
 * case (or the key, or the folder), and Hand over the chair (the folder, to the new chair). Every
 * other run, Audit sharing's fix included, only ever takes away.
 */
export const GRANTING_RUNS: ReadonlySet<string> = new Set(['onboardMember', 'grantAccess', 'handOverChair']);

/** 9: no run gives anyone access to an existing file but onboarding and Grant access, each to its own person. */
function checkGrants(workspace: WorkspaceState, options: CheckOptions): Breach[] {
  const { before, step } = options;
  if (!before || !step || step.kind !== 'run') return [];
  const grantee = GRANTING_RUNS.has(step.function) && typeof step.args[0] === 'string' ? emailKey(step.args[0]) : null;
  const breaches: Breach[] = [];
  for (const file of Object.values(workspace.files)) {
    const earlier = before.files[file.id];
    // A file the run made is judged by invariants 3 and 7: whom it was made for is the rule there.
    if (!earlier || earlier.trashed) continue;
    const had = new Set(peopleWithAccess(earlier));
    for (const email of peopleWithAccess(file)) {
      if (!had.has(email) && email !== grantee) breaches.push({ invariant: 9, where: `file ${file.id}`, message: `${step.function} gave ${email} access to it, which only onboarding them, Grant access or Hand over the chair may` });
    }
  }
  return breaches;
}

/**
 * Every breach of the nine invariants in `workspace`, each named with where it is. An empty list
 * means all hold. See {@link CheckOptions} for what each needs beyond the workspace.
 */
export function checkInvariants(workspace: WorkspaceState, options: CheckOptions = {}): Breach[] {
  const v = view(workspace);
  return [
    ...checkSecrets(workspace, v, options),
    ...(options.identityKeyCurrent === false ? [] : checkKeyCounts(workspace, v)),
    ...checkDocumentSharing(workspace, v, options),
    ...checkOneDocumentPerCase(workspace, v),
    ...checkFormulas(workspace, options),
    ...checkMemberRecords(v, options),
    ...checkAccess(workspace, v, options),
    ...checkCaseSteps(v, options),
    ...checkGrants(workspace, options),
  ];
}

/** A breach as one line, for failure messages. */
export function describeBreach(breach: Breach): string {
  return `invariant ${breach.invariant} @ ${breach.where}: ${breach.message}`;
}
