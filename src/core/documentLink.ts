/**
 * What a Documents cell must hold to be a case's document (spec section 9): a Google Docs link,
 * `https://docs.google.com/document/d/ID/...`, nothing else. Anything else that looks like a link
 * (another host, a Drive folder, `http:`) is never opened, offered or shared; the link Django CoC
 * hands out is always rebuilt from the id, never the cell's text.
 */
const DOCS_LINK = /^https:\/\/docs\.google\.com\/document\/d\/([A-Za-z0-9_-]+)(?:[/?#]\S*)?$/;
const LOOKS_LIKE_A_LINK = /^(?:[a-z][a-z0-9+.-]*:|www\.)/i;

/** The document id of a Google Docs link, or null. */
export function caseDocumentIdOf(text: string): string | null {
  return DOCS_LINK.exec(text.trim())?.[1] ?? null;
}

/** True when the cell holds something link-like that is not a Google Docs link (a plain note is not). */
export function isForeignLink(text: string): boolean {
  const trimmed = text.trim();
  return LOOKS_LIKE_A_LINK.test(trimmed) && caseDocumentIdOf(trimmed) === null;
}

/** The link Django CoC gives out for a document id. */
export function caseDocumentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}
