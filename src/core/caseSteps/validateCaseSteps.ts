/**
 * Validate records' rules for `Case Steps` (spec section 18, issue 19): every row names a case in
 * `Cases`, a step from the `Settings` list, a real date neither in the future nor before the case's
 * Date of Report (a Review date, which names a day to come, may be in the future), and a member on
 * `Members`. A message names the cell, never what it holds: a
 * member may have typed anything there.
 */
import { a1, cellText } from '../cells';
import { CaseRecord } from '../caseRecord';
import { caseCodeNameKey, looksLikeCaseCodeName } from '../codeNames';
import { compareIsoDays } from '../dates';
import { normaliseEmail } from '../members';
import type { Problem } from '../validation';
import { CASE_STEPS_SHEET, CaseStepsColumnKey, CaseStepsTable } from './caseStepRecords';
import { CASE_STEP, caseStepKey, isStep } from './steps';

export interface ValidateCaseStepsInput {
  table: CaseStepsTable;
  /** The `Settings` list of steps. */
  knownSteps: readonly string[];
  cases: readonly CaseRecord[];
  /** Every email on `Members`, active or not: a former member's steps stay true. */
  memberEmails: readonly string[];
  today: string;
}

function earliestReportByCase(cases: readonly CaseRecord[]): Map<string, string | null> {
  const earliest = new Map<string, string | null>();
  for (const row of cases) {
    if (!looksLikeCaseCodeName(row.caseCodeName)) continue;
    const key = caseCodeNameKey(row.caseCodeName);
    const known = earliest.get(key);
    if (known === undefined || (row.dateOfReport !== null && (known === null || compareIsoDays(row.dateOfReport, known) < 0))) {
      earliest.set(key, row.dateOfReport);
    }
  }
  return earliest;
}

export function validateCaseSteps(input: ValidateCaseStepsInput): Problem[] {
  const { table } = input;
  const problems: Problem[] = [];
  const steps = new Set(input.knownSteps.map(caseStepKey));
  const members = new Set(input.memberEmails.map(normaliseEmail));
  const reports = earliestReportByCase(input.cases);
  const report = (rowIndex: number, column: CaseStepsColumnKey, rule: string, message: string) => {
    const columnIndex = table.columns[column];
    if (columnIndex === undefined) return;
    const cell = a1(rowIndex, columnIndex, CASE_STEPS_SHEET);
    problems.push({ cell, rule, message: `${cell}: ${message}`, at: { sheet: CASE_STEPS_SHEET, rowIndex, columnIndex } });
  };
  for (const row of table.steps) {
    const caseKey = caseCodeNameKey(row.caseCodeName);
    if (!looksLikeCaseCodeName(row.caseCodeName) || !reports.has(caseKey)) {
      report(row.rowIndex, 'caseCodeName', 'case-step-unknown-case', 'names no case in Cases.');
    }
    if (!steps.has(caseStepKey(row.step))) {
      report(row.rowIndex, 'step', 'case-step-unknown-step', 'is not a step in the Settings list of steps.');
    }
    if (row.date === null) {
      report(row.rowIndex, 'date', 'case-step-date-required', cellText(row.raw.date) === '' ? 'a step needs its date.' : 'is not a date.');
    } else if (compareIsoDays(row.date, input.today) > 0 && !isStep(row.step, CASE_STEP.reviewDate)) {
      report(row.rowIndex, 'date', 'case-step-date-future', 'is in the future.');
    } else {
      const reported = reports.get(caseKey);
      if (reported && compareIsoDays(row.date, reported) < 0) {
        report(row.rowIndex, 'date', 'case-step-date-before-report', "is before the case's Date of Report.");
      }
    }
    if (!members.has(row.memberEmail)) {
      report(row.rowIndex, 'memberEmail', 'case-step-unknown-member', 'names nobody on Members.');
    }
  }
  return problems;
}
