import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { MIME, type DocumentState, type DriveFileState, type ParagraphHeading, type ParagraphState } from '../../workspace/state';
import { canEdit, canView } from '../../workspace/access';
import {
  accessDenied,
  addEditorTo,
  addViewerTo,
  createDriveItemState,
  driveUrl,
  editorsOf,
  removeEditorFrom,
  removeViewerFrom,
  resolveEmail,
  viewersOf,
} from '../drive/sharing';
import { parameterMismatch } from '../common/serviceHelpers';
import { EnumMember, enumName, enumOf } from '../common/enums';

/**
 * The emulated DocumentApp (https://developers.google.com/apps-script/reference/document): a
 * document is its Drive item in `workspace.files` plus a list of paragraphs in
 * `workspace.documents`. Reading needs view access (checked on open), every write edit access.
 */

export const DOCUMENT_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";
export const DOCUMENT_NO_PERMISSION = 'You do not have permission to access the requested document.';
export const DOCUMENT_CLOSED = 'Document is closed, its contents cannot be updated.';
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";
/** Emulator wording: a Paragraph used after it was taken out of the body. */
export const ELEMENT_REMOVED = 'This element is no longer in the document.';
export const INVALID_URL = 'Invalid argument: url';

export const PARAGRAPH_HEADINGS: readonly ParagraphHeading[] = [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
];
/** DocumentApp.ParagraphHeading (https://developers.google.com/apps-script/reference/document/paragraph-heading). */
const PARAGRAPH_HEADING = enumOf('DocumentApp.ParagraphHeading', PARAGRAPH_HEADINGS);

/** A new Google Doc's body: one empty normal paragraph. */
export function newDocumentState(): DocumentState {
  return { body: [{ text: '', heading: 'NORMAL' }] };
}

/** "Paragraphs may not contain new-line characters. New-line characters are converted to line-break characters ("\r")." */
function paragraphText(text: string): string {
  return text.replace(/\n/g, '\r');
}

/** What one opened Document, its Body, Paragraphs and Texts share. */
class DocumentHandle {
  closed = false;
  constructor(
    readonly run: RunContext,
    readonly id: string,
  ) {}

  file(): DriveFileState {
    const file = this.run.workspace.files[this.id];
    if (!file) throw new Error(DOCUMENT_MISSING);
    return file;
  }

  content(): DocumentState {
    if (this.closed) throw new Error(DOCUMENT_CLOSED);
    const content = this.run.workspace.documents[this.id];
    if (!content) throw new Error(DOCUMENT_MISSING);
    return content;
  }

  /** The content, after checking the running user may edit the document. */
  writable(): DocumentState {
    const content = this.content();
    if (!canEdit(this.file(), this.run.user, this.run.workspace)) throw accessDenied('DocumentApp');
    return content;
  }
}

function requireString(value: unknown, method: string, args: readonly unknown[] = [value]): string {
  if (typeof value !== 'string') throw parameterMismatch(method, args);
  return value;
}

function createText(handle: DocumentHandle, paragraph: ParagraphState, attached: (write: boolean) => DocumentState) {
  const text = {
    getText: (): string => {
      attached(false);
      return paragraph.text;
    },
    setText(value: unknown) {
      const newText = requireString(value, 'DocumentApp.Text.setText');
      attached(true);
      paragraph.text = paragraphText(newText);
      return proxy;
    },
    isItalic: (): boolean => {
      attached(false);
      return paragraph.italic === true;
    },
    /** setItalic(italic), or setItalic(start, endInclusive, italic) over the whole text. */
    setItalic(...args: unknown[]) {
      const italic = args[args.length - 1];
      const whole = args.length === 1 || (args.length === 3 && args[0] === 0 && args[1] === paragraph.text.length - 1);
      if (typeof italic !== 'boolean' || (args.length !== 1 && args.length !== 3)) throw parameterMismatch('DocumentApp.Text.setItalic', args);
      if (!whole) throw new Error('DocumentApp.Text.setItalic on part of a paragraph is not implemented in the emulator');
      attached(true);
      paragraph.italic = italic;
      return proxy;
    },
  };
  const proxy: object = instrument(text, 'Text', handle.run);
  return proxy as typeof text;
}

