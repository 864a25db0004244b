/**
 * What `screenAttendees` accepts (spec section 15). The refusals never quote the list: it is the
 * very text that must not be kept or repeated anywhere.
 */
import { isIsoDay } from '../dates';
import { UserError } from '../errors';
import { AttendeeLine, MAX_ATTENDEE_LINES, parseAttendeeList } from './attendeeList';

export interface ScreeningRequest {
  lines: AttendeeLine[];
  eventDate: string;
}

/** A list longer than this many characters is refused before it is even split. */
export const MAX_LIST_LENGTH = 1_000_000;

/**
 * @throws UserError 'invalid-screening' with a sentence saying what to correct; nothing was read
 * or written.
 */
export function readScreeningRequest(list: unknown, eventDate: unknown): ScreeningRequest {
  if (typeof eventDate !== 'string' || !isIsoDay(eventDate.trim())) {
    throw new UserError('invalid-screening', "Enter the event's date (for example 2026-06-12). Nothing was screened.");
  }
  if (typeof list !== 'string' || list.trim() === '') {
    throw new UserError('invalid-screening', 'Paste the attendee list first: one name, username or email per line, or a CSV column. Nothing was screened.');
  }
  const lines = list.length > MAX_LIST_LENGTH ? null : parseAttendeeList(list);
  if (lines === null || lines.length > MAX_ATTENDEE_LINES) {
    throw new UserError('invalid-screening', 'The list is longer than 10,000 lines. Screen it in parts. Nothing was screened.');
  }
  return { lines, eventDate: eventDate.trim() };
}
