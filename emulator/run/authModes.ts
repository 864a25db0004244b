/**
 * What a run may call in each authorisation mode. A simple trigger (onOpen, onEdit) runs in
 * AuthMode.LIMITED: "They cannot access services that require authorization", and "can modify the
 * file they are bound to, but cannot access other files because that would require authorization"
 * (https://developers.google.com/apps-script/guides/triggers#restrictions). An add-on's onOpen runs
 * in AuthMode.NONE when the add-on is installed but not yet used in the document, "a mode that does
 * not allow access to any services that require authorization"
 * (https://developers.google.com/apps-script/reference/script/auth-mode); there it may build its
 * menu and nothing else (https://developers.google.com/workspace/add-ons/concepts/menus).
 */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** Calls that reach beyond the bound document, or show a page, which LIMITED refuses. */
const NEEDS_FULL: readonly RegExp[] = [
  /^SpreadsheetApp\.(openById|openByUrl|open|create)$/,
  /^(DriveApp|File|Folder|FileIterator|FolderIterator)\./,
  /^(DocumentApp|Document|Body|Paragraph|Text)\./,
  /^Ui\.(showSidebar|showModalDialog|showModelessDialog)$/,
  /^Spreadsheet\.(addEditor|addEditors|removeEditor|addViewer|addViewers|removeViewer|getEditors|getViewers|getOwner)$/,
];

/** What AuthMode.NONE allows: building the menu, and services that need no authorisation. */
const ALLOWED_WITHOUT_AUTHORISATION: readonly RegExp[] = [
  /^SpreadsheetApp\.getUi$/,
  /^Ui\.(createMenu|createAddonMenu)$/,
  /^Menu\./,
  /^Session\.getActiveUserLocale$/,
  /^(Logger|console|Utilities)\./,
];

/** The OAuth scope Google names in its refusal, by the service the call belongs to. */
function scopeFor(call: string): string {
  if (/^(DriveApp|File|Folder|FileIterator|FolderIterator)\./.test(call)) return 'https://www.googleapis.com/auth/drive';
  if (/^(DocumentApp|Document|Body|Paragraph|Text)\./.test(call)) return 'https://www.googleapis.com/auth/documents';
  if (/^Ui\.show/.test(call)) return 'https://www.googleapis.com/auth/script.container.ui';
  if (/^(Properties|PropertiesService)\./.test(call)) return 'https://www.googleapis.com/auth/script.storage';
  if (/^(Session|User)\./.test(call)) return 'https://www.googleapis.com/auth/userinfo.email';
  return 'https://www.googleapis.com/auth/spreadsheets';
}

/** Google's refusal of `call` (`Type.method`) in `mode`, or undefined when the mode allows it. */
export function refusalFor(call: string, mode: AuthMode): string | undefined {
  if (mode === 'FULL') return undefined;
  const refused = mode === 'NONE' ? !ALLOWED_WITHOUT_AUTHORISATION.some((rule) => rule.test(call)) : NEEDS_FULL.some((rule) => rule.test(call));
  return refused ? `You do not have permission to call ${call}. Required permissions: ${scopeFor(call)}` : undefined;
}
