import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { exportStatistics as exportTable } from '../actions/statistics';
import { withDocumentLock } from '../gas/lock';
import { showDialog } from '../gas/ui';
import type { StatisticsOptions, StatisticsResult } from '../core/apiTypes';

const ACTION = 'export statistics';

/** Spec section 8: asks for the grouping and date basis, then calls exportStatistics. */
export function showStatisticsDialog(): void {
  runMenuHandler((context) => {
    requireAccess(context, 'chair', ACTION);
    showDialog('StatisticsDialog', 'Export statistics', 820, 600);
  });
}

export function exportStatistics(options: StatisticsOptions): StatisticsResult {
  return runEntryPoint((context) =>
    withDocumentLock(() => {
      requireAccess(context, 'chair', ACTION);
      return exportTable(context, options);
    }),
  );
}
