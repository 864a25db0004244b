/**
 * The draft reply to an event's organisers (spec section 15), in the manual's "inform, don't
 * direct" terms: it states facts (who on the list has been the subject of reports, and whether a
 * ban or suspension is in force on the event's date), says nothing of cases or counts, and leaves
 * the decision with the organisers.
 */
import { ScreeningMatch } from './screenAttendees';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2026-06-12` as `12 June 2026`. */
export function longDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

const STATUS_WORDS: Record<ScreeningMatch['status'], string> = {
  banned: 'has been the subject of reports to the working group, and is banned or suspended from events on that date',
  flagged: 'has been the subject of reports to the working group',
};

/**
 * The reply for a screened list.
 *
 * @param eventDate the event's ISO day.
 * @param matches what screening found, as the member will send it.
 */
export function screeningReply(eventDate: string, matches: readonly ScreeningMatch[]): string {
  const opening = `Thank you for sending us the list for your event on ${longDay(eventDate)}. We have checked it against the Code of Conduct working group's records.`;
  const closing = [
    'We cannot share the details of any report. We share this so that you can make an informed decision; the decision rests with you as the organisers.',
    'If you have questions, or if something happens at the event, please contact us.',
  ];
  if (matches.length === 0) {
    return [opening, 'No one on the list is flagged or banned in our records.', closing[1]].join('\n\n');
  }
  const lines = matches.map((match) => `- ${match.line}: ${STATUS_WORDS[match.status]}.`);
  return [opening, `For the following ${matches.length === 1 ? 'person' : 'people'} on your list, we can tell you this:`, lines.join('\n'), ...closing].join('\n\n');
}
