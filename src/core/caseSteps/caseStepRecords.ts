/**
 * The `Case Steps` sheet (spec sections 2.2 and 18): Case Code Name, Step, Date, Member Email, and
 * never free text. Read by header like every owned sheet.
 */
import { SheetCell, SheetRow, cellText, isCalendarDate } from '../cells';
import { normaliseEmail } from '../members';
import { findColumns } from '../schema';
import { caseCodeNameKey } from '../codeNames';
import { compareIsoDays } from '../dates';
import { KnownCaseStep, caseStepKey, isStep } from './steps';

export { CASE_STEPS_SHEET } from '../schema';

export const CASE_STEPS_COLUMNS = {
  caseCodeName: 'Case Code Name',
  step: 'Step',
  date: 'Date',
  memberEmail: 'Member Email',
} as const;

export type CaseStepsColumnKey = keyof typeof CASE_STEPS_COLUMNS;

export const CASE_STEPS_HEADERS: readonly string[] = Object.values(CASE_STEPS_COLUMNS);

export interface CaseStepRecord {
  /** 0-based index of the row in the sheet (the header is index 0). */
  rowIndex: number;
  /** Trimmed, as written. */
  caseCodeName: string;
  /** Trimmed, as written. */
  step: string;
  /** The ISO day when the cell holds a real date, else null. */
  date: string | null;
  /** Trimmed and lower-cased. */
  memberEmail: string;
  raw: Partial<Record<CaseStepsColumnKey, SheetCell>>;
}

export interface CaseStepsTable {
  columns: Partial<Record<CaseStepsColumnKey, number>>;
  missing: string[];
  steps: CaseStepRecord[];
}

/** Reads `Case Steps` values (header row first); rows blank in every column are not steps. */
export function readCaseSteps(values: readonly SheetRow[]): CaseStepsTable {
  const [header = [], ...body] = values;
  const { found, missing } = findColumns(header, CASE_STEPS_COLUMNS);
  const steps: CaseStepRecord[] = [];
  body.forEach((row, offset) => {
    const raw: Partial<Record<CaseStepsColumnKey, SheetCell>> = {};
    for (const key of Object.keys(CASE_STEPS_COLUMNS) as CaseStepsColumnKey[]) {
      const index = found[key];
      if (index !== undefined && row[index] !== undefined) raw[key] = row[index];
    }
    if (Object.values(raw).every((value) => cellText(value) === '')) return;
    steps.push({
      rowIndex: offset + 1,
      caseCodeName: cellText(raw.caseCodeName),
      step: cellText(raw.step),
      date: isCalendarDate(raw.date) ? raw.date.iso : null,
      memberEmail: normaliseEmail(cellText(raw.memberEmail)),
      raw,
    });
  });
  return { columns: found, missing, steps };
}

/**
 * The earliest dated record of `step` for the case `caseCodeName`, in any capitalisation or
 * spacing, if any: what a once-per-case step answers when it is recorded again.
 */
export function firstRecordOf(steps: readonly CaseStepRecord[], caseCodeName: string, step: string): CaseStepRecord | undefined {
  const caseKey = caseCodeNameKey(caseCodeName);
  return steps
    .filter((record) => record.date !== null && caseCodeNameKey(record.caseCodeName) === caseKey && caseStepKey(record.step) === caseStepKey(step))
    .sort((a, b) => compareIsoDays(a.date as string, b.date as string))[0];
}

/** The dated days of the steps that are one of `known`, earliest first. */
export function datesOfSteps(steps: readonly CaseStepRecord[], ...known: KnownCaseStep[]): string[] {
  return steps
    .filter((step) => step.date !== null && known.some((name) => isStep(step.step, name)))
    .map((step) => step.date as string)
    .sort(compareIsoDays);
}
