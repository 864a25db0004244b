/**
 * The people a new report names, as person code names (spec sections 3 and 7): found in or added
 * to the identity key, or, for a member who cannot read the key, checked against `Cases`.
 */
import { writeColumn, appendBlock } from '../../gas/spreadsheet';
import { CaseRecord } from '../../core/caseRecord';
import { SheetCell, SheetRow } from '../../core/cells';
import { UserError } from '../../core/errors';
import { PersonCodeNamePlan, PersonReference, newIdentityKeyRow, planPersonCodeNames } from '../../core/identityKey';
import { personCodeNameKey } from '../../core/codeNames';
import { neutraliseText } from '../../core/neutralise';
import { IDENTITY_KEY_COLUMNS, findColumns } from '../../core/schema';
import { OpenedIdentityKey } from './open';
import { EXPUNGED_PERSON_MESSAGE, expungedPersonKeys } from '../../core/retention/expungedPeople';

/**
 * Refuses code names that are not in use, one message per field. The message never repeats what
 * was typed: a real name typed into the code name box must not come back in an error.
 */
function checkCodeNames(people: readonly PersonReference[], known: ReadonlySet<string>, where: string): void {
  const fields: Record<string, string> = {};
  people.forEach((person, index) => {
    if (!('personCodeName' in person)) return;
    const key = personCodeNameKey(person.personCodeName);
    if (key !== '' && !known.has(key)) {
      fields[`people.${index}.personCodeName`] = `No person has this code name in ${where}. Choose one from the list, or check the spelling.`;
    }
  });
  if (Object.keys(fields).length > 0) throw new UserError('unknown-person-code-name', 'Please correct the highlighted fields.', fields);
}

/** Refuses code names of people a retention review expunged: a new report about them starts afresh. */
function refuseExpunged(people: readonly PersonReference[], expunged: ReadonlySet<string>): void {
  const fields: Record<string, string> = {};
  people.forEach((person, index) => {
    if ('personCodeName' in person && expunged.has(personCodeNameKey(person.personCodeName))) fields[`people.${index}.personCodeName`] = EXPUNGED_PERSON_MESSAGE;
  });
  if (Object.keys(fields).length > 0) throw new UserError('unknown-person-code-name', 'Please correct the highlighted fields.', fields);
}

/** Code names only, for a member who cannot read the key: each in the spelling `Cases` uses. */
function planFromCases(people: readonly PersonReference[], records: readonly CaseRecord[]): PersonCodeNamePlan {
  refuseExpunged(people, expungedPersonKeys(records));
  const known = new Map<string, string>();
  for (const record of records) {
    const key = personCodeNameKey(record.personCodeName);
    if (key !== '' && !known.has(key)) known.set(key, record.personCodeName);
  }
  checkCodeNames(people, new Set(known.keys()), 'Cases');
  const plan: PersonCodeNamePlan = { personCodeNames: [], newEntries: [], filledEntries: [] };
  for (const person of people) {
    if (!('personCodeName' in person)) throw new Error('planFromCases: a real name needs the identity key');
    const found = known.get(personCodeNameKey(person.personCodeName));
    if (found !== undefined && !plan.personCodeNames.includes(found)) plan.personCodeNames.push(found);
  }
  return plan;
}

/**
 * Finds or makes each person's code name: in the key when it is open, else from `Cases` (code
 * names only, checked against the ones `Cases` already uses). Nothing is written here.
 *
 * @param generate a new person code name not among `taken`.
 * @throws UserError 'unknown-person-code-name' with a message per unknown code name, and
 * 'ambiguous-person' when a real name matches several people in the key.
 */
export function planReportPeople(
  people: readonly PersonReference[],
  key: OpenedIdentityKey | null,
  records: readonly CaseRecord[],
  generate: (taken: readonly string[]) => string,
): PersonCodeNamePlan {
  if (key === null) return planFromCases(people, records);
  checkCodeNames(people, new Set(key.table.entries.map((entry) => personCodeNameKey(entry.personCodeName))), 'the identity key');
  return planPersonCodeNames(key.table.entries, people, generate);
}

function neutraliseRow(row: readonly SheetCell[]): SheetCell[] {
  return row.map((cell) => (typeof cell === 'string' ? neutraliseText(cell) : cell));
}

/**
 * Writes the plan's new people into the key: new rows appended in one write (Report Count 0 until
 * the refresh that follows), and code names filled into rows that had none in one write over the
 * Person Code Name column. Real names are written as text, exactly as typed.
 *
 * @returns the key's values as they now stand, for the refresh.
 */
export function writeNewPeople(key: OpenedIdentityKey, plan: PersonCodeNamePlan): SheetRow[] {
  const header = key.values[0] ?? [];
  const values = key.values.map((row) => [...row]);
  const codeNameColumn = findColumns(header, IDENTITY_KEY_COLUMNS).found.personCodeName;
  if (plan.filledEntries.length > 0 && codeNameColumn !== undefined) {
    for (const { rowIndex, personCodeName } of plan.filledEntries) values[rowIndex][codeNameColumn] = personCodeName;
    const rows = plan.filledEntries.map((entry) => entry.rowIndex);
    const first = Math.min(...rows);
    const last = Math.max(...rows);
    const cells = values.slice(first, last + 1).map((row) => row[codeNameColumn] ?? '');
    writeColumn(key.sheet, first + 1, codeNameColumn + 1, neutraliseRow(cells));
  }
  if (plan.newEntries.length > 0) {
    const rows = plan.newEntries.map((entry) => newIdentityKeyRow(header, entry));
    appendBlock(key.sheet, rows.map(neutraliseRow), key.values.length);
    values.push(...rows);
  }
  return values;
}
