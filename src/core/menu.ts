/**
 * The Django CoC menu as data: what the add-on registers in onOpen, in order. Every function named
 * here is a global entry point of src/main.ts taking no arguments.
 */
export const MENU_NAME = 'Django CoC';

export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { subMenu: string; entries: MenuEntry[] };

export const MENU: readonly MenuEntry[] = [
  { caption: 'Log a new report…', functionName: 'showLogReportSidebar' },
  { caption: 'Needs attention', functionName: 'showNeedsAttentionSidebar' },
  { caption: 'Record a step…', functionName: 'showRecordStepDialog' },
  { caption: 'Record a decision…', functionName: 'showRecordDecisionDialog' },
  { caption: 'Generate code name', functionName: 'generateCodeName' },
  { caption: 'Rename case…', functionName: 'renameCase' },
  { caption: 'Create or open case document', functionName: 'openCaseDocumentFromMenu' },
  { caption: 'Validate records', functionName: 'validateRecordsFromMenu' },
  { separator: true },
  {
    subMenu: 'Identity key',
    entries: [
      { caption: 'Create identity key', functionName: 'createIdentityKeyFromMenu' },
      { caption: 'Link existing identity key…', functionName: 'linkIdentityKeyFromMenu' },
      { caption: 'Refresh identity key', functionName: 'refreshIdentityKeyFromMenu' },
    ],
  },
  {
    subMenu: 'Members',
    entries: [
      { caption: 'Onboard member…', functionName: 'showOnboardingDialog' },
      { caption: 'Declare conflict of interest…', functionName: 'declareConflictFromMenu' },
      { caption: 'Offboard member…', functionName: 'offboardMemberFromMenu' },
      { caption: 'Audit sharing', functionName: 'auditSharingFromMenu' },
      { caption: 'Grant access…', functionName: 'grantAccessFromMenu' },
      { caption: 'Remove conflict…', functionName: 'removeConflictFromMenu' },
      { caption: 'Hand over the chair…', functionName: 'handOverChairFromMenu' },
    ],
  },
  { caption: 'Export statistics…', functionName: 'showStatisticsDialog' },
  { caption: 'Review retention…', functionName: 'showRetentionDialog' },
  { caption: 'Screen an attendee list…', functionName: 'showScreeningDialog' },
  { caption: 'Check a draft…', functionName: 'showDraftCheckDialog' },
  { separator: true },
  { caption: 'Set up or repair', functionName: 'setUpSpreadsheetFromMenu' },
];

/** Every function the menu calls, for the build check that each exists in the bundle. */
export function menuFunctionNames(entries: readonly MenuEntry[] = MENU): string[] {
  return entries.flatMap((entry) => {
    if ('functionName' in entry) return [entry.functionName];
    if ('subMenu' in entry) return menuFunctionNames(entry.entries);
    return [];
  });
}
