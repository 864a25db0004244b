/**
 * What Rename case says: the question before anything changes, and what was done. Code names and
 * counts only.
 */
import { listInWords } from '../listInWords';

export interface RenameCounts {
  rows: number;
  hasDocument: boolean;
  conflicts: number;
  steps: number;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function parts(counts: RenameCounts): string {
  const list = [
    `${counts.rows === 1 ? 'its row' : `its ${counts.rows} rows`} in Cases`,
    counts.hasDocument ? "its case document's title" : null,
    counts.conflicts > 0 ? `its ${plural(counts.conflicts, 'conflict', 'conflicts')} of interest` : null,
    counts.steps > 0 ? `its ${plural(counts.steps, 'case step', 'case steps')}` : null,
  ].filter((part): part is string => part !== null);
  return listInWords(list);
}

export const RENAME_QUESTION_TITLE = 'Rename case';

/** The question Rename case asks before it changes anything. */
export function renameQuestion(from: string, to: string, counts: RenameCounts): string {
  const noDocument = counts.hasDocument ? '' : ' The case has no case document.';
  return `Rename the case "${from}" to "${to}"? ${capitalise(parts(counts))} will carry the new name, and the Audit Log will name both.${noDocument}`;
}

/** What Rename case tells the person once the case carries its new name. */
export function renameDone(from: string, to: string, counts: RenameCounts): string {
  return `The case "${from}" is now "${to}": ${parts(counts)} carry the new name.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The question Rename case asks when an earlier rename stopped part-way: that one is finished first. */
export function finishQuestion(journal: { from: string; to: string }): string {
  return `An earlier rename of the case "${journal.from}" to "${journal.to}" stopped part-way. Finish it now? (Then choose Rename case… again for another case.)`;
}

/** What Validate records says of a rename a fault stopped part-way (or of a journal that does not read). */
export function unfinishedRenameMessage(journal: { from: string; to: string; on: string } | 'unreadable'): string {
  if (journal === 'unreadable') {
    return 'The record of an earlier rename in this spreadsheet could not be read, so no case can be renamed until it is cleared.';
  }
  return `A rename of the case "${journal.from}" to "${journal.to}" confirmed on ${journal.on} stopped part-way, so some records may still carry the old name. Choose Django CoC › Rename case… to finish it.`;
}
