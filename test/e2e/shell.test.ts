/**
 * The emulator page's own machinery, driven by a small fixture add-on: google.script.run in a
 * sidebar, Ui.alert answered by the person, toasts, typing into a cell, and the Files view.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { RunningServer, startServer } from '../../emulator/server';
import { MIME, WorkspaceState } from '../../emulator/workspace/state';
import { createEmptyWorkspace } from '../../emulator/workspace';
import { describeWithBrowser, launchBrowser, LaunchedBrowser, screenshotPath } from './browser';

const FIXTURE_CODE = `
function onOpen() {
  var ui = SpreadsheetApp.getUi();
  ui.createMenu('Django CoC')
    .addItem('Open sidebar', 'openSidebar')
    .addSeparator()
    .addSubMenu(ui.createMenu('More').addItem('Ask and write', 'askAndWrite').addItem('Prompt and write', 'promptAndWrite')
      .addItem('Open dialog', 'openDialog'))
    .addToUi();
}
function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Log a new report'));
}
function openDialog() {
  var page = HtmlService.createHtmlOutputFromFile('Sidebar').setWidth(420).setHeight(260);
  SpreadsheetApp.getUi().showModalDialog(page, 'Export statistics');
}
function promptAndWrite() {
  var ui = SpreadsheetApp.getUi();
  var response = ui.prompt('Link identity key', 'Paste its id or URL.', ui.ButtonSet.OK_CANCEL);
  SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1')
    .setValue(response.getSelectedButton() + ': ' + response.getResponseText());
}
function greet(name) {
  return { greeting: 'Hello ' + name, user: Session.getActiveUser().getEmail(),
    cell: SpreadsheetApp.getActiveRange().getA1Notation() };
}
function askAndWrite() {
  var ui = SpreadsheetApp.getUi();
  var answer = ui.alert('Overwrite?', 'The cell holds a value.', ui.ButtonSet.YES_NO);
  var spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.getSheets()[0].getRange('A1').setValue('answered ' + answer);
  spreadsheet.toast('Code name written.', 'Done');
}
function onEdit(e) { e.range.offset(0, 1).setValue('onEdit saw ' + e.value); }
`;

const SIDEBAR_HTML = `<!doctype html>
<html><head><title>Sidebar</title></head><body>
<button id="greet">Greet</button>
<button id="send-date">Send a date</button>
<button id="close">Close</button>
<p id="out"></p>
<script>
  var out = document.getElementById('out');
  document.getElementById('greet').onclick = function () {
    google.script.run
      .withSuccessHandler(function (r, from) { out.textContent = [r.greeting, r.user, r.cell, from].join(' / '); })
      .withFailureHandler(function (e) { out.textContent = 'failed: ' + e.message; })
      .withUserObject('from the sidebar')
      .greet('Robin');
  };
  document.getElementById('send-date').onclick = function () {
    try { google.script.run.greet(new Date()); out.textContent = 'sent'; } catch (e) { out.textContent = e.message; }
  };
  document.getElementById('close').onclick = function () { google.script.host.close(); };
</script>
</body></html>`;

const MEMBER = 'robin.member@example.org';

/** The empty workspace, edited by one member too, plus a folder holding one case document shared with that member. */
function workspaceWithDocument(): WorkspaceState {
  const workspace = createEmptyWorkspace();
  workspace.files[workspace.activeSpreadsheetId].editors = [MEMBER];
  const file = { ...workspace.files[workspace.activeSpreadsheetId], owner: 'chair@example.org', editors: [], viewers: [], parents: [] };
  workspace.files['folder-1'] = { ...file, id: 'folder-1', name: 'Case documents', mimeType: MIME.folder };
  workspace.files['doc-1'] = { ...file, id: 'doc-1', name: 'home shelf', mimeType: MIME.document, editors: [MEMBER], parents: ['folder-1'] };
  workspace.documents['doc-1'] = {
    body: [
      { text: 'home shelf', heading: 'TITLE' },
      { text: 'Report summary', heading: 'HEADING1' },
      { text: 'Date every entry and describe behaviour in neutral words.', heading: 'NORMAL', italic: true },
    ],
  };
  return workspace;
}

