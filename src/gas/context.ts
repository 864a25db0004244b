import { activeSpreadsheet } from './spreadsheet';
import { activeUserEmail } from './session';

/** What every action knows about the run it is part of, gathered with four service calls. */
export interface ActionContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  userEmail: string;
  /** Today in the spreadsheet's time zone, as an ISO day. */
  today: string;
  now: Date;
}

export function openActionContext(): ActionContext {
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  return { spreadsheet, timeZone, userEmail: activeUserEmail(), today: Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'), now };
}
