/** Screen an attendee list (spec section 15): members with Identity Key Access. */
import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { screenAttendees as screen } from '../actions/screenAttendees';
import { withDocumentLock } from '../gas/lock';
import { showDialog } from '../gas/ui';
import { readScreeningRequest } from '../core/screening/screeningRequest';
import type { ScreeningResult } from '../core/apiTypes';

const ACTION = 'screen an attendee list';

/** Menu: the Screen an attendee list dialog. */
export function showScreeningDialog(): void {
  runMenuHandler((context) => {
    requireAccess(context, 'identity-key', ACTION);
    showDialog('ScreeningDialog', 'Screen an attendee list', 600, 640);
  });
}

/** Screens `list` for the event on `eventDate` (ISO day); under the lock, for its audit line. */
export function screenAttendees(list: unknown, eventDate: unknown): ScreeningResult {
  return runEntryPoint((context) =>
    withDocumentLock(() => {
      requireAccess(context, 'identity-key', ACTION);
      return screen(context, readScreeningRequest(list, eventDate));
    }),
  );
}
