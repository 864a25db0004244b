/**
 * Google Docs: adding a line under a case document's Resolution heading (spec section 17), through
 * the Docs advanced service, which the `drive` scope already covers: one call reads the body, one
 * writes, whatever the document's length. The line goes at the end when Resolution is the
 * document's last section, as the manual's template has it; otherwise a Resolution heading goes
 * first, so the line is always under one. The write is one batchUpdate: all of it, or none.
 */
import { UserError } from '../core/errors';
import { StyledParagraph, bodyRequests } from './documents';

const UNOPENABLE =
  "The case's document could not be opened with your account, so nothing was recorded. Open it from the Documents link, or ask the chair to check its sharing (Django CoC › Members › Audit sharing).";

/** A paragraph's text without its closing newline. */
function paragraphText(paragraph: GoogleAppsScript.Docs.Schema.Paragraph): string {
  return (paragraph.elements ?? []).map((element) => element.textRun?.content ?? '').join('').replace(/\n$/, '');
}

/**
 * Appends `text` as a plain paragraph under `heading`, unless the body already holds that exact
 * line (a retry after a fault), and says whether it wrote.
 *
 * @param sectionHeadings every section heading of the template, to find the last section.
 * @param opened called once the document has been read, before anything is written.
 * @throws UserError 'document-unavailable' when the document does not open; nothing is written.
 */
export function appendUnderHeading(documentId: string, heading: string, sectionHeadings: readonly string[], text: string, opened: () => void = () => {}): boolean {
  let content: GoogleAppsScript.Docs.Schema.StructuralElement[];
  try {
    content = (Docs as GoogleAppsScript.Docs).Documents.get(documentId).body?.content ?? [];
  } catch {
    throw new UserError('document-unavailable', UNOPENABLE);
  }
  opened();
  // Top-level paragraphs only: a table's cells are no section headings.
  const lines = content.flatMap((element) => (element.paragraph ? [paragraphText(element.paragraph).trim()] : []));
  if (lines.includes(text.trim())) return false;
  const headings = new Set(sectionHeadings);
  const lastSection = [...lines].reverse().find((line) => headings.has(line));
  const paragraphs: StyledParagraph[] = [
    ...(lastSection === heading ? [] : [{ text: heading, heading: 'HEADING_2' as const, italic: false }]),
    { text, heading: 'NORMAL_TEXT', italic: false },
  ];
  const bodyEnd = Math.max(content[content.length - 1]?.endIndex ?? 2, 2);
  (Docs as GoogleAppsScript.Docs).Documents.batchUpdate({ requests: bodyRequests(paragraphs, bodyEnd) }, documentId);
  return true;
}