function createParagraph(handle: DocumentHandle, paragraph: ParagraphState) {
  const attached = (write: boolean): DocumentState => {
    const content = write ? handle.writable() : handle.content();
    if (!content.body.includes(paragraph)) throw new Error(ELEMENT_REMOVED);
    return content;
  };
  const element = {
    getText: (): string => {
      attached(false);
      return paragraph.text;
    },
    /** Returns nothing, as in Apps Script (it does not chain). */
    setText(value: unknown): void {
      const text = requireString(value, 'DocumentApp.Paragraph.setText');
      attached(true);
      paragraph.text = paragraphText(text);
    },
    getHeading: (): EnumMember => {
      attached(false);
      return PARAGRAPH_HEADING[paragraph.heading];
    },
    setHeading(heading: unknown) {
      const value = enumName(PARAGRAPH_HEADING, heading);
      if (!value) throw parameterMismatch('DocumentApp.Paragraph.setHeading', [heading]);
      attached(true);
      paragraph.heading = value;
      return proxy;
    },
    editAsText: () => {
      attached(false);
      return createText(handle, paragraph, attached);
    },
    removeFromParent() {
      const content = attached(true);
      if (content.body.length === 1) throw new Error(LAST_PARAGRAPH);
      content.body.splice(content.body.indexOf(paragraph), 1);
      return proxy;
    },
  };
  const proxy: object = instrument(element, 'Paragraph', handle.run);
  return proxy as typeof element;
}

function createBody(handle: DocumentHandle) {
  const body = {
    appendParagraph(text: unknown) {
      const value = requireString(text, 'DocumentApp.Body.appendParagraph');
      const paragraph: ParagraphState = { text: paragraphText(value), heading: 'NORMAL' };
      handle.writable().body.push(paragraph);
      return createParagraph(handle, paragraph);
    },
    insertParagraph(childIndex: unknown, text: unknown) {
      if (typeof childIndex !== 'number' || !Number.isInteger(childIndex) || typeof text !== 'string') {
        throw parameterMismatch('DocumentApp.Body.insertParagraph', [childIndex, text]);
      }
      const content = handle.writable();
      if (childIndex < 0 || childIndex > content.body.length) {
        throw new Error(`Child index (${childIndex}) must be less than or equal to the number of child elements (${content.body.length}).`);
      }
      const paragraph: ParagraphState = { text: paragraphText(text), heading: 'NORMAL' };
      content.body.splice(childIndex, 0, paragraph);
      return createParagraph(handle, paragraph);
    },
    getParagraphs: () => handle.content().body.map((paragraph) => createParagraph(handle, paragraph)),
    getNumChildren: (): number => handle.content().body.length,
    /** The paragraphs' text joined with '\n'. */
    getText: (): string =>
      handle
        .content()
        .body.map((paragraph) => paragraph.text)
        .join('\n'),
    /** Replaces the body with plain paragraphs, one per line of the text. */
    setText(text: unknown) {
      const value = requireString(text, 'DocumentApp.Body.setText');
      handle.writable().body = value.split('\n').map((line): ParagraphState => ({ text: line, heading: 'NORMAL' }));
      return proxy;
    },
    /** Empties the body, which (like every Docs body) keeps one empty paragraph. */
    clear() {
      handle.writable().body = newDocumentState().body;
      return proxy;
    },
  };
  const proxy: object = instrument(body, 'Body', handle.run);
  return proxy as typeof body;
}

