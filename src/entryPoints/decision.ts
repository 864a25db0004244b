/** Record a decision (spec section 17): members without a conflict on the case. */
import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { decisionOptions, recordDecision as record } from '../actions/recordDecision';
import { withDocumentLock } from '../gas/lock';
import { showDialog } from '../gas/ui';
import type { DecisionOptions, RecordDecisionResult } from '../core/apiTypes';

const ACTION = 'record a decision';

/** Menu: the Record a decision dialog for the active row's case; a row it cannot be for is said at once. */
export function showRecordDecisionDialog(): void {
  runMenuHandler((context) => {
    decisionOptions(context, requireAccess(context, 'member', ACTION));
    showDialog('RecordDecisionDialog', 'Record a decision', 560, 620);
  });
}

/** The dialog's lists: the case's people, the Consequences and Resolution Source lists, the members who can agree. */
export function getDecisionOptions(caseCodeName?: unknown): DecisionOptions {
  return runEntryPoint((context) => decisionOptions(context, requireAccess(context, 'member', ACTION), caseCodeName));
}

/**
 * Records the decision for the active row's case (or `decision.caseCodeName`) under the document
 * lock. Members decides who is counted, so it must be protected (spec section 9).
 */
export function recordDecision(decision: unknown): RecordDecisionResult {
  return runEntryPoint((context) => withDocumentLock(() => record(context, requireAccess(context, 'member', ACTION, { trustsMembers: true }), decision)));
}
