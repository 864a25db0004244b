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

function writeSections(
  document: GoogleAppsScript.Document.Document,
  sections: readonly CaseDocumentSection[],
  summaryParagraphs: readonly string[],
): NewDocument {
  const id = document.getId();
  const url = document.getUrl();
  const body = document.getBody();
  const [placeholder] = body.getParagraphs();
  // Docs may carry the previous paragraph's heading and italics over to an appended one, so each
  // paragraph's style is set explicitly.
  const append = (text: string, heading: GoogleAppsScript.Document.ParagraphHeading, italic: boolean): void => {
    body.appendParagraph(text).setHeading(heading).editAsText().setItalic(italic);
  };
  sections.forEach((section, index) => {
    append(section.heading, DocumentApp.ParagraphHeading.HEADING2, false);
    append(section.reminder, DocumentApp.ParagraphHeading.NORMAL, true);
    if (index === 0) for (const text of summaryParagraphs) append(text, DocumentApp.ParagraphHeading.NORMAL, false);
  });
  // A new document starts with one empty paragraph; the first heading should be at the top.
  if (placeholder && sections.length > 0) placeholder.removeFromParent();
  document.saveAndClose();
  return { id, url };
}
