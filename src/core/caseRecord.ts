import { CASES_COLUMNS, CasesColumnKey, findColumns, ColumnIndex } from './schema';
import { SheetCell, SheetRow, cellText, isCalendarDate } from './cells';

/**
 * One row of `Cases`, read by header. Text fields are trimmed cell text ('' when blank); date
 * fields are the ISO day when the cell holds a real date, and `raw` keeps the cells for validation.
 */
export interface CaseRecord {
  /** 0-based index of the row in the sheet (row 1, the header, is index 0). */
  rowIndex: number;
  dateOfReport: string | null;
  caseCodeName: string;
  personCodeName: string;
  status: string;
  resolutionSource: string;
  resolutionDate: string | null;
  safetyRisk: string;
  ongoingHarassment: string;
  consequences: string;
  documents: string;
  raw: Partial<Record<CasesColumnKey, SheetCell>>;
}

export interface CasesTable {
  columns: Partial<ColumnIndex<CasesColumnKey>>;
  missing: string[];
  records: CaseRecord[];
}

function isoOrNull(value: SheetCell | undefined): string | null {
  return isCalendarDate(value) ? value.iso : null;
}

/**
 * Reads the `Cases` values (header row first). Rows that are blank in every schema column are
 * skipped, so blank rows in the middle of a tracker are not records.
 */
export function readCasesTable(values: readonly SheetRow[]): CasesTable {
  const [header = [], ...body] = values;
  const { found, missing } = findColumns(header, CASES_COLUMNS);
  const keys = Object.keys(found) as CasesColumnKey[];
  const records: CaseRecord[] = [];
  body.forEach((row, offset) => {
    const raw: Partial<Record<CasesColumnKey, SheetCell>> = {};
    for (const key of keys) raw[key] = row[found[key] as number] ?? '';
    if (keys.every((key) => cellText(raw[key]) === '')) return;
    records.push({
      rowIndex: offset + 1,
      dateOfReport: isoOrNull(raw.dateOfReport),
      caseCodeName: cellText(raw.caseCodeName),
      personCodeName: cellText(raw.personCodeName),
      status: cellText(raw.status),
      resolutionSource: cellText(raw.resolutionSource),
      resolutionDate: isoOrNull(raw.resolutionDate),
      safetyRisk: cellText(raw.safetyRisk),
      ongoingHarassment: cellText(raw.ongoingHarassment),
      consequences: cellText(raw.consequences),
      documents: cellText(raw.documents),
      raw,
    });
  });
  return { columns: found, missing, records };
}
