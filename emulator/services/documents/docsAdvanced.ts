import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import type { ParagraphHeading, ParagraphState } from '../../workspace/state';
import { MIME } from '../../workspace/state';
import { canEdit, canView } from '../../workspace/access';

/**
 * The Docs advanced service, v1 (https://developers.google.com/apps-script/advanced/docs), as far
 * as the add-on uses it: `Docs.Documents.get(documentId)` (below) and
 * `Docs.Documents.batchUpdate(resource, documentId)`
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate), which applies
 * a list of edits in one call, all or none: "If any request is not valid, then no requests will be
 * applied." Of the requests, `insertText`, `updateParagraphStyle` (namedStyleType) and
 * `updateTextStyle` (italic over whole paragraphs) are modelled; anything else is refused with
 * `not implemented in the emulator`, never ignored.
 *
 * Indexes are Docs' own (https://developers.google.com/docs/api/concepts/structure): the body
 * starts at 1, and each paragraph takes its text's UTF-16 length plus one for its closing newline.
 */

function docsApiError(reason: string): Error {
  return new Error(`API call to docs.documents.batchUpdate failed with error: ${reason}`);
}

function notModelled(what: string): Error {
  return new Error(`Docs.Documents.batchUpdate: ${what} is not implemented in the emulator`);
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents#namedstyletype */
const NAMED_STYLES: Record<string, ParagraphHeading> = {
  NORMAL_TEXT: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING_1: 'HEADING1',
  HEADING_2: 'HEADING2',
  HEADING_3: 'HEADING3',
  HEADING_4: 'HEADING4',
  HEADING_5: 'HEADING5',
  HEADING_6: 'HEADING6',
};

/**
 * "Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic
 * Multilingual Plane Private Use Area (U+E000-U+F8FF) are stripped out of inserted text"
 * (https://developers.google.com/docs/api/concepts/rules-behavior). A vertical tab is a line break
 * inside a paragraph, which the stored state writes as '\r', as DocumentApp does.
 */
function insertableText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000C-\u001F\uE000-\uF8FF]/g, '').replace(/\u000B/g, '\r');
}

interface Placed {
  paragraph: ParagraphState;
  /** Index of the paragraph's first character; its newline is at start + text length. */
  start: number;
}

function layout(body: readonly ParagraphState[]): Placed[] {
  let start = 1;
  return body.map((paragraph) => {
    const placed = { paragraph, start };
    start += paragraph.text.length + 1;
    return placed;
  });
}

function endOfBody(body: readonly ParagraphState[]): number {
  return body.reduce((end, paragraph) => end + paragraph.text.length + 1, 1);
}

