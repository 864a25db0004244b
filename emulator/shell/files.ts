import type { DocumentState, DriveFileState, WorkspaceState } from '../workspace/state';
import { MIME } from '../workspace/state';
import { renderCharts } from './charts';
import { byId, clear, el } from './dom';
import { pinFrozenRows, renderGrid } from './grid';

/** The Files view: every Drive file the signed-in person can open, with its owner and sharing, and a read-only look inside each. */

const KIND: Record<string, string> = { [MIME.spreadsheet]: 'Spreadsheet', [MIME.document]: 'Document', [MIME.folder]: 'Folder' };

let openFileId: string | undefined;

export function renderFiles(workspace: WorkspaceState): void {
  const list = byId('file-list');
  clear(list);
  const files = Object.values(workspace.files).sort((a, b) => kindOrder(a) - kindOrder(b) || a.name.localeCompare(b.name));
  const head = el('tr', {}, ['Name', 'Type', 'Owner', 'Sharing', 'Editors', 'Viewers', 'In folder'].map((label) => el('th', { scope: 'col', text: label })));
  const body = el('tbody', {}, files.map((file) => fileRow(workspace, file)));
  list.append(el('table', { className: 'files', 'aria-label': 'Drive files' }, [el('thead', {}, [head]), body]));
  if (files.length === 0) list.append(el('p', { text: 'No files: nothing is owned by or shared with the person signed in.' }));
  byId('log-output').textContent = workspace.log.length ? workspace.log.join('\n') : '(nothing logged)';
  if (openFileId && workspace.files[openFileId]) showFile(workspace, openFileId);
  else clear(byId('file-detail'));
}

function kindOrder(file: DriveFileState): number {
  return [MIME.spreadsheet, MIME.document, MIME.folder].indexOf(file.mimeType as never) + 1 || 9;
}

function fileRow(workspace: WorkspaceState, file: DriveFileState): HTMLTableRowElement {
  const openable = file.mimeType === MIME.spreadsheet || file.mimeType === MIME.document;
  const name: Node = openable ? el('button', { type: 'button', className: 'link-button', text: file.name }) : document.createTextNode(file.name);
  if (openable) name.addEventListener('click', () => showFile(workspace, file.id));
  const folders = file.parents.map((id) => workspace.files[id]?.name ?? id).join(', ');
  const sharing = file.access === 'PRIVATE' ? 'Private' : `${file.access} (${file.permission})`;
  return el('tr', {}, [
    el('td', { className: file.trashed ? 'trashed' : undefined }, [name, file.trashed ? ' (in trash)' : '']),
    el('td', { text: KIND[file.mimeType] ?? file.mimeType }),
    el('td', { text: file.owner }),
    el('td', { text: sharing }),
    el('td', { text: file.editors.join(', ') || '—' }),
    el('td', { text: file.viewers.join(', ') || '—' }),
    el('td', { text: folders || '—' }),
  ]);
}

function showFile(workspace: WorkspaceState, id: string): void {
  openFileId = id;
  const detail = byId('file-detail');
  clear(detail);
  const file = workspace.files[id];
  detail.append(el('h3', { text: `${file.name} (${KIND[file.mimeType] ?? file.mimeType}, read-only)` }));
  if (workspace.spreadsheets[id]) showSpreadsheet(detail, workspace, id);
  if (workspace.documents[id]) detail.append(renderDocument(file.name, workspace.documents[id]));
}

function showSpreadsheet(detail: HTMLElement, workspace: WorkspaceState, id: string, sheetIndex = 0): void {
  const spreadsheet = workspace.spreadsheets[id];
  const sheets = spreadsheet.sheets.filter((sheet) => !sheet.hidden);
  const sheet = sheets[Math.min(sheetIndex, sheets.length - 1)] ?? spreadsheet.sheets[0];
  const tabs = el('div', { className: 'tabs', role: 'tablist', 'aria-label': `Sheets of ${workspace.files[id].name}` });
  sheets.forEach((candidate, index) => {
    const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': String(candidate === sheet), text: candidate.name });
    tab.addEventListener('click', () => {
      detail.querySelector('.grid-wrap')?.remove();
      tabs.remove();
      showSpreadsheet(detail, workspace, id, index);
    });
    tabs.append(tab);
  });
  const wrap = el('div', { className: 'grid-wrap' }, [
    renderGrid(sheet, { timeZone: spreadsheet.timeZone, readOnly: true }),
    ...renderCharts(sheet, spreadsheet.sheets, spreadsheet.timeZone),
  ]);
  detail.append(wrap, tabs);
  pinFrozenRows(wrap.querySelector('table')!);
}

const HEADING_TAGS: Record<string, keyof HTMLElementTagNameMap> = {
  TITLE: 'h4', SUBTITLE: 'p', HEADING1: 'h4', HEADING2: 'h5', HEADING3: 'h6', HEADING4: 'h6', HEADING5: 'h6', HEADING6: 'h6',
};

/** A document's title and body, headings as headings, as read-only text. */
function renderDocument(title: string, document: DocumentState): HTMLElement {
  const page = el('article', { className: 'document', 'aria-label': `Document ${title}` });
  for (const paragraph of document.body) {
    const tag = HEADING_TAGS[paragraph.heading] ?? 'p';
    const classes = [paragraph.heading === 'TITLE' ? 'title' : '', paragraph.heading === 'SUBTITLE' ? 'subtitle' : '', paragraph.italic ? 'italic' : ''];
    page.append(el(tag, { className: classes.filter(Boolean).join(' ') || undefined, text: paragraph.text }));
  }
  return page;
}
