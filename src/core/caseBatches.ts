/**
 * Actions that loop over every case document (onboarding, offboarding, the sharing audit) do it a
 * batch per run, so that none passes Apps Script's six minutes a run ("Script runtime: 6 min /
 * execution", https://developers.google.com/apps-script/guides/services/quotas#current_limitations),
 * which Google enforces by stopping the script part-way with "Exceeded maximum execution time".
 *
 * A case document costs a run about 2 seconds of Drive calls at most (opening it, reading its
 * sharing, one permission change: emulator/run/costModel.ts estimates 0.3 s, 0.9 s and 1 s), so
 * 100 documents take about 200 seconds, leaving the rest of the six minutes for the sheets, the
 * case folder and the identity key. A working group with more documents runs the action again and
 * it continues after the last case done, as the person is told.
 */
export const CASE_DOCUMENTS_PER_RUN = 100;

export interface CaseBatch<V> {
  /** The cases of this run, in the order `cases` has them (row order), chosen by key. */
  batch: Map<string, V>;
  /** The key to continue after on the next run, or null when this batch is the last. */
  continueAfter: string | null;
  /** How many cases are left for later runs. */
  remaining: number;
}

/**
 * The next `size` cases by key after `after` (null: from the first). Keys are compared as
 * strings, so a case added between runs is picked up in its place or, if it sorts before the
 * cursor, by the next run from the start; onboarding shares a new case's document on creation
 * anyway.
 */
export function nextCaseBatch<V>(cases: ReadonlyMap<string, V>, after: string | null, size = CASE_DOCUMENTS_PER_RUN): CaseBatch<V> {
  const keys = [...cases.keys()].sort();
  const start = after === null ? 0 : keys.findIndex((key) => key > after);
  const from = start === -1 ? keys.length : start;
  const chosen = keys.slice(from, from + size);
  const remaining = keys.length - from - chosen.length;
  const chosenKeys = new Set(chosen);
  return {
    batch: new Map([...cases].filter(([key]) => chosenKeys.has(key))),
    continueAfter: remaining > 0 ? chosen[chosen.length - 1] : null,
    remaining,
  };
}

/** What the person is told when a run stopped before the last case, and how to go on. */
export function unfinishedSentence(done: number, remaining: number, action: string): string {
  return `Done for ${done} case document${done === 1 ? '' : 's'} in this run; ${remaining} more remain${remaining === 1 ? 's' : ''}, as Google stops a run after six minutes. Run ${action} again to continue where this run stopped.`;
}
