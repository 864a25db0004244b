/** The statistics export (spec section 8): compute the exact table, hide small counts, format it. */
export { computeStatistics } from './computeStatistics';
export { applySmallCountThreshold } from './applySmallCountThreshold';
export { formatMarkdownTable } from './formatMarkdownTable';
export { caseKey } from './reports';
export { FIRST_RESPONSE_COLUMN } from './firstResponse';
export {
  STATISTICS_COLUMNS,
  type ComputeStatisticsOptions,
  type StatisticsDateBasis,
  type StatisticsGrouping,
  type StatisticsReport,
  type StatisticsTable,
  type StatisticsWarning,
} from './types';
