/**
 * Issue 18's last two browser paths, keyboard only at the pages' real widths: Check a draft as a
 * member without Identity Key Access, who is told the key's names were not checked; and the Log a
 * new report sidebar's "Members to keep out" checkboxes, whose ticked member gets a conflict and no
 * access to the new case document.
 */
import type { Page } from 'playwright-core';
import type { SheetState, WorkspaceState } from '../../emulator/workspace/state';
import { pageFrame, tabTo } from './accessibility';
import { describeWithBrowser, openEmulatorPage, screenshotPath, useEmulatorInBrowser } from './browser';
import { COPIED, NO_VIOLATIONS, chooseFromMenu, dialogViolations, escapeDialog, eventually, focusedId, frameFit, tabThroughAndCopy } from './keyboard';

const MEMBER_WITHOUT_KEY_ACCESS = 'birch@example.org';
const KEPT_OUT = 'cedar@example.org';
const SUMMARY = 'Fictional summary: the reporter asked that one member be kept out.';

async function signInAs(page: Page, email: string): Promise<void> {
  await page.getByLabel('Signed in as').fill(email);
  await page.getByLabel('Signed in as').press('Enter');
  await page.getByRole('button', { name: 'Django CoC' }).waitFor();
}

describeWithBrowser('checking a draft and keeping a member out, in the browser', () => {
  const emulator = useEmulatorInBrowser(true);

  async function workspace(): Promise<WorkspaceState> {
    return (await (await fetch(new URL('/api/workspace', emulator.server.url))).json()) as WorkspaceState;
  }

  function statusSheet(state: WorkspaceState, name: string): SheetState {
    const sheet = state.spreadsheets[state.activeSpreadsheetId].sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`no ${name} sheet`);
    return sheet;
  }

  it('checks a draft by keyboard as a member without Identity Key Access, who is told the key was not checked', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator, 900);
    await signInAs(page, MEMBER_WITHOUT_KEY_ACCESS);
    await chooseFromMenu(page, 'Check a draft…');
    await page.getByRole('dialog', { name: 'Check a draft' }).waitFor();
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('#draft').waitFor();
    expect(await eventually(() => focusedId(dialog), (id) => id === 'draft')).toBe('draft');

    const draft = 'Fictional Person One wrote to fictional.writer@example.net on 4 June 2025.';
    await page.keyboard.type(draft);
    await page.keyboard.press('Control+Enter');

    await dialog.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    // The key's names are for members with Identity Key Access: the name is not found, and the note says why.
    expect(await dialog.locator('#highlighted mark').allTextContents()).toEqual(['fictional.writer@example.net', '4 June 2025']);
    expect(await dialog.locator('#key-note').isVisible()).toBe(true);
    expect(await dialog.locator('#key-note').textContent()).toMatch(/Identity Key Access/);
    expect(await dialog.locator('#redacted').inputValue()).toBe('Fictional Person One wrote to [redacted] on [redacted].');
    expect(await frameFit(page, dialog)).toEqual({ width: '680px', fits: true });
    expect(await dialogViolations(page)).toEqual(NO_VIOLATIONS);

    expect(await tabThroughAndCopy(page, dialog, ['highlighted', 'redacted', 'copy-redacted'])).toMatch(COPIED);
    await page.screenshot({ path: screenshotPath('draft-check-without-key'), fullPage: true });
    const after = await workspace();
    expect(JSON.stringify([after.spreadsheets, after.properties, after.log])).not.toContain('fictional.writer@example.net');
    await escapeDialog(page, 'Check a draft');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps a ticked member out of a new report, by keyboard in the 300 px sidebar: a conflict, and no access to its document', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator, 1000);
    await chooseFromMenu(page, 'Log a new report…');
    await page.frameLocator('#sidebar-frame').locator('#report-form').waitFor({ state: 'visible' });
    const sidebar = await pageFrame(page, '#sidebar-frame');
    const boxes = await sidebar.locator('#excluded-members-list input').evaluateAll((inputs) => inputs.map((input) => ({ id: input.id, value: (input as HTMLInputElement).value })));
    // Every other active member is offered; the chair logging it is not.
    expect(boxes.map((box) => box.value)).toEqual(['alder@example.org', 'birch@example.org', KEPT_OUT, 'rowan@example.org']);
    const keptOutBox = boxes.find((box) => box.value === KEPT_OUT)!.id;

    // The date is today's by default; from the first field on only keys are pressed.
    await page.keyboard.press('Tab');
    await tabTo(page, sidebar, 'kind-needs-decision');
    await page.keyboard.press('Space');
    await tabTo(page, sidebar, 'safetyRisk');
    await page.keyboard.type('No');
    await tabTo(page, sidebar, 'ongoingHarassment');
    await page.keyboard.type('No');
    await tabTo(page, sidebar, 'status');
    await page.keyboard.type('Ongoing');
    await tabTo(page, sidebar, 'summary');
    await page.keyboard.type(SUMMARY);
    await tabTo(page, sidebar, keptOutBox);
    await page.keyboard.press('Space');
    expect(await sidebar.locator(`#${keptOutBox}`).isChecked()).toBe(true);
    const width = await page.locator('#sidebar-frame').evaluate((frame) => Math.round(frame.getBoundingClientRect().width));
    expect({ width, fits: await sidebar.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth) }).toEqual({ width: 300, fits: true });
    await page.locator('#sidebar').screenshot({ path: screenshotPath('log-report-kept-out') });
    await tabTo(page, sidebar, 'submit-report');
    await page.keyboard.press('Enter');

    await sidebar.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    const caseCodeName = ((await sidebar.locator('#result-case').textContent()) ?? '').trim();
    expect(caseCodeName).toMatch(/^[a-z]+ [a-z]+$/);

    const state = await workspace();
    const cases = statusSheet(state, 'Cases');
    const header = cases.values[0].map(String);
    const row = cases.values.find((cells) => cells[header.indexOf('Case Code Name')] === caseCodeName)!;
    const documentId = /\/document\/d\/([^/]+)/.exec(String(row[header.indexOf('Documents')]))![1];
    const caseDocument = state.files[documentId];
    expect(caseDocument.editors).toEqual(expect.arrayContaining(['alder@example.org', 'birch@example.org', 'rowan@example.org']));
    expect([caseDocument.owner, ...caseDocument.editors, ...caseDocument.viewers]).not.toContain(KEPT_OUT);
    expect(statusSheet(state, 'Conflicts').values.map((cells) => [cells[0], cells[1]])).toContainEqual([KEPT_OUT, caseCodeName]);

    // Signed in as the member kept out, the new document is nowhere to be seen.
    const view = (await (await fetch(new URL(`/api/view?user=${encodeURIComponent(KEPT_OUT)}`, emulator.server.url))).json()) as { workspace: WorkspaceState };
    expect(Object.keys(view.workspace.files)).not.toContain(documentId);
    expect(Object.keys(view.workspace.documents ?? {})).not.toContain(documentId);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
