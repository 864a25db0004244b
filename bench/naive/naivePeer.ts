/**
 * The naive peer of spec section 10's benchmarks: validate, refresh and export written the way
 * hand-made tracker scripts usually are, a `getValue` per cell read and a `setValue` or
 * `setBackground` per cell written, with columns found by reading header cells one by one. It runs
 * in the emulator on the same trackers as the add-on, so the two can be compared call for call.
 *
 * It is a yardstick, not a product: it checks a few rules of spec section 5, counts a few columns
 * of spec section 8 and the identity key's Report Count, and returns what it found so the
 * benchmark can check it did the work.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HIGHLIGHT = '#f4cccc';

/** The 1-based column of each header in row 1, read one cell at a time. */
function headerColumns(sheet: Sheet): Record<string, number> {
  const columns: Record<string, number> = {};
  for (let column = 1; column <= sheet.getLastColumn(); column++) {
    columns[String(sheet.getRange(1, column).getValue())] = column;
  }
  return columns;
}

/** A vocabulary list of Settings, read down its column one cell at a time. */
function settingsList(settings: Sheet, header: string): string[] {
  const column = headerColumns(settings)[header];
  const values: string[] = [];
  for (let row = 2; row <= settings.getLastRow(); row++) {
    const value = String(settings.getRange(row, column).getValue());
    if (value !== '') values.push(value);
  }
  return values;
}

/** A scalar setting's value, found by reading the Setting column one cell at a time. */
function settingValue(settings: Sheet, label: string): string {
  const columns = headerColumns(settings);
  for (let row = 2; row <= settings.getLastRow(); row++) {
    if (settings.getRange(row, columns.Setting).getValue() === label) return String(settings.getRange(row, columns.Value).getValue());
  }
  return '';
}

function casesAndSettings(): { cases: Sheet; settings: Sheet } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const cases = spreadsheet.getSheetByName('Cases');
  const settings = spreadsheet.getSheetByName('Settings');
  if (!cases || !settings) throw new Error('Run Set up first.');
  return { cases, settings };
}

/** Checks Status, the resolution fields and the dates row by row, colouring each checked cell. */
export function naiveValidateRecords(): number {
  const { cases, settings } = casesAndSettings();
  const statuses = settingsList(settings, 'Status');
  const columns = headerColumns(cases);
  let problems = 0;
  for (let row = 2; row <= cases.getLastRow(); row++) {
    const reported = cases.getRange(row, columns['Date of Report']).getValue();
    const status = cases.getRange(row, columns.Status).getValue();
    const source = cases.getRange(row, columns['Resolution Source']).getValue();
    const resolved = cases.getRange(row, columns['Resolution Date']).getValue();
    const consequences = cases.getRange(row, columns.Consequences).getValue();
    const checks: [string, boolean][] = [
      ['Date of Report', !(reported instanceof Date)],
      ['Status', statuses.indexOf(String(status)) === -1],
      ['Resolution Source', status === 'Resolved' && source === ''],
      ['Resolution Date', status === 'Resolved' && !(resolved instanceof Date && resolved >= reported)],
      ['Consequences', status === 'Resolved' && consequences === ''],
    ];
    for (const [header, broken] of checks) {
      if (broken) problems++;
      cases.getRange(row, columns[header]).setBackground(broken ? HIGHLIGHT : null);
    }
  }
  return problems;
}

/** Counts each person's rows in Cases and writes every count into the key, one cell at a time. */
export function naiveRefreshIdentityKey(): number {
  const { cases, settings } = casesAndSettings();
  const key = SpreadsheetApp.openById(settingValue(settings, 'Identity Key Spreadsheet ID')).getSheetByName('Identity Key');
  if (!key) throw new Error('No identity key.');
  const caseColumns = headerColumns(cases);
  const counts: Record<string, number> = {};
  for (let row = 2; row <= cases.getLastRow(); row++) {
    const person = String(cases.getRange(row, caseColumns['Person Code Name']).getValue());
    if (person !== '') counts[person] = (counts[person] ?? 0) + 1;
  }
  const keyColumns = headerColumns(key);
  let people = 0;
  for (let row = 2; row <= key.getLastRow(); row++) {
    const person = String(key.getRange(row, keyColumns['Person Code Name']).getValue());
    key.getRange(row, keyColumns['Report Count']).setValue(counts[person] ?? 0);
    people++;
  }
  return people;
}

/** Reports, people named and actions per year, read row by row and written cell by cell. */
export function naiveExportStatistics(): number {
  const { cases } = casesAndSettings();
  const columns = headerColumns(cases);
  const years: Record<string, { reports: Set<string>; people: Set<string>; actions: Set<string> }> = {};
  for (let row = 2; row <= cases.getLastRow(); row++) {
    const reported = cases.getRange(row, columns['Date of Report']).getValue();
    if (!(reported instanceof Date)) continue;
    const year = String(reported.getFullYear());
    const caseName = String(cases.getRange(row, columns['Case Code Name']).getValue());
    const person = String(cases.getRange(row, columns['Person Code Name']).getValue());
    const consequences = String(cases.getRange(row, columns.Consequences).getValue());
    const entry = (years[year] ??= { reports: new Set(), people: new Set(), actions: new Set() });
    entry.reports.add(caseName);
    if (person !== '') entry.people.add(person);
    if (consequences !== '' && consequences !== 'None') entry.actions.add(caseName);
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const stats = spreadsheet.getSheetByName('Naive Stats') ?? spreadsheet.insertSheet('Naive Stats');
  const header = ['Year', 'Reports', 'People Named', 'Actions'];
  header.forEach((title, i) => stats.getRange(1, i + 1).setValue(title));
  const sorted = Object.keys(years).sort().reverse();
  sorted.forEach((year, i) => {
    const entry = years[year];
    [year, entry.reports.size, entry.people.size, entry.actions.size].forEach((value, j) => stats.getRange(i + 2, j + 1).setValue(value));
  });
  return sorted.length;
}
