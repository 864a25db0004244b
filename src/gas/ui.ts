/** Dialogs, sidebars and notices, through the container's Ui. */

export function alert(message: string, title = 'Django CoC'): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** Asks a yes/no question; true only for an explicit Yes. */
export function confirm(message: string, title = 'Django CoC'): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Asks for text; null when the person cancels or closes the prompt. */
export function prompt(message: string, title = 'Django CoC'): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : null;
}

export const PAGE_VIEWPORT = 'width=device-width, initial-scale=1';

/**
 * Google ignores meta tags written in an HTML file; a page's viewport is set here
 * (https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)).
 */
function pageFromFile(file: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutputFromFile(file).addMetaTag('viewport', PAGE_VIEWPORT);
}

export function showSidebar(file: string, title: string): void {
  const html = pageFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showDialog(file: string, title: string, width = 480, height = 420): void {
  const html = pageFromFile(file).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

export function toast(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string): void {
  spreadsheet.toast(message, 'Django CoC');
}
