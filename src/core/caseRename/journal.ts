/**
 * The note a rename leaves in the status spreadsheet's document properties before it changes
 * anything, and clears when it is done (spec sections 4 and 10: one change, consistent after a
 * fault at any step). A rename touches a property, three sheets and a Drive file, none of which
 * can be changed together; the note says what was confirmed, so the next Rename case finishes it.
 *
 * It holds two case code names, a Drive id and a day, never a name.
 */
import { isCaseCodeName } from '../codeNames';
import { isIsoDay } from '../dates';

export const RENAME_JOURNAL_PROPERTY = 'djangoCoc.renameInProgress';

export interface RenameJournal {
  /** The old name, as its key (lower case, one space). */
  from: string;
  /** The new name, as written to the records. */
  to: string;
  /** The case document to retitle, or null when the case has none. */
  documentId: string | null;
  /** The day the rename was confirmed. */
  on: string;
}

const DRIVE_ID = /^[A-Za-z0-9_-]{1,200}$/;

export function serialiseRenameJournal(journal: RenameJournal): string {
  if (parseRenameJournal(JSON.stringify(journal)) === 'unreadable') throw new Error('serialiseRenameJournal: not a rename journal');
  return JSON.stringify(journal);
}

/**
 * The journal read back: null when there is none, 'unreadable' when the property holds anything
 * this add-on did not write (a rename half-done must not be taken for no rename at all).
 */
export function parseRenameJournal(text: string | null): RenameJournal | null | 'unreadable' {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'unreadable';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'unreadable';
  const { from, to, documentId, on } = value as Record<string, unknown>;
  if (typeof from !== 'string' || typeof to !== 'string' || !isCaseCodeName(from) || !isCaseCodeName(to)) return 'unreadable';
  if (documentId !== null && (typeof documentId !== 'string' || !DRIVE_ID.test(documentId))) return 'unreadable';
  if (typeof on !== 'string' || !isIsoDay(on)) return 'unreadable';
  return { from, to, documentId, on };
}