describeWithBrowser('the emulator page', () => {
  let folder: string;
  let server: RunningServer;
  let browser: LaunchedBrowser;
  let page: Page;

  async function api(method: string, path: string, body: unknown): Promise<void> {
    const response = await fetch(new URL(path, server.url), { method, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
  }

  async function chooseFromMenu(...path: string[]): Promise<void> {
    await page.getByRole('button', { name: 'Django CoC' }).click();
    for (const caption of path) await page.getByRole('menuitem', { name: caption }).click();
  }

  function cell(a1: string) {
    const column = a1.charCodeAt(0) - 64;
    const row = Number(a1.slice(1));
    return page.locator(`#grid-wrap td[data-row="${row}"][data-column="${column}"]`);
  }

  function sidebar(): FrameLocator {
    return page.frameLocator('#sidebar-frame');
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'coc-e2e-shell-'));
    const buildDir = join(folder, 'build');
    mkdirSync(buildDir);
    writeFileSync(join(buildDir, 'Code.js'), FIXTURE_CODE);
    writeFileSync(join(buildDir, 'Sidebar.html'), SIDEBAR_HTML);
    server = await startServer({ port: 0, statePath: join(folder, 'workspace.json'), buildDir, initialWorkspace: 'empty' });
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    await api('PUT', '/api/workspace', workspaceWithDocument());
    page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
  });

  afterEach(async () => page.close());

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs google.script.run from a sidebar as the signed-in user, with the selected cell', async () => {
    await page.getByLabel('Signed in as').fill(MEMBER);
    await page.getByLabel('Signed in as').press('Enter');
    await cell('C3').click();
    await chooseFromMenu('Open sidebar');
    await page.getByRole('complementary').getByRole('heading', { name: 'Log a new report' }).waitFor();
    await sidebar().getByRole('button', { name: 'Greet' }).click();
    await sidebar().getByText(`Hello Robin / ${MEMBER} / C3 / from the sidebar`).waitFor();
    await page.screenshot({ path: screenshotPath('emulator-sidebar') });
  });

  it('refuses a Date argument in the page before it is sent, as google.script.run does', async () => {
    await chooseFromMenu('Open sidebar');
    await sidebar().getByRole('button', { name: 'Send a date' }).click();
    await sidebar().getByText('Failed due to illegal value in property: 0').waitFor();
  });

  it('closes the sidebar when the page calls google.script.host.close()', async () => {
    await chooseFromMenu('Open sidebar');
    await sidebar().getByRole('button', { name: 'Close' }).click();
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
  });

  it('puts an alert to the person and runs on with their answer', async () => {
    await chooseFromMenu('More', 'Ask and write');
    const question = page.getByRole('alertdialog', { name: 'Overwrite?' });
    await question.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('Code name written.').waitFor();
    await page.waitForFunction(() => document.querySelector('td[data-row="1"][data-column="1"]')?.textContent === 'answered YES');
  });

  it('puts a prompt to the person and hands the script the typed text and the button', async () => {
    await chooseFromMenu('More', 'Prompt and write');
    const question = page.getByRole('alertdialog', { name: 'Link identity key' });
    await question.getByLabel('Your answer').fill('{not json} 1AbCdEf');
    await question.getByRole('button', { name: 'OK' }).click();
    await page.waitForFunction(() => document.querySelector('td[data-row="1"][data-column="1"]')?.textContent === 'OK: {not json} 1AbCdEf');
  });

  it('shows a modal dialog in a frame, which the page can close', async () => {
    await chooseFromMenu('More', 'Open dialog');
    const dialog = page.getByRole('dialog', { name: 'Export statistics' });
    await dialog.waitFor();
    await page.frameLocator('#dialog-frame').getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('saves what a person types into a cell and fires onEdit', async () => {
    await cell('D7').click();
    await page.keyboard.type('Resolved');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('td[data-row="7"][data-column="5"]')?.textContent === 'onEdit saw Resolved');
    expect(await cell('D7').textContent()).toBe('Resolved');
  });

  it('shows a typed date as yyyy-mm-dd', async () => {
    await cell('A2').click();
    await page.keyboard.type('3/9/2024');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('td[data-row="2"][data-column="1"]')?.textContent === '2024-03-09');
  });

  it('lists Drive files with their sharing and opens a document', async () => {
    await page.getByRole('button', { name: 'Files' }).click();
    const row = page.getByRole('row', { name: /home shelf/ });
    expect(await row.textContent()).toContain(MEMBER);
    await row.getByRole('button', { name: 'home shelf' }).click();
    await page.getByRole('heading', { name: 'Report summary' }).waitFor();
    await page.screenshot({ path: screenshotPath('emulator-files'), fullPage: true });
  });
});
