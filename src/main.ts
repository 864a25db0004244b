/**
 * The add-on's global entry points (spec section 12). The build turns every export of this file
 * into a top-level `function` Apps Script can see. Each entry point is a few lines in
 * src/entryPoints/: check access, take the lock when records change, call an action.
 */
import { MENU, MENU_NAME, MenuEntry } from './core/menu';

type Menu = GoogleAppsScript.Base.Menu;

/** Set by scripts/build.mjs from DJANGO_COC_TARGET: 'bound' (default) or 'addon'. */
declare const __DJANGO_COC_TARGET__: 'bound' | 'addon';

function addEntries(ui: GoogleAppsScript.Base.Ui, menu: Menu, entries: readonly MenuEntry[]): Menu {
  for (const entry of entries) {
    if ('functionName' in entry) menu.addItem(entry.caption, entry.functionName);
    else if ('subMenu' in entry) menu.addSubMenu(addEntries(ui, ui.createMenu(entry.subMenu), entry.entries));
    else menu.addSeparator();
  }
  return menu;
}

/**
 * Registers the Django CoC menu and nothing else: no authorised call, so it also works in
 * AuthMode.NONE, when an installed add-on has not yet been used in this document. An add-on may
 * only add its menu under Extensions (titled with the add-on's name, Django CoC); a script bound to
 * the tracker gets a top-level Django CoC menu, as the manual describes.
 */
export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const ui = SpreadsheetApp.getUi();
  const installedAsAddOn = __DJANGO_COC_TARGET__ === 'addon' || e?.authMode === ScriptApp.AuthMode.NONE;
  const menu = installedAsAddOn ? ui.createAddonMenu() : ui.createMenu(MENU_NAME);
  addEntries(ui, menu, MENU).addToUi();
}

/** Google's add-on template: installing runs onOpen so the menu appears at once. */
export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}

export * from './entryPoints/setUp';
export * from './entryPoints/records';
export * from './entryPoints/identityKey';
export * from './entryPoints/caseDocuments';
export * from './entryPoints/authority';
export * from './entryPoints/logReport';
export * from './entryPoints/statistics';
export * from './entryPoints/retention';
export * from './entryPoints/screening';
export * from './entryPoints/draftCheck';
export * from './entryPoints/caseSteps';
export * from './entryPoints/renameCase';
export * from './entryPoints/decision';
