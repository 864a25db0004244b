/**
 * What a case's Documents cell says once its records are expunged (spec section 14):
 * `Expunged YYYY-MM-DD`, the day the document was trashed, in the spreadsheet's time zone.
 */
import { isIsoDay } from '../dates';

const EXPUNGED = /^Expunged (\d{4}-\d{2}-\d{2})$/;

export function expungedCellText(isoDay: string): string {
  if (!isIsoDay(isoDay)) throw new Error('expungedCellText: not an ISO day');
  return `Expunged ${isoDay}`;
}

/** The day a Documents cell says the case was expunged, or null when it says something else. */
export function expungedOn(documentsCell: string): string | null {
  const match = EXPUNGED.exec(documentsCell.trim());
  return match && isIsoDay(match[1]) ? match[1] : null;
}
