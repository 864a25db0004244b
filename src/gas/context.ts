import { activeSpreadsheet } from './spreadsheet';
import { activeUserEmail } from './session';
import { dayInTimeZone } from './cells';

/** What every action knows about the run it is part of, gathered with three service calls (and the two that give dayInTimeZone the zone's offsets). */
export interface ActionContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  userEmail: string;
  /** Today in the spreadsheet's time zone, as an ISO day. */
  today: string;
  now: Date;
  /**
   * Who the access check found running the action ('Chair', 'Member'); unset before the check.
   * Errors are worded for that reader (the chair is never told to ask the chair).
   */
  readerRole?: string;
  /** The spreadsheet owner's email once asked of Drive (ownerOfRunSpreadsheet); unset until then. */
  spreadsheetOwner?: string;
}

export function openActionContext(): ActionContext {
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  return { spreadsheet, timeZone, userEmail: activeUserEmail(), today: dayInTimeZone(now, timeZone), now };
}
