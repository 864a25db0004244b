/**
 * Google's sheet protection for the sheets whose cells decide access (spec section 9): reading it
 * as the running user may see it, and setting it so only the chairs (and the owner) can edit.
 */
import { SheetProtection } from '../core/authority';
import { normaliseEmail } from '../core/members';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

function unprotected(name: string): SheetProtection {
  return { sheet: name, protected: false, warningOnly: false, userCanEdit: true, editors: null, domainEdit: null, unprotectedRanges: 0 };
}

function sheetProtectionOf(sheet: Sheet): Protection | null {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? null;
}

/**
 * The sheet's protection as the running user may see it: Google lists the editors and the domain
 * setting only to someone who may edit the protected sheet, so for anyone else they are null.
 */
export function readSheetProtection(spreadsheet: Spreadsheet, name: string): SheetProtection {
  const sheet = spreadsheet.getSheetByName(name);
  const protection = sheet ? sheetProtectionOf(sheet) : null;
  if (!protection) return unprotected(name);
  const userCanEdit = protection.canEdit();
  return {
    sheet: name,
    protected: true,
    warningOnly: protection.isWarningOnly(),
    userCanEdit,
    editors: userCanEdit ? protection.getEditors().map((user) => normaliseEmail(user.getEmail())) : null,
    domainEdit: userCanEdit ? protection.canDomainEdit() : null,
    unprotectedRanges: protection.getUnprotectedRanges().length,
  };
}

/** The spreadsheet owner's email, lower case; blank when Drive reports none (a shared drive). */
export function spreadsheetOwner(spreadsheet: Spreadsheet): string {
  const owner = spreadsheet.getOwner();
  return owner ? normaliseEmail(owner.getEmail()) : '';
}

/**
 * Protects the sheet so that exactly `editors` (and the owner, whom Google always lets edit) may
 * edit it. A new protection mirrors the spreadsheet's editors until its list is first changed
 * (Sheet.protect), so the domain setting is always set on a new one to end the mirroring.
 *
 * @returns whether anything changed.
 */
export function protectSheetFor(sheet: Sheet, editors: readonly string[], description: string): boolean {
  const existing = sheetProtectionOf(sheet);
  const protection = existing ?? sheet.protect();
  let changed = existing === null;
  if (protection.isWarningOnly()) {
    protection.setWarningOnly(false);
    changed = true;
  }
  const wanted = new Set(editors.map(normaliseEmail));
  const current = protection.getEditors().map((user) => normaliseEmail(user.getEmail()));
  const toRemove = current.filter((email) => !wanted.has(email));
  const toAdd = [...wanted].filter((email) => !current.includes(email));
  if (toAdd.length > 0) protection.addEditors(toAdd);
  if (toRemove.length > 0) protection.removeEditors(toRemove);
  const domainWasOn = existing !== null && protection.canDomainEdit();
  if (existing === null || domainWasOn) protection.setDomainEdit(false);
  // The description goes last: a protection whose making a fault cut short lacks it, so the next
  // repair finds something left to do (and says so in the audit log).
  const described = protection.getDescription() === description;
  if (!described) protection.setDescription(description);
  return changed || !described || domainWasOn || toAdd.length > 0 || toRemove.length > 0;
}
