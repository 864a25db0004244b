/**
 * How the add-on tells the chair that Drive would not share files with someone because the
 * organisation forbids sharing outside it
 * (https://developers.google.com/apps-script/reference/drive/access: administrators can prohibit it).
 * One sentence for all such files, so a member outside the domain does not bring a page of lines.
 */
import { listInWords } from './listInWords';

/** Files named in full up to this many; beyond it, a count and the first few. */
const NAMED_IN_FULL = 5;
const NAMED_OF_MANY = 3;

/** "a, b and c", or "12 files, a, b and c among them". */
export function describeFiles(labels: readonly string[]): string {
  if (labels.length <= NAMED_IN_FULL) return listInWords(labels);
  return `${labels.length} files, ${listInWords(labels.slice(0, NAMED_OF_MANY))} among them`;
}

/** The sentence for a file not shared with some of the people it should be, for being outside the organisation; [] when none. */
export function peopleOutsideSentences(subject: string, emails: readonly string[]): string[] {
  if (emails.length === 0) return [];
  return [
    `Your organisation does not allow sharing with people outside it, so ${subject} was not shared with ${emails.join(', ')}. Ask your Google Workspace administrator to allow it, or use addresses in your organisation.`,
  ];
}

/** The sentence for files not shared with `email` because they are outside the organisation; [] when none. */
export function outsideOrganisationSentences(email: string, labels: readonly string[]): string[] {
  if (labels.length === 0) return [];
  return [
    `Your organisation does not allow sharing with people outside it, so ${describeFiles(labels)} could not be shared with ${email}. Ask your Google Workspace administrator to allow it, or use an address in your organisation.`,
  ];
}
