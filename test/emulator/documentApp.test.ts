import { createTestRun, storedDriveItem } from './harness';
import {
  createDocumentApp,
  DOCUMENT_CLOSED,
  DOCUMENT_MISSING,
  DOCUMENT_NO_PERMISSION,
  LAST_PARAGRAPH,
} from '../../emulator/services/documents/documentApp';
import { createDriveApp } from '../../emulator/services/drive/driveApp';
import { createEmptyWorkspace, CHAIR_EMAIL } from '../../emulator/workspace';
import { MIME, type DriveFileState, type WorkspaceState } from '../../emulator/workspace/state';

type DocumentApp = GoogleAppsScript.Document.DocumentApp;

const MEMBER = 'fictional.member@example.org';
const OTHER_MEMBER = 'other.member@example.org';
const CASE_DOC_ID = 'doc-case';

/** A workspace holding one case document owned by the chair, with the given sharing. */
function workspaceWithCaseDocument(sharing: Partial<DriveFileState> = {}): WorkspaceState {
  const workspace = createEmptyWorkspace();
  workspace.files[CASE_DOC_ID] = storedDriveItem(CASE_DOC_ID, { name: 'home shelf', createdAt: '2021-05-06T07:08:09.000Z', ...sharing });
  workspace.documents[CASE_DOC_ID] = { body: [{ text: 'Report summary', heading: 'HEADING1' }] };
  return workspace;
}

function documentsFor(workspace: WorkspaceState = createEmptyWorkspace(), user = CHAIR_EMAIL) {
  const { run } = createTestRun({ workspace, user });
  return { run, workspace, documents: createDocumentApp(run) as unknown as DocumentApp };
}

describe('DocumentApp.create', () => {
  // https://developers.google.com/apps-script/reference/document/document-app#create(String): creates and returns a new
  // document, owned by the user running the script, in their Drive.
  it('stores a private Google Doc owned by the running user with the given name', () => {
    const { workspace, documents } = documentsFor(undefined, MEMBER);
    const id = documents.create('home shelf').getId();
    expect(workspace.files[id]).toMatchObject({
      name: 'home shelf',
      mimeType: MIME.document,
      owner: MEMBER,
      editors: [],
      access: 'PRIVATE',
      parents: [],
    });
  });

  // A new Google Doc's body holds one empty normal paragraph.
  it('starts the body with one empty normal paragraph', () => {
    const { workspace, documents } = documentsFor();
    const id = documents.create('home shelf').getId();
    expect(workspace.documents[id].body).toEqual([{ text: '', heading: 'NORMAL' }]);
  });

  // https://developers.google.com/apps-script/reference/document/document#getUrl(): the URL to open the document.
  it('gives the document a Docs URL', () => {
    const { documents } = documentsFor();
    const document = documents.create('home shelf');
    expect(document.getUrl()).toBe(`https://docs.google.com/document/d/${document.getId()}/edit`);
  });

  // Every Drive item has its own id. A workspace loaded with PUT /api/workspace may already hold
  // the id the sequence would give next; the new document must not take that file's place.
  it('never reuses the id of a file the workspace already holds (regression: a new document overwrote a loaded one)', () => {
    const workspace = workspaceWithCaseDocument();
    workspace.files['doc-000001'] = { ...workspace.files[CASE_DOC_ID], id: 'doc-000001', name: 'quiet lantern' };
    workspace.documents['doc-000001'] = { body: [{ text: 'Earlier case', heading: 'NORMAL' }] };
    workspace.nextId = 1;
    const { documents } = documentsFor(workspace);
    const id = documents.create('home shelf').getId();
    expect(id).not.toBe('doc-000001');
    expect([workspace.files['doc-000001'].name, workspace.documents['doc-000001'].body[0].text]).toEqual(['quiet lantern', 'Earlier case']);
  });
});

