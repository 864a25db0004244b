import { createTestRun, storedDriveItem } from './harness';
import { createDocsAdvancedService } from '../../emulator/services/documents/docsAdvanced';
import { createEmptyWorkspace } from '../../emulator/workspace';
import type { DriveFileState, ParagraphState, WorkspaceState } from '../../emulator/workspace/state';

const MEMBER = 'fictional.member@example.org';
const DOC_ID = 'doc-case';

/** A workspace holding one Google Doc owned by the chair, with the given body (a new document's by default). */
function workspaceWithDocument(body: ParagraphState[] = [{ text: '', heading: 'NORMAL' }], file: Partial<DriveFileState> = {}): WorkspaceState {
  const workspace = createEmptyWorkspace();
  workspace.files[DOC_ID] = storedDriveItem(DOC_ID, file);
  workspace.documents[DOC_ID] = { body };
  return workspace;
}

type Request = Record<string, unknown>;

function docsFor(workspace: WorkspaceState, user?: string) {
  const { run } = createTestRun({ workspace, user });
  const docs = createDocsAdvancedService(run) as unknown as { Documents: { batchUpdate(resource: { requests: Request[] }, id: string): unknown } };
  const update = (...requests: Request[]) => docs.Documents.batchUpdate({ requests }, DOC_ID);
  return { run, update, body: () => workspace.documents[DOC_ID].body };
}

const insert = (index: number, text: string): Request => ({ insertText: { location: { index }, text } });
const paragraphStyle = (startIndex: number, endIndex: number, namedStyleType: string): Request => ({
  updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: { namedStyleType }, fields: 'namedStyleType' },
});
const italic = (startIndex: number, endIndex: number, value: boolean): Request => ({
  updateTextStyle: { range: { startIndex, endIndex }, textStyle: { italic: value }, fields: 'italic' },
});

// https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate
describe('Docs.Documents.batchUpdate (Docs advanced service v1)', () => {
  // https://developers.google.com/docs/api/concepts/rules-behavior: "Inserting a newline character
  // implicitly creates a Paragraph at that index."
  it('writes several paragraphs with their styles in one call', () => {
    const { run, update, body } = docsFor(workspaceWithDocument());
    // "Heading\nReminder\n": Heading is 1..8 with its newline, Reminder 9..17.
    update(insert(1, 'Heading\nReminder'), paragraphStyle(1, 9, 'HEADING_2'), italic(9, 18, true));
    expect(body()).toEqual([
      { text: 'Heading', heading: 'HEADING2' },
      { text: 'Reminder', heading: 'NORMAL', italic: true },
    ]);
    expect(run.calls).toEqual({ 'Docs.Documents.batchUpdate': 1 });
  });

  // "The paragraph style of the new paragraph is copied from the paragraph at the current insertion index."
  it('gives paragraphs made by a newline the style of the paragraph it was inserted into', () => {
    const { update, body } = docsFor(workspaceWithDocument([{ text: 'Title', heading: 'HEADING1' }]));
    update(insert(3, 'x\ny'));
    expect(body()).toEqual([
      { text: 'Tix', heading: 'HEADING1' },
      { text: 'ytle', heading: 'HEADING1' },
    ]);
  });

  it('inserts at the end of the body with endOfSegmentLocation', () => {
    const { update, body } = docsFor(workspaceWithDocument([{ text: 'One', heading: 'NORMAL' }]));
    update({ insertText: { endOfSegmentLocation: {}, text: '\nTwo' } });
    expect(body().map((paragraph) => paragraph.text)).toEqual(['One', 'Two']);
  });

  // "Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic
  // Multilingual Plane Private Use Area (U+E000-U+F8FF) are stripped out of inserted text."
  it('strips control characters and private-use characters from inserted text', () => {
    const { update, body } = docsFor(workspaceWithDocument());
    update(insert(1, 'a\u0001b\rc\uE000d\te'));
    expect(body()[0].text).toBe('abcd\te');
  });

  it('applies none of the requests when one of them is not valid', () => {
    const { update, body } = docsFor(workspaceWithDocument());
    expect(() => update(insert(1, 'Kept out'), paragraphStyle(1, 50, 'HEADING_2'))).toThrow(
      'Index 49 must be less than the end index of the referenced segment, 10.',
    );
    expect(body()).toEqual([{ text: '', heading: 'NORMAL' }]);
  });

  it('refuses an insert outside the body and an empty range', () => {
    const { update } = docsFor(workspaceWithDocument());
    expect(() => update(insert(0, 'x'))).toThrow('Index 0 must be greater than or equal to 1.');
    expect(() => update(insert(2, 'x'))).toThrow('Index 2 must be less than the end index of the referenced segment, 2.');
    expect(() => update(paragraphStyle(1, 1, 'HEADING_2'))).toThrow('The range should not be empty.');
  });

  it('refuses a named style Docs does not have', () => {
    const { update } = docsFor(workspaceWithDocument());
    expect(() => update(paragraphStyle(1, 2, 'HEADING_9'))).toThrow("Invalid value at 'requests.paragraph_style.named_style_type'");
  });

  it('refuses a user who may only view the document, changing nothing', () => {
    const { update, body } = docsFor(workspaceWithDocument(undefined, { viewers: [MEMBER] }), MEMBER);
    expect(() => update(insert(1, 'x'))).toThrow('The caller does not have permission');
    expect(body()).toEqual([{ text: '', heading: 'NORMAL' }]);
  });

  it('says a trashed or missing document was not found', () => {
    const { update } = docsFor(workspaceWithDocument(undefined, { trashed: true }));
    expect(() => update(insert(1, 'x'))).toThrow('Requested entity was not found.');
  });

  it('says which requests and fields it does not model instead of ignoring them', () => {
    const { update } = docsFor(workspaceWithDocument([{ text: 'Some text', heading: 'NORMAL' }]));
    expect(() => update({ deleteContentRange: { range: { startIndex: 1, endIndex: 3 } } })).toThrow('not implemented in the emulator');
    expect(() => update(italic(2, 4, true))).toThrow('not implemented in the emulator');
    expect(() => update({ updateTextStyle: { range: { startIndex: 1, endIndex: 10 }, textStyle: { bold: true }, fields: 'bold' } })).toThrow(
      'not implemented in the emulator',
    );
  });
});

