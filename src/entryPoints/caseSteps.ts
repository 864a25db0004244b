/**
 * Case steps (spec section 18): Record a step and Needs attention.
 */
import { runEntryPoint } from './run';
import { requireAccess } from '../actions/access';
import { recordCaseStep as record, listNeedsAttention, selectCaseRow } from '../actions/caseSteps';
import { withDocumentLock } from '../gas/lock';
import type { NeedsAttentionResult, RecordCaseStepRequest, RecordCaseStepResult, SelectCaseResult } from '../core/apiTypes';

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