describe('DocumentApp.openById and openByUrl', () => {
  // https://developers.google.com/apps-script/reference/document/document-app#openById(String): opens the document with that id.
  it('opens a document for a user it is shared with as a viewer', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument({ viewers: [MEMBER] }), MEMBER);
    expect(documents.openById(CASE_DOC_ID).getName()).toBe('home shelf');
  });

  // Apps Script: opening a document id that does not exist throws
  // "Document is missing (perhaps it was deleted, or you don't have read access?)".
  it('throws "Document is missing" for an id that does not exist', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument());
    expect(() => documents.openById('doc-that-never-was')).toThrow(DOCUMENT_MISSING);
  });

  // Apps Script: opening a document the user has no access to throws
  // "You do not have permission to access the requested document."
  it('refuses a user who is neither owner, editor nor viewer', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument({ editors: [OTHER_MEMBER] }), MEMBER);
    expect(() => documents.openById(CASE_DOC_ID)).toThrow(DOCUMENT_NO_PERMISSION);
  });

  // A spreadsheet's id is not a document's.
  it('does not open a spreadsheet as a document', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument());
    expect(() => documents.openById('status-spreadsheet')).toThrow(DOCUMENT_MISSING);
  });

  // https://developers.google.com/apps-script/reference/document/document-app#openByUrl(String): opens the document at that URL.
  it('opens a document by the URL getUrl gives', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument());
    expect(documents.openByUrl(`https://docs.google.com/document/d/${CASE_DOC_ID}/edit`).getId()).toBe(CASE_DOC_ID);
  });

  it('rejects a URL without a document id', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument());
    expect(() => documents.openByUrl('https://example.org/not-a-document')).toThrow('Invalid argument: url');
  });

  // https://developers.google.com/apps-script/reference/document/document-app#getActiveDocument(): null unless the script is
  // bound to a document; this one is bound to a spreadsheet.
  it('has no active document', () => {
    const { documents } = documentsFor();
    expect(documents.getActiveDocument()).toBeNull();
  });
});

describe('Body', () => {
  // https://developers.google.com/apps-script/reference/document/body#appendParagraph(String): creates and appends a new
  // paragraph; it comes after the empty paragraph a new document starts with.
  it('appends paragraphs after the initial empty paragraph', () => {
    const { documents } = documentsFor();
    const body = documents.create('home shelf').getBody();
    body.appendParagraph('Report summary');
    body.appendParagraph('Date every entry.');
    expect([body.getNumChildren(), body.getText()]).toEqual([3, '\nReport summary\nDate every entry.']);
  });

  // https://developers.google.com/apps-script/reference/document/paragraph: "Paragraphs may not contain new-line characters.
  // New-line characters ("\n") are converted to line-break characters ("\r")."
  it('turns new-lines inside a paragraph into line breaks', () => {
    const { documents } = documentsFor();
    const paragraph = documents.create('home shelf').getBody().appendParagraph('first line\nsecond line');
    expect(paragraph.getText()).toBe('first line\rsecond line');
  });

  // https://developers.google.com/apps-script/reference/document/body#insertParagraph(Integer,String): inserts at the index.
  it('inserts a paragraph at the given child index', () => {
    const { workspace, documents } = documentsFor(workspaceWithCaseDocument());
    documents.openById(CASE_DOC_ID).getBody().insertParagraph(0, 'Case file');
    expect(workspace.documents[CASE_DOC_ID].body.map((p) => p.text)).toEqual(['Case file', 'Report summary']);
  });

  it('rejects a child index past the end of the body', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument());
    expect(() => documents.openById(CASE_DOC_ID).getBody().insertParagraph(5, 'Case file')).toThrow('Child index (5)');
  });

  // https://developers.google.com/apps-script/reference/document/body#clear(): clears the contents; a body always keeps one
  // paragraph.
  it('clears to a single empty paragraph', () => {
    const { workspace, documents } = documentsFor(workspaceWithCaseDocument());
    documents.openById(CASE_DOC_ID).getBody().clear();
    expect(workspace.documents[CASE_DOC_ID].body).toEqual([{ text: '', heading: 'NORMAL' }]);
  });

  // https://developers.google.com/apps-script/reference/document/body#setText(String): sets the contents to the plain text.
  it('replaces the contents with plain paragraphs, one per line', () => {
    const { workspace, documents } = documentsFor(workspaceWithCaseDocument());
    documents.openById(CASE_DOC_ID).getBody().setText('one\ntwo');
    expect(workspace.documents[CASE_DOC_ID].body).toEqual([
      { text: 'one', heading: 'NORMAL' },
      { text: 'two', heading: 'NORMAL' },
    ]);
  });

  // https://developers.google.com/apps-script/reference/document/body#getParagraphs(): every paragraph, in order.
  it('lists the paragraphs with their headings', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument());
    const paragraphs = documents.openById(CASE_DOC_ID).getBody().getParagraphs();
    expect(paragraphs.map((p) => [p.getText(), String(p.getHeading())])).toEqual([['Report summary', 'HEADING1']]);
  });
});

