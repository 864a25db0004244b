/**
 * Projected Apps Script time of one run: what the emulator's cost model (emulator/run/costModel.ts,
 * issue 10) estimates for the run's calls and reports as `estimatedMs`. The benchmarks keep no
 * cost model of their own.
 */
import type { RunResponse } from '../emulator/runner';
import { CALL_COSTS } from '../emulator/run/costModel';

/** Seconds Apps Script would take for the run, by the emulator's cost model, or null when it reported none. */
export function projectedSeconds(response: RunResponse): number | null {
  return typeof response.estimatedMs === 'number' ? response.estimatedMs / 1000 : null;
}

/** The per-call assumptions behind the projection, as Markdown lines for the report. */
export function projectionAssumptions(): string[] {
  return [
    'Projected Apps Script time is the emulator\'s cost model (emulator/run/costModel.ts) applied to the run\'s calls; ' +
      'Google publishes limits, not per-call timings, so these are estimates that err on the slow side. Per call, first match wins:',
    '',
    '| calls | ms each | basis |',
    '| --- | ---: | --- |',
    ...CALL_COSTS.map((cost) => `| \`${cost.calls.source.replace(/\|/g, '\\|')}\` | ${cost.ms} | ${cost.basis} |`),
  ];
}
