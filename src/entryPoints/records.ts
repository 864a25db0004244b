/**
 * Records (spec sections 4 and 5): Generate code name, Validate records and the onEdit trigger
 * that fills Resolution Date. Set up or repair lives in ./setUp.
 */
import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { chooseCodeNameTarget, writeCodeName } from '../actions/generateCodeName';
import { fillResolutionDatesOnEdit } from '../actions/resolutionDate';
import { validateRecords as validate } from '../actions/validateRecords';
import { withDocumentLock } from '../gas/lock';
import { showDialog } from '../gas/ui';
import type { ValidationResult } from '../core/apiTypes';

/**
 * Menu: writes a new case or person code name into the active cell of Cases, asking first when
 * the cell holds a value. The question comes before the lock, so no one waits on a dialog.
 */
export function generateCodeName(): void {
  runMenuHandler((context) => {
    const { member } = requireAccess(context, 'member', 'generate code names');
    const target = chooseCodeNameTarget(context, member);
    if (target) withDocumentLock(() => writeCodeName(context, member, target));
  });
}

/** Spec section 5: every broken rule with its cell; highlights the problem cells of Cases. */
export function validateRecords(): ValidationResult {
  return runEntryPoint((context) => withDocumentLock(() => validate(context, requireAccess(context, 'member', 'validate records').member)));
}

/** Menu: the Validate records dialog, which calls validateRecords() when it opens. */
export function validateRecordsFromMenu(): void {
  runMenuHandler((context) => {
    requireAccess(context, 'member', 'validate records');
    showDialog('ValidationDialog', 'Validate records', 600, 480);
  });
}

/** Simple trigger (spec section 5): fills Resolution Date with today when Status becomes Resolved. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  fillResolutionDatesOnEdit(e);
}
