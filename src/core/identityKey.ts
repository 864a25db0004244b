/**
 * The identity key (spec section 3): the one place a real name may live. This module reads it,
 * looks people up, plans the code names a new report needs, and computes the columns the add-on
 * owns (Report Count, Highest Consequence) from `Cases`, the one source of truth.
 *
 * No error raised here ever contains a real name or alias; person code names are not secret.
 */
import { IDENTITY_KEY_COLUMNS, IDENTITY_KEY_EXPUNGED_ON, findColumns } from './schema';
import { SheetCell, SheetRow, cellText } from './cells';
import { CaseRecord } from './caseRecord';
import { caseCodeNameKey, personCodeNameKey } from './codeNames';
import { UserError } from './errors';
import { isYes } from './members';
import { mostSevere } from './severity';
import { EXPUNGED_PERSON_MESSAGE } from './retention/expungedPeople';

export interface IdentityEntry {
  /** 0-based index of the row in the sheet (the header is index 0). */
  rowIndex: number;
  realName: string;
  /** Split on ';', trimmed, blanks dropped. */
  aliases: string[];
  personCodeName: string;
  reportCount: number;
  highestConsequence: string;
  flagged: boolean;
  /**
   * The day a retention review removed this person's names (`Expunged On`, ISO when a date), or
   * '' (or absent) for a living entry. Such a tombstone keeps the code name and matches no name.
   */
  expungedOn?: string;
}

/** Whether an entry is a tombstone: its names were expunged, only the code name stays. */
export function isTombstone(entry: Pick<IdentityEntry, 'expungedOn'>): boolean {
  return (entry.expungedOn ?? '') !== '';
}

export interface IdentityKeyTable {
  entries: IdentityEntry[];
  /** Header texts of the columns that were not found. */
  missing: string[];
}

/** A person to add to the identity key: the rest of the row is computed or set by the group. */
export interface NewIdentityEntry {
  realName: string;
  personCodeName: string;
}

export type PersonReference = { realName: string } | { personCodeName: string };

export interface PersonCodeNamePlan {
  /** The report's people as code names, in the order given, each once. */
  personCodeNames: string[];
  /** Real names not yet in the key, with their new code names, to append in this order. */
  newEntries: NewIdentityEntry[];
  /** Existing rows (by 0-based row index) that name the person but had no code name yet. */
  filledEntries: { rowIndex: number; personCodeName: string }[];
}

export interface IdentityColumns {
  /** Per entry, in order: distinct cases in `Cases` naming its person code name. */
  reportCount: number[];
  /** Per entry, in order: the most severe Consequences value on its rows, '' when none. */
  highestConsequence: string[];
  /** Consequences values the ladder does not hold, which were left out of the ranking. */
  unknownConsequences: { personCodeName: string; value: string }[];
}

// Default-ignorable characters (zero-width spaces and joiners, soft hyphen, BOM) are invisible,
// so a pasted name that carries one must still match.
const INVISIBLE_CHARACTERS = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/**
 * How names are compared: Unicode NFKC, case-folded (lower case plus the full folds 'ß' -> 'ss'
 * and final sigma), invisible characters removed, trimmed, white space collapsed.
 *
 * @example normaliseName('  ＦＩＣＴＩＯＮＡＬ\u00A0Straße ') // 'fictional strasse'
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .normalize('NFKC')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitAliases(text: string): string[] {
  return text
    .split(';')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
}

function readCount(value: SheetCell | undefined): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const parsed = Number(cellText(value));
  return cellText(value) !== '' && Number.isFinite(parsed) ? parsed : 0;
}

/** Reads the `Identity Key` values (header row first) by header. Blank rows are skipped. */
export function readIdentityKey(values: readonly SheetRow[]): IdentityKeyTable {
  const [header = [], ...body] = values;
  const { found, missing } = findColumns(header, IDENTITY_KEY_COLUMNS);
  const expungedOnColumn = findColumns(header, { expungedOn: IDENTITY_KEY_EXPUNGED_ON }).found.expungedOn;
  const cell = (row: SheetRow, index: number | undefined): SheetCell | undefined =>
    index === undefined ? undefined : row[index];
  const entries: IdentityEntry[] = [];
  body.forEach((row, offset) => {
    const entry: IdentityEntry = {
      rowIndex: offset + 1,
      realName: cellText(cell(row, found.realName)),
      aliases: splitAliases(cellText(cell(row, found.aliases))),
      personCodeName: cellText(cell(row, found.personCodeName)),
      reportCount: readCount(cell(row, found.reportCount)),
      highestConsequence: cellText(cell(row, found.highestConsequence)),
      flagged: isYes(cell(row, found.flagged)),
      expungedOn: cellText(cell(row, expungedOnColumn)),
    };
    if (entry.realName === '' && entry.aliases.length === 0 && entry.personCodeName === '') return;
    entries.push(entry);
  });
  return { entries, missing };
}

