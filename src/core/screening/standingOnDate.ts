/**
 * Whether a person is banned on a given day (spec section 15): a Ban decided on or before that
 * day, or a suspension still running on it. A suspension runs from its Resolution Date for the
 * length `Settings` gives it (the retention table's `Suspension Months`, spec section 14), so it
 * has ended on the day that many months later, counted as Sheets' `EDATE` counts.
 */
import { CaseRecord } from '../caseRecord';
import { compareIsoDays } from '../dates';
import { addMonths } from '../retention/addMonths';
import { RetentionTable, consequenceTerm } from '../retention/retentionTable';
import { vocabularyKey } from '../vocabularies';

const BAN = vocabularyKey('Ban');

/** The day a row's suspension ends (no longer running), or null when the row is no dated suspension. */
export function suspensionEnds(record: Pick<CaseRecord, 'consequences' | 'resolutionDate'>, table: RetentionTable): string | null {
  const { suspensionMonths } = consequenceTerm(table, record.consequences);
  if (suspensionMonths === 0 || record.resolutionDate === null) return null;
  return addMonths(record.resolutionDate, suspensionMonths);
}

/**
 * True when one of the person's rows bans them on `day`: a Ban whose Resolution Date is on or
 * before it (or missing: a Ban is never overlooked for want of a date), or a suspension with
 * Resolution Date on or before `day` and end after it.
 *
 * @param records the `Cases` rows naming the person.
 * @param day an ISO day.
 */
export function isBannedOn(records: readonly Pick<CaseRecord, 'consequences' | 'resolutionDate'>[], table: RetentionTable, day: string): boolean {
  return records.some((record) => {
    const decidedBy = record.resolutionDate === null || compareIsoDays(record.resolutionDate, day) <= 0;
    if (vocabularyKey(record.consequences) === BAN) return decidedBy;
    const ends = suspensionEnds(record, table);
    return ends !== null && decidedBy && compareIsoDays(day, ends) < 0;
  });
}
