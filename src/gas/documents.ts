/**
 * Google Docs: making a case document's body. The number of calls depends on the number of
 * sections and summary paragraphs, never on the size of the tracker.
 */
import type { CaseDocumentSection } from '../core/caseDocument';
import { caseDocumentUrl } from '../core/documentLink';

export interface NewDocument {
  id: string;
  url: string;
}

/** Drive's type for a Google Doc. */
const GOOGLE_DOCS_MIME_TYPE = 'application/vnd.google-apps.document';

/**
 * Creates a Google Doc titled `title`, in the folder `folderId` when given (else at the top of the
 * user's My Drive), with each section as a HEADING2 and its reminder in italics beneath, and
 * `summaryParagraphs` as plain paragraphs under the first section. The new document is private to
 * its creator (and whoever may open the folder) until shared.
 *
 * Two calls: the Drive API's `Files.create` makes the empty document where it belongs and gives
 * its id (DocumentApp.create, getId, getUrl, saveAndClose and a move cost five), then one Docs API
 * `batchUpdate` writes the body. The link is rebuilt from the id (caseDocumentUrl), as every link
 * the add-on hands out is.
 */
export function createSectionedDocument(
  title: string,
  sections: readonly CaseDocumentSection[],
  summaryParagraphs: readonly string[],
  folderId: string | null = null,
): NewDocument {
  // appsscript.json enables the service; the types allow for a script that does not.
  const created = (Drive as GoogleAppsScript.Drive).Files.create({ name: title, mimeType: GOOGLE_DOCS_MIME_TYPE, ...(folderId === null ? {} : { parents: [folderId] }) });
  const id = String(created.id);
  try {
    writeSections(id, sections, summaryParagraphs);
    return { id, url: caseDocumentUrl(id) };
  } catch (error) {
    // A half-made document would be found by its title later: trash it so a retry starts clean.
    trashQuietly(id);
    throw error;
  }
}

function trashQuietly(id: string): void {
  try {
    DriveApp.getFileById(id).setTrashed(true);
  } catch {
    // The fault that brought us here may still be in the way; the document is private either way.
  }
}

export interface StyledParagraph {
  text: string;
  heading: 'HEADING_2' | 'NORMAL_TEXT';
  italic: boolean;
}

/** The body in order: each section's heading, its reminder in italics, and the summary under the first. */
function bodyParagraphs(sections: readonly CaseDocumentSection[], summaryParagraphs: readonly string[]): StyledParagraph[] {
  return sections.flatMap((section, index) => [
    { text: section.heading, heading: 'HEADING_2' as const, italic: false },
    { text: section.reminder, heading: 'NORMAL_TEXT' as const, italic: true },
    ...(index === 0 ? summaryParagraphs.map((text) => ({ text, heading: 'NORMAL_TEXT' as const, italic: false })) : []),
  ]);
}

/**
 * The Docs API requests that write the paragraphs into a new document's empty body: the text in one
 * insert (a newline starts a paragraph; the new document's own empty paragraph becomes the last
 * one's end), then each paragraph's style set explicitly, as inserted text takes on its
 * neighbours' styles. Indexes count UTF-16 code units from 1, as Docs does.
 *
 * @param bodyEnd to add the paragraphs after those of a document that has some: the end index of
 * its body's last element. The text then goes in before the last paragraph's newline, led by one.
 */
export function bodyRequests(paragraphs: readonly StyledParagraph[], bodyEnd?: number): GoogleAppsScript.Docs.Schema.Request[] {
  // Docs strips these from inserted text; a space in their place keeps the indexes below true.
  // eslint-disable-next-line no-control-regex
  const texts = paragraphs.map((paragraph) => paragraph.text.replace(/[\u0000-\u0008\u000B-\u001F\uE000-\uF8FF]/g, ' '));
  const insertText = bodyEnd === undefined ? { location: { index: 1 }, text: texts.join('\n') } : { location: { index: bodyEnd - 1 }, text: `\n${texts.join('\n')}` };
  const requests: GoogleAppsScript.Docs.Schema.Request[] = [{ insertText }];
  let start = bodyEnd ?? 1;
  paragraphs.forEach((paragraph, i) => {
    const end = start + texts[i].length + 1;
    const range = { startIndex: start, endIndex: end };
    requests.push({ updateParagraphStyle: { range, paragraphStyle: { namedStyleType: paragraph.heading }, fields: 'namedStyleType' } });
    requests.push({ updateTextStyle: { range, textStyle: { italic: paragraph.italic }, fields: 'italic' } });
    start = end;
  });
  return requests;
}

/**
 * Writes the body with one Docs API call (the Docs advanced service, enabled in appsscript.json):
 * DocumentApp has no batch call, and costs four calls per paragraph.
 */
function writeSections(id: string, sections: readonly CaseDocumentSection[], summaryParagraphs: readonly string[]): void {
  const paragraphs = bodyParagraphs(sections, summaryParagraphs);
  if (paragraphs.length > 0) (Docs as GoogleAppsScript.Docs).Documents.batchUpdate({ requests: bodyRequests(paragraphs) }, id);
}