/** The `Identity Key` header row of a new key: the schema's order, then Expunged On. */
export function identityKeyHeaderRow(): string[] {
  return [...Object.values(IDENTITY_KEY_COLUMNS), IDENTITY_KEY_EXPUNGED_ON];
}

/**
 * A row for a new person, laid out by the key's own header row so reordered or extra columns are
 * respected. Report Count and Highest Consequence are left for the refresh that follows.
 * The real name is returned as typed: the adapter neutralises it on the way into the cell.
 */
export function newIdentityKeyRow(headerRow: readonly SheetCell[], entry: NewIdentityEntry): SheetCell[] {
  const { found } = findColumns(headerRow, IDENTITY_KEY_COLUMNS);
  const row: SheetCell[] = headerRow.map(() => '');
  if (found.realName !== undefined) row[found.realName] = entry.realName;
  if (found.personCodeName !== undefined) row[found.personCodeName] = entry.personCodeName;
  if (found.reportCount !== undefined) row[found.reportCount] = 0;
  if (found.flagged !== undefined) row[found.flagged] = 'No';
  return row;
}

/**
 * The entry whose Real Name or an Alias matches `name` after {@link normaliseName}.
 *
 * @throws UserError 'ambiguous-person' when the name matches entries with different code names:
 * guessing would file the report against the wrong person. The message names only code names.
 */
export function findPerson(entries: readonly IdentityEntry[], name: string): IdentityEntry | null {
  const wanted = normaliseName(name);
  if (wanted === '') return null;
  // A tombstone never matches, even if a name was typed back into it: a later report starts afresh.
  const matches = entries.filter(
    (entry) => !isTombstone(entry) && [entry.realName, ...entry.aliases].some((known) => normaliseName(known) === wanted),
  );
  const people = distinctBy(
    matches.map((entry) => entry.personCodeName),
    personCodeNameKey,
  );
  if (people.length > 1) {
    const codeNames = people.filter((codeName) => codeName !== '');
    const withoutCodeName = codeNames.length < people.length ? ' and a row without a person code name' : '';
    throw new UserError(
      'ambiguous-person',
      `A name you entered matches more than one person in the identity key (${codeNames.join(', ')}${withoutCodeName}). Choose the person code name instead, or ask a member with Identity Key Access to correct the key.`,
    );
  }
  return matches[0] ?? null;
}

const UNKNOWN_CODE_NAME = 'No person has this code name in the identity key. Choose one from the list, or check the spelling.';


/**
 * Finds or creates the person code name of each person a report names.
 *
 * A real name already in the key (as Real Name or Alias) gets its code name; a new one gets a
 * fresh code name from `generate` and a new entry, and the same new name given twice gets one.
 * A known person whose row has no code name yet gets one written into that row. A code name must
 * already be in the key. The result lists each person once, so two references to the same person
 * never make two rows of one case.
 *
 * @param generate returns a new person code name not among `taken` (the key's code names and the
 * ones planned so far); the caller adds the other names it must avoid (`Cases`, documents).
 * @throws UserError 'unknown-person-code-name' with a message per code name the key does not hold
 * (field `people.N.personCodeName`), never repeating it: it may be a real name typed into the
 * wrong box. Also 'ambiguous-person' from {@link findPerson}.
 */
