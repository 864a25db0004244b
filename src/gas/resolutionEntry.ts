/**
 * Google Docs: adding a line under a case document's Resolution heading (spec section 17). A fixed
 * number of calls, whatever the document's length: the body's text is read once, and the line is
 * appended at the end when Resolution is the document's last section, as the manual's template
 * has it; otherwise a Resolution heading is appended first, so the line is always under one.
 */
import { UserError } from '../core/errors';

const UNOPENABLE =
  "The case's document could not be opened for writing with your account, so nothing was recorded. Open it from the Documents link, or ask the chair to check its sharing (Django CoC › Members › Audit sharing).";

/**
 * Appends `text` as a plain paragraph under `heading`, unless the body already holds that exact
 * line (a retry after a fault), and says whether it wrote.
 *
 * @param sectionHeadings every section heading of the template, to find the last section.
 * @param opened called once the document has opened and been read, before anything is written.
 * @throws UserError 'document-unavailable' when the document does not open; nothing is written.
 */
export function appendUnderHeading(documentId: string, heading: string, sectionHeadings: readonly string[], text: string, opened: () => void = () => {}): boolean {
  let body: GoogleAppsScript.Document.Body;
  let lines: string[];
  try {
    body = DocumentApp.openById(documentId).getBody();
    lines = body.getText().split('\n').map((line) => line.trim());
  } catch {
    throw new UserError('document-unavailable', UNOPENABLE);
  }
  opened();
  if (lines.includes(text.trim())) {
    // A run stopped between appending the line and styling it: the line is still the last one.
    const paragraphs = body.getParagraphs();
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.getText().trim() === text.trim()) asPlainText(last);
    return false;
  }
  const headings = new Set(sectionHeadings);
  const lastSection = [...lines].reverse().find((line) => headings.has(line));
  if (lastSection !== heading) body.appendParagraph(heading).setHeading(DocumentApp.ParagraphHeading.HEADING2);
  asPlainText(body.appendParagraph(text));
  return true;
}

/** Set outright: an appended paragraph may take on the style of the one before it (an italic reminder). */
function asPlainText(paragraph: GoogleAppsScript.Document.Paragraph): void {
  paragraph.setHeading(DocumentApp.ParagraphHeading.NORMAL).editAsText().setItalic(false);
}