describe('Paragraph', () => {
  // https://developers.google.com/apps-script/reference/document/paragraph#setHeading(ParagraphHeading): sets the heading.
  it('takes a heading from the ParagraphHeading enum and returns itself', () => {
    const { workspace, documents } = documentsFor();
    const document = documents.create('home shelf');
    const paragraph = document.getBody().appendParagraph('Report summary');
    expect(paragraph.setHeading(documents.ParagraphHeading.HEADING2)).toBe(paragraph);
    expect(workspace.documents[document.getId()].body[1].heading).toBe('HEADING2');
  });

  it('rejects a heading that is not in the enum', () => {
    const { documents } = documentsFor();
    const paragraph = documents.create('home shelf').getBody().appendParagraph('Report summary');
    expect(() => paragraph.setHeading('Heading 1' as unknown as GoogleAppsScript.Document.ParagraphHeading)).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.",
    );
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#setText(String): returns nothing, so it does not chain.
  it('sets its text without returning anything to chain on', () => {
    const { workspace, documents } = documentsFor(workspaceWithCaseDocument());
    const paragraph = documents.openById(CASE_DOC_ID).getBody().getParagraphs()[0];
    expect(paragraph.setText('Working group discussion')).toBeUndefined();
    expect(workspace.documents[CASE_DOC_ID].body[0].text).toBe('Working group discussion');
  });

  // https://developers.google.com/apps-script/reference/document/text#setItalic(Boolean): sets the italic setting of the text.
  it('makes its text italic through editAsText', () => {
    const { workspace, documents } = documentsFor(workspaceWithCaseDocument());
    documents.openById(CASE_DOC_ID).getBody().getParagraphs()[0].editAsText().setItalic(true);
    expect(workspace.documents[CASE_DOC_ID].body[0].italic).toBe(true);
  });

  // Google Docs keeps at least one paragraph in a body: "Can't remove the last paragraph in a document section."
  it('refuses to remove the last paragraph of the body', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument());
    const paragraph = documents.openById(CASE_DOC_ID).getBody().getParagraphs()[0];
    expect(() => paragraph.removeFromParent()).toThrow(LAST_PARAGRAPH);
  });
});

describe('Document writes and sharing', () => {
  // A viewer can read a document but not change it; Apps Script throws "Access denied: DocumentApp."
  it('lets a viewer read the body but not write it', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument({ viewers: [MEMBER] }), MEMBER);
    const body = documents.openById(CASE_DOC_ID).getBody();
    expect(body.getText()).toBe('Report summary');
    expect(() => body.appendParagraph('Proposed consequences')).toThrow('Access denied: DocumentApp.');
  });

  // https://developers.google.com/apps-script/reference/document/document#saveAndClose(): "Saves the current Document. Causes
  // pending updates to be flushed and applied." Once closed, the document's contents cannot be updated.
  it('refuses body changes after saveAndClose', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument());
    const document = documents.openById(CASE_DOC_ID);
    const body = document.getBody();
    document.saveAndClose();
    expect(() => body.appendParagraph('Resolution')).toThrow(DOCUMENT_CLOSED);
  });

  // https://developers.google.com/apps-script/reference/document/document#setName(String): renames the document in Drive.
  it('renames the document\'s Drive item', () => {
    const { workspace, documents } = documentsFor(workspaceWithCaseDocument());
    documents.openById(CASE_DOC_ID).setName('quiet harbour');
    expect(workspace.files[CASE_DOC_ID].name).toBe('quiet harbour');
  });

  // https://developers.google.com/apps-script/reference/document/document#addEditor(String): the document's editors are its
  // Drive file's editors, so DriveApp sees the change.
  it('adds an editor that DriveApp then lists', () => {
    const { run, documents } = documentsFor(workspaceWithCaseDocument());
    documents.openById(CASE_DOC_ID).addEditor(MEMBER);
    const drive = createDriveApp(run) as unknown as GoogleAppsScript.Drive.DriveApp;
    expect(drive.getFileById(CASE_DOC_ID).getEditors().map((user) => user.getEmail())).toEqual([MEMBER]);
  });

  // https://developers.google.com/apps-script/reference/document/document#removeEditor(String): removes the user from the editors.
  it('removes an editor so they can no longer open the document', () => {
    const workspace = workspaceWithCaseDocument({ editors: [MEMBER] });
    documentsFor(workspace).documents.openById(CASE_DOC_ID).removeEditor(MEMBER);
    expect(() => documentsFor(workspace, MEMBER).documents.openById(CASE_DOC_ID)).toThrow(DOCUMENT_NO_PERMISSION);
  });

  it('refuses sharing changes by a viewer', () => {
    const { documents } = documentsFor(workspaceWithCaseDocument({ viewers: [MEMBER] }), MEMBER);
    expect(() => documents.openById(CASE_DOC_ID).addViewer(OTHER_MEMBER)).toThrow('Access denied: DocumentApp.');
  });

  it('counts calls on documents, bodies and paragraphs', () => {
    const { run, documents } = documentsFor();
    documents.create('home shelf').getBody().appendParagraph('Report summary').setHeading(documents.ParagraphHeading.HEADING1);
    expect(run.calls).toEqual({
      'DocumentApp.create': 1,
      'Document.getBody': 1,
      'Body.appendParagraph': 1,
      'Paragraph.setHeading': 1,
    });
  });
});