export function planPersonCodeNames(
  entries: readonly IdentityEntry[],
  people: readonly PersonReference[],
  generate: (taken: readonly string[]) => string,
): PersonCodeNamePlan {
  const taken = entries.map((entry) => entry.personCodeName).filter((codeName) => codeName !== '');
  const plan: PersonCodeNamePlan = { personCodeNames: [], newEntries: [], filledEntries: [] };
  const plannedByName = new Map<string, string>();
  const plannedByRow = new Map<number, string>();
  const unknown: Record<string, string> = {};

  const fresh = (): string => {
    const codeName = generate([...taken]);
    const key = personCodeNameKey(codeName);
    if (key === '' || taken.some((used) => personCodeNameKey(used) === key)) {
      throw new Error('planPersonCodeNames: generate returned a blank or taken person code name');
    }
    taken.push(codeName);
    return codeName;
  };

  people.forEach((person, index) => {
    if ('realName' in person) {
      const nameKey = normaliseName(person.realName);
      if (nameKey === '') return;
      const existing = findPerson(entries, person.realName);
      if (existing === null) {
        let codeName = plannedByName.get(nameKey);
        if (codeName === undefined) {
          codeName = fresh();
          plannedByName.set(nameKey, codeName);
          plan.newEntries.push({ realName: person.realName.trim(), personCodeName: codeName });
        }
        plan.personCodeNames.push(codeName);
      } else if (existing.personCodeName === '') {
        let codeName = plannedByRow.get(existing.rowIndex);
        if (codeName === undefined) {
          codeName = fresh();
          plannedByRow.set(existing.rowIndex, codeName);
          plan.filledEntries.push({ rowIndex: existing.rowIndex, personCodeName: codeName });
        }
        plan.personCodeNames.push(codeName);
      } else {
        plan.personCodeNames.push(existing.personCodeName);
      }
    } else {
      const key = personCodeNameKey(person.personCodeName);
      if (key === '') return;
      const existing = entries.find((entry) => personCodeNameKey(entry.personCodeName) === key);
      if (existing === undefined) unknown[`people.${index}.personCodeName`] = UNKNOWN_CODE_NAME;
      else if (isTombstone(existing)) unknown[`people.${index}.personCodeName`] = EXPUNGED_PERSON_MESSAGE;
      else plan.personCodeNames.push(existing.personCodeName);
    }
  });

  if (Object.keys(unknown).length > 0) {
    throw new UserError('unknown-person-code-name', 'Please correct the highlighted fields.', unknown);
  }
  plan.personCodeNames = distinctBy(plan.personCodeNames, personCodeNameKey);
  return plan;
}

/**
 * Report Count and Highest Consequence for each entry, from `Cases`. A person no longer named on
 * any row keeps their entry with 0 and ''. Values outside the ladder are reported, not ranked.
 *
 * @param ladder the Consequences list from `Settings`, least severe first.
 */
export function computeIdentityColumns(
  entries: readonly IdentityEntry[],
  caseRecords: readonly CaseRecord[],
  ladder: readonly string[],
): IdentityColumns {
  const rowsByPerson = new Map<string, CaseRecord[]>();
  for (const record of caseRecords) {
    const key = personCodeNameKey(record.personCodeName);
    if (key === '') continue;
    const rows = rowsByPerson.get(key) ?? [];
    rows.push(record);
    rowsByPerson.set(key, rows);
  }

  const result: IdentityColumns = { reportCount: [], highestConsequence: [], unknownConsequences: [] };
  for (const entry of entries) {
    const key = personCodeNameKey(entry.personCodeName);
    const rows = key === '' ? [] : (rowsByPerson.get(key) ?? []);
    const cases = new Set(rows.map((row) => caseCodeNameKey(row.caseCodeName)).filter((caseKey) => caseKey !== ''));
    const consequences = rows.map((row) => row.consequences).filter((value) => value !== '');
    const { value, unknown } = mostSevere(consequences, ladder);
    result.reportCount.push(cases.size);
    result.highestConsequence.push(value ?? '');
    for (const unknownValue of unknown) {
      result.unknownConsequences.push({ personCodeName: entry.personCodeName, value: unknownValue });
    }
  }
  return result;
}

/**
 * Every real name and alias in the key, each once, for the scans that make sure no real name
 * appears anywhere else. Compare with {@link normaliseName} on both sides.
 */
export function collectNamesToFind(entries: readonly IdentityEntry[]): string[] {
  const names = entries.flatMap((entry) => [entry.realName, ...entry.aliases]).filter((name) => normaliseName(name) !== '');
  return distinctBy(names, normaliseName);
}

function distinctBy(values: readonly string[], key: (value: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
