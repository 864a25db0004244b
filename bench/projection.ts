/**
 * Projected Apps Script time of one run: the seam where the emulator's cost model plugs in. The
 * model itself (an estimated cost per service method, reported with each run) belongs to the
 * emulator (issue 10); the benchmarks never keep a second one. Until a run reports its estimate,
 * this answers null and the report shows service calls alone.
 */
import type { RunResponse } from '../emulator/runner';

/** Seconds Apps Script would take for the run, by the emulator's cost model, or null when it reported none. */
export function projectedSeconds(response: RunResponse): number | null {
  const estimate = (response as { projectedMs?: unknown }).projectedMs;
  return typeof estimate === 'number' ? estimate / 1000 : null;
}

/** What the report says about the per-call assumptions behind the projection. */
export function projectionAssumptions(): string {
  return 'Projected Apps Script time comes from the emulator\'s cost model (issue 10) once runs report it; until then this column is blank and the service calls are the figure that carries over to Google.';
}
