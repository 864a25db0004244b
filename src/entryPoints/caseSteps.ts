/**
 * Case steps (spec section 18): Record a step and Needs attention.
 */
import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { recordCaseStep as record, listNeedsAttention, recordStepOptions, selectCaseRow } from '../actions/caseSteps';
import { withDocumentLock } from '../gas/lock';
import { showDialog, showSidebar } from '../gas/ui';
import type { NeedsAttentionResult, RecordCaseStepRequest, RecordCaseStepResult, RecordStepOptions, SelectCaseResult } from '../core/apiTypes';

/** Menu: the Record a step dialog, for the active row's case. */
export function showRecordStepDialog(): void {
  runMenuHandler((context) => {
    // Refused before the dialog opens, as Record a decision and Rename case are: no row of a case, or a conflict on it.
    recordStepOptions(context, requireAccess(context, 'member', 'record case steps').member);
    showDialog('RecordStepDialog', 'Record a step', 420, 400);
  });
}

/** Menu: the Needs attention sidebar. */
export function showNeedsAttentionSidebar(): void {
  runMenuHandler((context) => {
    requireAccess(context, 'member', 'see what needs attention');
    showSidebar('NeedsAttentionSidebar', 'Needs attention');
  });
}

/** What the Record a step dialog needs: the active row's case, the steps from Settings, today. */
export function getRecordStepOptions(): RecordStepOptions {
  return runEntryPoint((context) => recordStepOptions(context, requireAccess(context, 'member', 'record case steps').member));
}

/** Appends one step for the active row's case (or the named case) and one audit line. */
export function recordCaseStep(request: RecordCaseStepRequest): RecordCaseStepResult {
  return runEntryPoint((context) => {
    const { member } = requireAccess(context, 'member', 'record case steps');
    return withDocumentLock(() => record(context, member, request ?? { step: '' }));
  });
}

/** What is overdue or due within a week, for the cases the member has no conflict on. */
export function needsAttention(): NeedsAttentionResult {
  return runEntryPoint((context) => listNeedsAttention(context, requireAccess(context, 'member', 'see what needs attention').member));
}

/** Needs attention's choice: selects the first row of the named case in Cases. */
export function selectCase(caseCodeName: string): SelectCaseResult {
  return runEntryPoint((context) => selectCaseRow(context, requireAccess(context, 'member', 'select a case').member, caseCodeName));
}