function createDocument(run: RunContext, id: string) {
  const handle = new DocumentHandle(run, id);
  const where = 'DocumentApp.Document';
  const document = {
    getId: (): string => id,
    getName: (): string => handle.file().name,
    setName(name: unknown) {
      const value = requireString(name, `${where}.setName`);
      const file = handle.file();
      if (!canEdit(file, run.user, run.workspace)) throw accessDenied('DocumentApp');
      file.name = value;
      return proxy;
    },
    getUrl: (): string => driveUrl(handle.file()),
    getBody: () => {
      handle.content();
      return createBody(handle);
    },
    /** Later use of the body, its paragraphs or texts throws, as in Apps Script. */
    saveAndClose(): void {
      handle.closed = true;
    },
    getEditors: () => editorsOf(run, handle.file()),
    getViewers: () => viewersOf(run, handle.file()),
    addEditor(who: unknown) {
      addEditorTo(run, handle.file(), resolveEmail(who, `${where}.addEditor`), 'DocumentApp');
      return proxy;
    },
    addEditors(emails: unknown) {
      if (!Array.isArray(emails)) throw parameterMismatch(`${where}.addEditors`, [emails]);
      for (const email of emails) addEditorTo(run, handle.file(), resolveEmail(email, `${where}.addEditors`), 'DocumentApp');
      return proxy;
    },
    removeEditor(who: unknown) {
      removeEditorFrom(run, handle.file(), resolveEmail(who, `${where}.removeEditor`), 'DocumentApp');
      return proxy;
    },
    addViewer(who: unknown) {
      addViewerTo(run, handle.file(), resolveEmail(who, `${where}.addViewer`), 'DocumentApp');
      return proxy;
    },
    addViewers(emails: unknown) {
      if (!Array.isArray(emails)) throw parameterMismatch(`${where}.addViewers`, [emails]);
      for (const email of emails) addViewerTo(run, handle.file(), resolveEmail(email, `${where}.addViewers`), 'DocumentApp');
      return proxy;
    },
    removeViewer(who: unknown) {
      removeViewerFrom(run, handle.file(), resolveEmail(who, `${where}.removeViewer`), 'DocumentApp');
      return proxy;
    },
  };
  const proxy: object = instrument(document, 'Document', run);
  return proxy as typeof document;
}

export type EmulatedDocument = ReturnType<typeof createDocument>;

/** The id in a Docs or Drive link: `/d/ID/...` or `?id=ID`. */
export function documentIdFromUrl(url: string): string | undefined {
  return /\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(url)?.[1];
}

function openDocument(run: RunContext, id: string) {
  const file = Object.prototype.hasOwnProperty.call(run.workspace.files, id) ? run.workspace.files[id] : undefined;
  if (!file || file.mimeType !== MIME.document || file.trashed || !run.workspace.documents[id]) throw new Error(DOCUMENT_MISSING);
  if (!canView(file, run.user, run.workspace)) throw new Error(DOCUMENT_NO_PERMISSION);
  return createDocument(run, id);
}

export function createDocumentApp(run: RunContext) {
  const documentApp = {
    ParagraphHeading: PARAGRAPH_HEADING,
    /** A new document owned by the running user, at the top of their My Drive. */
    create(name: unknown) {
      const value = requireString(name, 'DocumentApp.create');
      const file = createDriveItemState(run, { prefix: 'doc-', name: value, mimeType: MIME.document, parents: [] });
      run.workspace.documents[file.id] = newDocumentState();
      return createDocument(run, file.id);
    },
    openById: (id: unknown) => openDocument(run, requireString(id, 'DocumentApp.openById')),
    openByUrl(url: unknown) {
      const id = documentIdFromUrl(requireString(url, 'DocumentApp.openByUrl'));
      if (id === undefined) throw new Error(INVALID_URL);
      return openDocument(run, id);
    },
    /** A script bound to a spreadsheet has no active document. */
    getActiveDocument: (): null => null,
  };
  return instrument(documentApp, 'DocumentApp', run);
}
