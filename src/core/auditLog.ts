/**
 * Rows of the `Audit Log` sheet (spec section 2.2): who did what to which cases, when. Every
 * part is checked against a fixed shape, so an audit row can never carry free text such as a
 * real name or a summary.
 */
import { AUDIT_LOG_COLUMNS } from './schema';
import { SheetCell } from './cells';
import { normaliseEmail } from './members';
import { isCaseCodeName } from './codeNames';

/** The only actions an audit row can name. */
export const AUDIT_ACTIONS = [
  'Logged report',
  'Generated code name',
  'Created case document',
  'Filled resolution date',
  'Onboarded member',
  'Declared conflict',
  'Offboarded member',
  'Granted access',
  'Removed conflict',
  'Handed over the chair',
  'Fixed sharing',
  'Set up or repair',
  'Created identity key',
  'Linked identity key',
  'Refreshed identity key',
  'Exported statistics',
  'Recorded case step',
  'Renamed case',
  'Recorded decision',
] as const;

/**
 * A retention review's line (spec section 14): the case code names go in their column as usual,
 * and how many people became tombstones in the action, as a number, never who they were.
 */
export type ExpungedRecordsAction = `Expunged records, ${number} ${'person' | 'people'} tombstoned`;

/**
 * An attendee list's screening (spec section 15): how many lines were screened and how many
 * matched, and nothing of the list itself.
 */
export type ScreenedListAction = `Screened attendee list, ${number} ${'line' | 'lines'}, ${number} matched`;

export type AuditAction = (typeof AUDIT_ACTIONS)[number] | ExpungedRecordsAction | ScreenedListAction;

const EXPUNGED_RECORDS = /^Expunged records, (\d+) (person|people) tombstoned$/;
const SCREENED_LIST = /^Screened attendee list, (\d+) (line|lines), (\d+) matched$/;

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

export function screenedListAction(screened: number, matched: number): ScreenedListAction {
  if (!isCount(screened) || !isCount(matched)) throw new Error('screenedListAction: not a count');
  return `Screened attendee list, ${screened} ${screened === 1 ? 'line' : 'lines'}, ${matched} matched`;
}

export function expungedRecordsAction(tombstonedPeople: number): ExpungedRecordsAction {
  if (!Number.isSafeInteger(tombstonedPeople) || tombstonedPeople < 0) throw new Error('expungedRecordsAction: not a count');
  return `Expunged records, ${tombstonedPeople} ${tombstonedPeople === 1 ? 'person' : 'people'} tombstoned`;
}

function isAuditAction(action: string): boolean {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) || EXPUNGED_RECORDS.test(action) || SCREENED_LIST.test(action);
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The `Audit Log` header row, in the order {@link auditLogRow} fills. */
export function auditLogHeaderRow(): string[] {
  return Object.values(AUDIT_LOG_COLUMNS);
}

/**
 * One audit row: Timestamp, Member Email, Action, Case Code Names (joined with ', ', each once).
 *
 * Case code names come from `Cases` cells, which hold whatever a person typed, a real name
 * included. Only text shaped exactly like a case code name (spaces collapsed) is copied; anything
 * else is left out, so the line is still written, after the action's changes, without the text.
 *
 * @throws Error when the timestamp, email or action does not have its fixed shape. Only a
 * programming fault can cause that, and the message never repeats the offending text.
 */
export function auditLogRow(timestampIso: string, memberEmail: string, action: AuditAction, caseCodeNames: readonly string[]): SheetCell[] {
  if (!ISO_TIMESTAMP.test(timestampIso)) throw new Error('auditLogRow: the timestamp is not an ISO date and time');
  const email = normaliseEmail(memberEmail);
  if (!EMAIL.test(email)) throw new Error('auditLogRow: the member email is not an email address');
  if (!isAuditAction(action)) throw new Error('auditLogRow: the action is not one of AUDIT_ACTIONS');
  const cases = caseCodeNames.map((name) => name.trim().replace(/\s+/g, ' ')).filter(isCaseCodeName);
  return [timestampIso, email, action, [...new Set(cases)].join(', ')];
}