// https://developers.google.com/docs/api/reference/rest/v1/documents/get, in the representation
// without tabs; the structure is https://developers.google.com/docs/api/concepts/structure.
describe('Docs.Documents.get (Docs advanced service v1)', () => {
  function getter(workspace: WorkspaceState, user?: string) {
    const { run } = createTestRun({ workspace, user });
    const docs = createDocsAdvancedService(run) as unknown as { Documents: { get(id: string, optionalArgs?: object): { title: string; body: { content: Record<string, unknown>[] } } } };
    return { run, get: (optionalArgs?: object) => docs.Documents.get(DOC_ID, optionalArgs) };
  }

  // "Indexes are measured in UTF-16 code units"; each paragraph ends with its newline; the body
  // starts with a section break.
  it('gives the body as a section break then each paragraph with its indexes, text run and named style', () => {
    const { run, get } = getter(
      workspaceWithDocument([
        { text: 'Resolution', heading: 'HEADING2' },
        { text: 'Date every entry', heading: 'NORMAL', italic: true },
        { text: 'One\rtwo 😀', heading: 'NORMAL' },
      ]),
    );
    const document = get();
    expect(document.title).toBe(DOC_ID);
    expect(document.body.content).toEqual([
      { endIndex: 1, sectionBreak: { sectionStyle: {} } },
      {
        startIndex: 1,
        endIndex: 12,
        paragraph: { elements: [{ startIndex: 1, endIndex: 12, textRun: { content: 'Resolution\n', textStyle: {} } }], paragraphStyle: { namedStyleType: 'HEADING_2' } },
      },
      {
        startIndex: 12,
        endIndex: 29,
        paragraph: {
          elements: [{ startIndex: 12, endIndex: 29, textRun: { content: 'Date every entry\n', textStyle: { italic: true } } }],
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
        },
      },
      {
        // A line break inside a paragraph is a vertical tab; the emoji is two UTF-16 code units.
        startIndex: 29,
        endIndex: 40,
        paragraph: { elements: [{ startIndex: 29, endIndex: 40, textRun: { content: 'One\u000Btwo 😀\n', textStyle: {} } }], paragraphStyle: { namedStyleType: 'NORMAL_TEXT' } },
      },
    ]);
    expect(run.calls).toEqual({ 'Docs.Documents.get': 1 });
  });

  it('reads a document for a user who may only view it', () => {
    const { get } = getter(workspaceWithDocument(undefined, { viewers: [MEMBER] }), MEMBER);
    expect(get().body.content).toHaveLength(2);
  });

  it('refuses a user who cannot open it, and says a trashed document was not found', () => {
    expect(() => getter(workspaceWithDocument(), MEMBER).get()).toThrow('The caller does not have permission');
    expect(() => getter(workspaceWithDocument(undefined, { trashed: true })).get()).toThrow('Requested entity was not found.');
  });

  it('says optional arguments are not modelled instead of ignoring them', () => {
    expect(() => getter(workspaceWithDocument()).get({ includeTabsContent: true })).toThrow('not implemented in the emulator');
  });
});
