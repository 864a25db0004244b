/**
 * Google Docs: making a case document's body. The number of calls depends on the number of
 * sections and summary paragraphs, never on the size of the tracker.
 */
import type { CaseDocumentSection } from '../core/caseDocument';

export interface NewDocument {
  id: string;
  url: string;
}

/**
 * Creates a Google Doc titled `title` at the top of the user's My Drive, with each section as a
 * HEADING2 and its reminder in italics beneath, and `summaryParagraphs` as plain paragraphs under
 * the first section. The new document is private to its creator until shared.
 */
export function createSectionedDocument(
  title: string,
  sections: readonly CaseDocumentSection[],
  summaryParagraphs: readonly string[],
): NewDocument {
  const document = DocumentApp.create(title);
  try {
    return writeSections(document, sections, summaryParagraphs);
  } catch (error) {
    // A half-made document would be found by its title later: trash it so a retry starts clean.
    trashQuietly(document);
    throw error;
  }
}

function trashQuietly(document: GoogleAppsScript.Document.Document): void {
  try {
    DriveApp.getFileById(document.getId()).setTrashed(true);
  } catch {
    // The fault that brought us here may still be in the way; the document is private either way.
  }
}

interface StyledParagraph {
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
 */
export function bodyRequests(paragraphs: readonly StyledParagraph[]): GoogleAppsScript.Docs.Schema.Request[] {
  // Docs strips these from inserted text; a space in their place keeps the indexes below true.
  // eslint-disable-next-line no-control-regex
  const texts = paragraphs.map((paragraph) => paragraph.text.replace(/[\u0000-\u0008\u000B-\u001F\uE000-\uF8FF]/g, ' '));
  const requests: GoogleAppsScript.Docs.Schema.Request[] = [{ insertText: { location: { index: 1 }, text: texts.join('\n') } }];
  let start = 1;
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
function writeSections(
  document: GoogleAppsScript.Document.Document,
  sections: readonly CaseDocumentSection[],
  summaryParagraphs: readonly string[],
): NewDocument {
  const id = document.getId();
  const url = document.getUrl();
  // DocumentApp's own pending edits (none here) are written before the Docs API edits the document.
  document.saveAndClose();
  const paragraphs = bodyParagraphs(sections, summaryParagraphs);
  if (paragraphs.length > 0) (Docs as GoogleAppsScript.Docs).Documents.batchUpdate({ requests: bodyRequests(paragraphs) }, id);
  return { id, url };
}
