import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { logNewReport, logReportOptions } from '../actions/logReport';
import { withDocumentLock } from '../gas/lock';
import { showSidebar } from '../gas/ui';
import type { LogReportOptions, LogReportResult, ReportFormInput } from '../core/apiTypes';

const ACTION = 'log a report';

/** Spec section 7: the "Log a new report" sidebar. */
export function showLogReportSidebar(): void {
  runMenuHandler((context) => {
    requireAccess(context, 'member', ACTION);
    showSidebar('LogReportSidebar', 'Log a new report');
  });
}

/** What the sidebar needs to draw its form. */
export function getLogReportOptions(): LogReportOptions {
  return runEntryPoint((context) => {
    return logReportOptions(context, requireAccess(context, 'member', ACTION));
  });
}

/** Spec section 7: logs the report in one locked read-modify-write. */
export function logReport(form: ReportFormInput): LogReportResult {
  // Members is read under the lock: the new document is shared with the members on record now.
  return runEntryPoint((context) => withDocumentLock(() => logNewReport(context, requireAccess(context, 'member', ACTION, { trustsMembers: true }), form)));
}
