/**
 * Conflicts of interest as the add-on keeps them (spec section 9): in document properties, where
 * no cell edit reaches them, with the `Conflicts` sheet only a view the add-on rewrites. This file
 * turns the record into text and back, and compares the view with it.
 */
import { Conflict } from './conflicts';
import { caseCodeNameKey, isCaseCodeName } from './codeNames';
import { isEmailAddress, normaliseEmail } from './members';

/** One conflict as stored: [member email, case code name, ISO day declared or ''] */
type StoredConflict = [string, string, string];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The record as text; only well-formed conflicts are kept, each once. */
export function serialiseConflicts(conflicts: readonly Conflict[]): string {
  const seen = new Set<string>();
  const stored: StoredConflict[] = [];
  for (const conflict of conflicts) {
    const email = normaliseEmail(conflict.memberEmail);
    const caseCodeName = conflict.caseCodeName.trim();
    const key = `${email}|${caseCodeNameKey(caseCodeName)}`;
    if (!isEmailAddress(email) || !isCaseCodeName(caseCodeName) || seen.has(key)) continue;
    seen.add(key);
    stored.push([email, caseCodeName, conflict.declaredOn ?? '']);
  }
  return JSON.stringify(stored);
}

/**
 * The record read back, or null when the text is not one this add-on wrote: a record that cannot
 * be read must not read as "no conflicts", which would hand out conflicted documents.
 */
export function parseConflicts(text: string): Conflict[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const conflicts: Conflict[] = [];
  for (const item of value) {
    if (!Array.isArray(item) || item.length !== 3 || !item.every((part) => typeof part === 'string')) return null;
    const [memberEmail, caseCodeName, declaredOn] = item as StoredConflict;
    if (!isEmailAddress(memberEmail) || !isCaseCodeName(caseCodeName) || (declaredOn !== '' && !ISO_DAY.test(declaredOn))) return null;
    conflicts.push({ rowIndex: conflicts.length + 1, memberEmail, caseCodeName, declaredOn: declaredOn === '' ? null : declaredOn });
  }
  return conflicts;
}

/** Splits the text into pieces under Apps Script's 9 kB limit for one property value. */
export function chunkText(text: string, size = 8000): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += size) chunks.push(text.slice(start, start + size));
  return chunks.length === 0 ? [''] : chunks;
}

/** What differs between the view and the record, as the rows of the view to name and the count missing from it. */
export interface ViewDifferences {
  /** 1-based rows of `Conflicts` that hold nothing the record holds (typed in or changed by hand). */
  strayRows: number[];
  /** How many recorded conflicts the view lacks (deleted or changed by hand). */
  missing: number;
}

function conflictKey(conflict: Pick<Conflict, 'memberEmail' | 'caseCodeName'>): string {
  return `${normaliseEmail(conflict.memberEmail)}|${caseCodeNameKey(conflict.caseCodeName)}`;
}

/** Compares the `Conflicts` sheet as read (`view`, each with its row) with the record. */
export function compareConflictsView(view: readonly Conflict[], recorded: readonly Conflict[]): ViewDifferences {
  const recordedKeys = new Set(recorded.map(conflictKey));
  const viewKeys = new Set(view.map(conflictKey));
  return {
    strayRows: view.filter((conflict) => !recordedKeys.has(conflictKey(conflict))).map((conflict) => conflict.rowIndex + 1),
    missing: recorded.filter((conflict) => !viewKeys.has(conflictKey(conflict))).length,
  };
}