function integer(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

interface Range {
  startIndex: number;
  endIndex: number;
}

function checkRange(range: unknown, where: string, body: readonly ParagraphState[]): Range {
  const { startIndex, endIndex, segmentId } = (range ?? {}) as { startIndex?: unknown; endIndex?: unknown; segmentId?: unknown };
  if (segmentId !== undefined && segmentId !== '') throw notModelled('a range outside the body');
  if (!integer(startIndex) || !integer(endIndex)) throw docsApiError(`Invalid ${where}: The range should not be empty.`);
  if (startIndex < 1) throw docsApiError(`Invalid ${where}: Index ${startIndex} must be greater than or equal to 1.`);
  if (endIndex <= startIndex) throw docsApiError(`Invalid ${where}: The range should not be empty.`);
  const end = endOfBody(body);
  if (endIndex > end) throw docsApiError(`Invalid ${where}: Index ${endIndex - 1} must be less than the end index of the referenced segment, ${end}.`);
  return { startIndex, endIndex };
}

/** Only the fields the emulator models, named exactly; `*` and others are refused, not ignored. */
function checkFields(fields: unknown, allowed: string, where: string): void {
  if (typeof fields !== 'string' || fields.trim() === '') throw docsApiError(`Invalid ${where}: At least one field must be listed in 'fields'.`);
  for (const field of fields.split(',').map((f) => f.trim())) {
    if (field !== allowed) throw notModelled(`${where} with fields "${field}"`);
  }
}

function insertText(body: ParagraphState[], request: Record<string, unknown>, where: string): void {
  const { text, location, endOfSegmentLocation } = request as { text?: unknown; location?: { index?: unknown; segmentId?: unknown }; endOfSegmentLocation?: { segmentId?: unknown } };
  if (typeof text !== 'string') throw docsApiError(`Invalid ${where}: text is required.`);
  if ((location === undefined) === (endOfSegmentLocation === undefined)) {
    throw docsApiError(`Invalid ${where}: Exactly one of location or endOfSegmentLocation must be set.`);
  }
  const end = endOfBody(body);
  let index: number;
  if (location !== undefined) {
    if (location.segmentId !== undefined && location.segmentId !== '') throw notModelled('inserting outside the body');
    if (!integer(location.index)) throw docsApiError(`Invalid ${where}: location.index is required.`);
    index = location.index;
  } else {
    if (endOfSegmentLocation?.segmentId !== undefined && endOfSegmentLocation.segmentId !== '') throw notModelled('inserting outside the body');
    index = end - 1;
  }
  if (index < 1) throw docsApiError(`Invalid ${where}: Index ${index} must be greater than or equal to 1.`);
  if (index >= end) throw docsApiError(`Invalid ${where}: Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  const position = layout(body).findIndex((placed) => index <= placed.start + placed.paragraph.text.length);
  const { paragraph, start } = layout(body)[position];
  const offset = index - start;
  // "Inserting a newline character implicitly creates a Paragraph at that index. The paragraph
  // style of the new paragraph is copied from the paragraph at the current insertion index."
  const lines = insertableText(text).split('\n');
  const before = paragraph.text.slice(0, offset);
  const after = paragraph.text.slice(offset);
  const texts = lines.map((line, i) => (i === 0 ? before : '') + line + (i === lines.length - 1 ? after : ''));
  const made = texts.map((line): ParagraphState => ({ ...paragraph, text: line }));
  body.splice(position, 1, ...made);
}

/** The paragraphs a range touches: "paragraphs that overlap" it get the style. */
function overlapping(body: readonly ParagraphState[], range: Range): Placed[] {
  return layout(body).filter(({ paragraph, start }) => start < range.endIndex && range.startIndex <= start + paragraph.text.length);
}

function updateParagraphStyle(body: ParagraphState[], request: Record<string, unknown>, where: string): void {
  const { range, paragraphStyle, fields } = request as { range?: unknown; paragraphStyle?: { namedStyleType?: unknown }; fields?: unknown };
  checkFields(fields, 'namedStyleType', where);
  const checked = checkRange(range, where, body);
  const named = paragraphStyle?.namedStyleType;
  const heading = named === undefined ? 'NORMAL' : NAMED_STYLES[String(named)];
  if (heading === undefined) throw docsApiError(`Invalid value at 'requests.paragraph_style.named_style_type' (${String(named)})`);
  for (const { paragraph } of overlapping(body, checked)) paragraph.heading = heading;
}

function updateTextStyle(body: ParagraphState[], request: Record<string, unknown>, where: string): void {
  const { range, textStyle, fields } = request as { range?: unknown; textStyle?: { italic?: unknown }; fields?: unknown };
  checkFields(fields, 'italic', where);
  const checked = checkRange(range, where, body);
  // A field listed in `fields` but left out of textStyle is reset to its default.
  const italic = textStyle?.italic === undefined ? false : textStyle.italic;
  if (typeof italic !== 'boolean') throw docsApiError(`Invalid value at 'requests.text_style.italic' (${String(italic)})`);
  for (const { paragraph, start } of overlapping(body, checked)) {
    const whole = checked.startIndex <= start && checked.endIndex >= start + paragraph.text.length;
    if (!whole) throw notModelled('a text style on part of a paragraph');
    paragraph.italic = italic;
  }
}

const REQUESTS: Record<string, (body: ParagraphState[], request: Record<string, unknown>, where: string) => void> = {
  insertText,
  updateParagraphStyle,
  updateTextStyle,
};

function batchUpdate(run: RunContext, resource: unknown, documentId: unknown): Record<string, unknown> {
  if (typeof documentId !== 'string') throw docsApiError('Invalid value: documentId');
  const requests = (resource as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw docsApiError('Invalid JSON payload: requests must be a list.');
  const file = run.workspace.files[documentId];
  const content = run.workspace.documents[documentId];
  if (!file || !content || file.mimeType !== MIME.document || file.trashed || !canView(file, run.user, run.workspace)) {
    throw docsApiError('Requested entity was not found.');
  }
  if (!canEdit(file, run.user, run.workspace)) throw docsApiError('The caller does not have permission');
  // All or nothing: the edits go to a copy that replaces the body only when every request applied.
  const body = content.body.map((paragraph) => ({ ...paragraph }));
  requests.forEach((request: unknown, i) => {
    const kinds = typeof request === 'object' && request !== null ? Object.keys(request) : [];
    if (kinds.length !== 1) throw docsApiError(`Invalid requests[${i}]: exactly one kind of request must be set.`);
    const apply = REQUESTS[kinds[0]];
    if (!apply) throw notModelled(`the ${kinds[0]} request`);
    apply(body, (request as Record<string, Record<string, unknown>>)[kinds[0]], `requests[${i}].${kinds[0]}`);
  });
  content.body = body;
  return { documentId, replies: requests.map(() => ({})) };
}

const STYLE_NAMES: Record<ParagraphHeading, string> = Object.fromEntries(Object.entries(NAMED_STYLES).map(([name, heading]) => [heading, name])) as Record<ParagraphHeading, string>;

/**
 * `Docs.Documents.get(documentId)` (https://developers.google.com/docs/api/reference/rest/v1/documents/get)
 * in the legacy representation, without tabs: `body.content` is the document's structural elements
 * (https://developers.google.com/docs/api/concepts/structure), a section break ending at index 1,
 * then each paragraph with its start and end index, one text run holding its text and closing
 * newline, and its named style. Viewing is enough to read a document. Optional arguments
 * (`includeTabsContent`, `suggestionsViewMode`) are not modelled and refused.
 */
function get(run: RunContext, documentId: unknown, optionalArgs: unknown): Record<string, unknown> {
  if (typeof documentId !== 'string') throw docsApiError('Invalid value: documentId');
  if (optionalArgs !== undefined && (typeof optionalArgs !== 'object' || optionalArgs === null || Object.keys(optionalArgs).length > 0)) {
    throw new Error('Docs.Documents.get: optional arguments are not implemented in the emulator');
  }
  const file = run.workspace.files[documentId];
  const content = run.workspace.documents[documentId];
  if (!file || !content || file.mimeType !== MIME.document || file.trashed) throw docsApiError('Requested entity was not found.');
  if (!canView(file, run.user, run.workspace)) throw docsApiError('The caller does not have permission');
  const elements: Record<string, unknown>[] = [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }];
  for (const { paragraph, start } of layout(content.body)) {
    const endIndex = start + paragraph.text.length + 1;
    // A line break inside a paragraph is a vertical tab in the Docs API; the stored state writes '\r'.
    const text = `${paragraph.text.replace(/\r/g, '\u000B')}\n`;
    elements.push({
      startIndex: start,
      endIndex,
      paragraph: {
        elements: [{ startIndex: start, endIndex, textRun: { content: text, textStyle: paragraph.italic ? { italic: true } : {} } }],
        paragraphStyle: { namedStyleType: STYLE_NAMES[paragraph.heading] },
      },
    });
  }
  return { documentId, title: file.name, body: { content: elements } };
}

/** The `Docs` global of a script that enabled the Docs advanced service, version v1. */
export function createDocsAdvancedService(run: RunContext) {
  const documents = instrument(
    {
      batchUpdate: (resource?: unknown, documentId?: unknown) => batchUpdate(run, resource, documentId),
      get: (documentId?: unknown, optionalArgs?: unknown) => get(run, documentId, optionalArgs),
    },
    'Docs.Documents',
    run,
  );
  return instrument({ Documents: documents }, 'Docs', run);
}
