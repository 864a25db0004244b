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

/** What the Sheets API is asked of each sheet: its title and its protected ranges, all but the range's named-range and table ids. */
const PROTECTION_FIELDS = 'sheets(properties/title,protectedRanges(range,warningOnly,requestingUserCanEdit,unprotectedRanges,editors(users,domainUsersCanEdit)))';

type ProtectedRange = GoogleAppsScript.Sheets.Schema.ProtectedRange;

/**
 * "The range may be fully unbounded, in which case this is considered a protected sheet"
 * (ProtectedRange.range): what the Spreadsheet service calls ProtectionType.SHEET.
 */
function protectsWholeSheet(protection: ProtectedRange): boolean {
  const range = protection.range ?? {};
  return range.startRowIndex == null && range.endRowIndex == null && range.startColumnIndex == null && range.endColumnIndex == null;
}

/**
 * The named sheets' protection as the running user may see it, read in one Sheets API call where
 * the Spreadsheet service costs seven a sheet (getSheetByName, getProtections, canEdit,
 * isWarningOnly, getEditors and each editor's email, canDomainEdit, getUnprotectedRanges). Google
 * lists the editors and the domain setting only to someone who may edit the protected sheet
 * ("only visible to users with edit access to the protected range and the document"), so for
 * anyone else they are null; the API leaves a false or empty field out, so absent means false.
 */
export function readSheetProtections(spreadsheet: Spreadsheet, names: readonly string[]): SheetProtection[] {
  // appsscript.json enables the service; the types allow for a script that does not.
  const sheets = (Sheets as GoogleAppsScript.Sheets).Spreadsheets.get(spreadsheet.getId(), { fields: PROTECTION_FIELDS }).sheets ?? [];
  return names.map((name) => {
    const sheet = sheets.find((candidate) => candidate.properties?.title === name);
    const protection = (sheet?.protectedRanges ?? []).find(protectsWholeSheet);
    if (!protection) return unprotected(name);
    const userCanEdit = protection.requestingUserCanEdit === true;
    const warningOnly = protection.warningOnly === true;
    // Warning-only protection has no editors ("Editors are not supported with warning_only
    // protection"); it is refused for being warning-only, and the editors stay unknown.
    const editorsKnown = userCanEdit && !warningOnly;
    return {
      sheet: name,
      protected: true,
      warningOnly,
      userCanEdit,
      editors: editorsKnown ? (protection.editors?.users ?? []).map(normaliseEmail) : null,
      domainEdit: editorsKnown ? protection.editors?.domainUsersCanEdit === true : null,
      unprotectedRanges: protection.unprotectedRanges?.length ?? 0,
    };
  });
}

/** The spreadsheet owner's email, lower case; blank when Drive reports none (a shared drive). */
export function spreadsheetOwner(spreadsheet: Spreadsheet): string {
  const owner = spreadsheet.getOwner();
  return owner ? normaliseEmail(owner.getEmail()) : '';
}

/**
 * The owner of the run's spreadsheet, asked of Drive once per run: the authority check, the
 * identity key's and the case folder's custody checks all need it, and no action changes it.
 */
export function ownerOfRunSpreadsheet(context: { spreadsheet: Spreadsheet; spreadsheetOwner?: string }): string {
  context.spreadsheetOwner ??= spreadsheetOwner(context.spreadsheet);
  return context.spreadsheetOwner;
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
