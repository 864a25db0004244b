/**
 * Record a step (spec section 18): one row in `Case Steps` and one audit line for a case the member
 * has no conflict on. Every refusal is one sentence and writes nothing.
 */
import { ActionContext } from '../gas/context';
import { appendBlock, appendRow, headerRow, readSheet } from '../gas/spreadsheet';
import { SheetCell, calendarDate } from '../core/cells';
import { caseCodeNameKey, looksLikeCaseCodeName } from '../core/codeNames';
import { compareIsoDays, isIsoDay } from '../core/dates';
import { UserError } from '../core/errors';
import { hasConflict } from '../core/conflicts';
import { Member } from '../core/members';
import { findColumns, CASES_SHEET } from '../core/schema';
import {
  CASE_STEP, CASE_STEPS_COLUMNS, CASE_STEPS_SHEET, CaseStepsColumnKey, caseStepKey, firstRecordOf, isOncePerCase, isStep, needsAttention, readCaseSteps,
  suspensionMonthsOf,
} from '../core/caseSteps';
import { readRetentionTable } from '../core/retention/retentionTable';
import type { NeedsAttentionResult, RecordCaseStepRequest, RecordCaseStepResult, RecordStepOptions, SelectCaseResult } from '../core/apiTypes';
import { appendAuditLogAfter } from './audit';
import { notSetUp, readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';
import { rowsOfSelectedCase } from './selectedCase';

function refuse(reason: string, message: string): never {
  throw new UserError(reason, message);
}

/**
 * A field of the request as the text a page sends; anything else (a number, an object, even one
 * whose toString is not a function) reads as '' and is refused as a blank would be.
 */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export interface NewCaseStep {
  caseCodeName: string;
  step: string;
  /** `YYYY-MM-DD`. */
  date: string;
  memberEmail: string;
}

/** Appends steps to `Case Steps` by header in one write: the header row, then one appendRow for one step or one block for several. */
export function appendCaseSteps(context: ActionContext, steps: readonly NewCaseStep[]): void {
  const sheet = context.spreadsheet.getSheetByName(CASE_STEPS_SHEET);
  if (!sheet) throw notSetUp(CASE_STEPS_SHEET);
  const header = headerRow(sheet, context.timeZone);
  const { found, missing } = findColumns(header, CASE_STEPS_COLUMNS);
  if (missing.length > 0) {
    refuse('missing-columns', `The ${CASE_STEPS_SHEET} sheet has no ${missing.join(', ')} column. Ask the chair to run Django CoC › Set up or repair, then try again.`);
  }
  const rows = steps.map((entry) => {
    const cells: Record<CaseStepsColumnKey, SheetCell> = { caseCodeName: entry.caseCodeName, step: entry.step, date: calendarDate(entry.date), memberEmail: entry.memberEmail };
    const row: SheetCell[] = Array<SheetCell>(header.length).fill('');
    for (const key of Object.keys(cells) as CaseStepsColumnKey[]) row[found[key] as number] = cells[key];
    return row;
  });
  if (rows.length === 1) appendRow(sheet, rows[0]);
  else appendBlock(sheet, rows);
}

function refuseConflicted(context: ActionContext, member: Member, caseCodeName: string): void {
  if (hasConflict(readConflictsSheet(context).conflicts, member.email, caseCodeName)) {
    refuse('conflict-of-interest', 'You have declared a conflict of interest on this case, so you cannot record its steps.');
  }
}

/**
 * The Record a step dialog's case and choices: the active row's case, refused (without its code
 * name) when the member is conflicted on it, as recording would be.
 */
export function recordStepOptions(context: ActionContext, member: Member): RecordStepOptions {
  const { table } = readCasesSheet(context);
  const caseCodeName = caseCodeNameKey(rowsOfSelectedCase(context, table.records, undefined, 'step')[0].caseCodeName);
  refuseConflicted(context, member, caseCodeName);
  return { caseCodeName, steps: readSettingsSheet(context).settings.caseSteps, today: context.today };
}

/**
 * Appends the step under the document lock (the caller holds it). The date defaults to today; only
 * a Review date may be in the future, and no step may come before the case's Date of Report. A step
 * a case takes once that is already on record writes nothing and answers the day on record.
 */
export function recordCaseStep(context: ActionContext, member: Member, request: RecordCaseStepRequest): RecordCaseStepResult {
  const { table } = readCasesSheet(context);
  const rows = rowsOfSelectedCase(context, table.records, request.caseCodeName, 'step');
  const caseCodeName = caseCodeNameKey(rows[0].caseCodeName);
  refuseConflicted(context, member, caseCodeName);
  const { settings } = readSettingsSheet(context);
  const step = settings.caseSteps.find((known) => caseStepKey(known) === caseStepKey(textOf(request.step)));
  if (step === undefined) refuse('unknown-step', 'That step is not in the Settings list of steps, so nothing was recorded.');
  const date = request.date === undefined || request.date === '' ? context.today : textOf(request.date);
  if (!isIsoDay(date)) refuse('bad-date', 'The date must be a real day written as YYYY-MM-DD, so nothing was recorded.');
  if (compareIsoDays(date, context.today) > 0 && !isStep(step, CASE_STEP.reviewDate)) {
    refuse('future-date', 'Only a Review date may be in the future, so nothing was recorded.');
  }
  const reported = rows.map((row) => row.dateOfReport).filter((day): day is string => day !== null).sort(compareIsoDays)[0];
  if (reported !== undefined && compareIsoDays(date, reported) < 0) {
    refuse('date-before-report', "The date is before the case's Date of Report, so nothing was recorded.");
  }

  if (isOncePerCase(step)) {
    const stepsSheet = readSheet(context.spreadsheet, CASE_STEPS_SHEET, context.timeZone);
    const onRecord = firstRecordOf(stepsSheet ? readCaseSteps(stepsSheet.values).steps : [], caseCodeName, step);
    if (onRecord) return { caseCodeName, step, date: onRecord.date as string, alreadyRecorded: true };
  }
  appendCaseSteps(context, [{ caseCodeName, step, date, memberEmail: member.email }]);
  appendAuditLogAfter(context, 'Recorded case step', [caseCodeName], `The step ${step} was recorded for ${caseCodeName}`);
  return { caseCodeName, step, date };
}

/**
 * Needs attention (spec section 18): the deadlines of the cases the member has no conflict on.
 * A conflicted case is dropped before anything about it is computed, so not even its code name
 * reaches the member.
 */
export function listNeedsAttention(context: ActionContext, member: Member): NeedsAttentionResult {
  const { table } = readCasesSheet(context);
  const conflicts = readConflictsSheet(context).conflicts;
  const hiddenCaseKeys = new Set(
    table.records
      .filter((record) => looksLikeCaseCodeName(record.caseCodeName) && hasConflict(conflicts, member.email, record.caseCodeName))
      .map((record) => caseCodeNameKey(record.caseCodeName)),
  );
  const { settings, snapshot } = readSettingsSheet(context);
  const retention = readRetentionTable(snapshot?.values ?? [], settings.vocabularies.consequences).table;
  const stepsSheet = readSheet(context.spreadsheet, CASE_STEPS_SHEET, context.timeZone);
  const steps = stepsSheet ? readCaseSteps(stepsSheet.values).steps : [];
  const items = needsAttention({
    cases: table.records,
    steps,
    today: context.today,
    hiddenCaseKeys,
    limits: {
      acknowledgeWithinDays: settings.acknowledgeWithinDays,
      updateReporterEveryDays: settings.updateReporterEveryDays,
      reviewActionAloneWithinDays: settings.reviewActionAloneWithinDays,
      suspensionMonths: suspensionMonthsOf(retention),
    },
  });
  return { items: items.map(({ caseCodeName, what, dueOn, overdueDays }) => ({ caseCodeName, what, dueOn, overdueDays })) };
}

/**
 * Needs attention's "choose a line": selects the case's first row of Cases. A case the member is
 * conflicted on is refused as if unknown, so the answer says nothing about it.
 */
export function selectCaseRow(context: ActionContext, member: Member, caseCodeName: unknown): SelectCaseResult {
  const name = textOf(caseCodeName);
  const { table, snapshot } = readCasesSheet(context);
  const unknown = `No case in ${CASES_SHEET} has that code name that you may see.`;
  if (!looksLikeCaseCodeName(name) || hasConflict(readConflictsSheet(context).conflicts, member.email, name)) refuse('unknown-case', unknown);
  const first = table.records.find((record) => looksLikeCaseCodeName(record.caseCodeName) && caseCodeNameKey(record.caseCodeName) === caseCodeNameKey(name));
  if (!first) refuse('unknown-case', unknown);
  // Range.activate makes its sheet the active one too.
  snapshot.sheet.getRange(first.rowIndex + 1, 1, 1, Math.max(snapshot.values[0]?.length ?? 1, 1)).activate();
  return { row: first.rowIndex + 1 };
}
