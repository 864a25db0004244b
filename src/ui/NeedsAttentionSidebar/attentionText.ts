/** The Needs attention sidebar's wording, kept apart from the DOM so it can be tested alone. */
import type { NeedsAttentionItem } from '../../core/apiTypes';
import { readableDay } from '../shared/caseStepText';
import { countOf } from '../shared/messages';

/** How far the deadline is, first, so the eye finds it: `Overdue by 3 days`, `Due today`, `Due in 2 days`. */
export function whenLine(item: NeedsAttentionItem): string {
  const day = readableDay(item.dueOn);
  if (item.overdueDays > 0) return `Overdue by ${countOf(item.overdueDays, 'day')} (due ${day})`;
  if (item.overdueDays === 0) return `Due today (${day})`;
  if (item.overdueDays === -1) return `Due tomorrow (${day})`;
  return `Due in ${countOf(-item.overdueDays, 'day')} (${day})`;
}

/** The list's heading, or the empty state's sentence. */
export function attentionHeading(items: readonly NeedsAttentionItem[]): string {
  if (items.length === 0) return 'Nothing is overdue or due within a week.';
  const overdue = items.filter((item) => item.overdueDays > 0).length;
  const needs = `${countOf(items.length, 'thing')} ${items.length === 1 ? 'needs' : 'need'} attention`;
  return overdue === 0 ? needs : `${needs}, ${overdue} overdue`;
}

/** What the status line says once a case's row is selected. */
export function selectedSentence(caseCodeName: string, row: number): string {
  return `Selected row ${row} of Cases, the first row of ${caseCodeName}.`;
}
