/** The Screen an attendee list dialog's wording, kept apart from the DOM so it can be tested. */
import type { ScreeningResult } from '../../core/apiTypes';
import { countOf } from '../shared/messages';

/** `Screened 12 lines: 1 match`, or that nothing matched. */
export function resultHeading(result: Pick<ScreeningResult, 'screened' | 'matches'>): string {
  const screened = `Screened ${countOf(result.screened, 'line')}`;
  return result.matches.length === 0 ? `${screened}: no one is flagged or banned` : `${screened}: ${countOf(result.matches.length, 'match', 'matches')}`;
}

/** What to correct before asking the server, per field; '' when the field is fine. */
export function screeningFieldErrors(list: string, eventDate: string): { list: string; eventDate: string } {
  return {
    list: list.trim() === '' ? 'Paste the attendee list: one name, username or email per line.' : '',
    eventDate: /^\d{4}-\d{2}-\d{2}$/.test(eventDate) ? '' : "Enter the event's date.",
  };
}
