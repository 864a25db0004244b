import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import type { DriveFileState } from '../../workspace/state';
import { canViewIgnoringTrash } from '../../workspace/access';

/**
 * The Drive advanced service, v3 (https://developers.google.com/apps-script/advanced/drive), as far
 * as the add-on uses it: `Drive.Files.list`
 * (https://developers.google.com/drive/api/reference/rest/v3/files/list), which returns a page of
 * up to 1,000 files with the fields asked for in one call. It exists only when the manifest
 * enables it (see emulator/advancedServices.ts).
 *
 * Only the query terms and fields below are modelled; any other is refused with
 * `not implemented in the emulator`, never ignored.
 */

/** Apps Script's wording for an API call Drive rejects (Google prefixes it with GoogleJsonResponseException). */
export function driveApiError(method: string, reason: string): Error {
  return new Error(`API call to drive.files.${method} failed with error: ${reason}`);
}

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;
const FILE_FIELDS = ['id', 'name', 'mimeType', 'trashed', 'parents'] as const;
type FileField = (typeof FILE_FIELDS)[number];
/** The fields v3 returns for each file when `fields` is not given. */
const DEFAULT_FILE_FIELDS: readonly string[] = ['kind', 'id', 'name', 'mimeType'];
const LIST_FIELDS = ['nextPageToken', 'kind', 'incompleteSearch'] as const;

type Term = (file: DriveFileState) => boolean;

function notModelled(what: string): Error {
  return new Error(`Drive.Files.list: ${what} is not implemented in the emulator`);
}

/** A single-quoted query string with `\'` and `\\` escapes, as the Drive query language writes them. */
function unquote(text: string): string | null {
  const match = /^'((?:[^'\\]|\\.)*)'$/.exec(text);
  return match ? match[1].replace(/\\(.)/g, '$1') : null;
}

/**
 * One term of a query (https://developers.google.com/drive/api/guides/ref-search-terms):
 * `'ID' in parents`, `trashed = true|false`, `name = 'TEXT'`, `mimeType = 'TYPE'` or `!=`.
 */
function parseTerm(text: string): { term: Term; mentionsTrashed: boolean } {
  const inParents = /^('(?:[^'\\]|\\.)*')\s+in\s+parents$/.exec(text);
  if (inParents) {
    const id = unquote(inParents[1])!;
    return { term: (file) => file.parents.includes(id), mentionsTrashed: false };
  }
  const comparison = /^(\w+)\s*(=|!=)\s*(.+)$/.exec(text);
  if (!comparison) {
    // A term of the documented shape the emulator does not model, rather than a malformed one.
    if (/^\w+\s+(contains|has|<|<=|>|>=)\s/.test(text) || /\sin\s+\w+$/.test(text)) throw notModelled(`the query term "${text}"`);
    throw driveApiError('list', 'Invalid Value');
  }
  const [, field, operator, operand] = comparison;
  const equal = operator === '=';
  if (field === 'trashed') {
    if (operand !== 'true' && operand !== 'false') throw driveApiError('list', 'Invalid Value');
    const wanted = (operand === 'true') === equal;
    return { term: (file) => file.trashed === wanted, mentionsTrashed: true };
  }
  if (field === 'name' || field === 'mimeType') {
    const value = unquote(operand.trim());
    if (value === null) throw driveApiError('list', 'Invalid Value');
    const key = field === 'name' ? 'name' : 'mimeType';
    return { term: (file) => (file[key] === value) === equal, mentionsTrashed: false };
  }
  throw notModelled(`the query term "${text}"`);
}

/** Splits on ` and ` outside quotes; `or`, `not` and parentheses are not modelled. */
function splitConjunction(query: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < query.length; i++) {
    const char = query[i];
    if (char === '\\' && quoted) {
      current += char + (query[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === "'") quoted = !quoted;
    if (!quoted && /^\sand\s/i.test(query.slice(i, i + 5))) {
      parts.push(current.trim());
      current = '';
      i += 4;
      continue;
    }
    if (!quoted && (char === '(' || char === ')')) throw notModelled('a query with parentheses');
    current += char;
  }
  if (quoted) throw driveApiError('list', 'Invalid Value');
  parts.push(current.trim());
  for (const part of parts) if (/^(not\s|.*\sor\s)/i.test(part)) throw notModelled(`the query term "${part}"`);
  return parts;
}

interface FieldSelection {
  list: Set<string>;
  /** The file fields to return; null when `files` was not asked for. */
  file: readonly string[] | null;
}

/** `fields` as the Drive API takes it (https://developers.google.com/drive/api/guides/fields-parameter), for files.list. */
function parseFields(fields: string | undefined): FieldSelection {
  if (fields === undefined) return { list: new Set(['nextPageToken', 'kind', 'incompleteSearch']), file: DEFAULT_FILE_FIELDS };
  const selection: FieldSelection = { list: new Set(), file: null };
  for (const part of fields.split(/,(?![^(]*\))/).map((p) => p.trim())) {
    const nested = /^files\(([^()]*)\)$/.exec(part);
    if (nested) {
      const names = nested[1].split(',').map((name) => name.trim());
      for (const name of names) if (!FILE_FIELDS.includes(name as FileField)) throw driveApiError('list', `Invalid field selection ${name}`);
      selection.file = names;
    } else if (part === 'files' || part === '*') {
      throw notModelled(`the field selection "${part}"`);
    } else if ((LIST_FIELDS as readonly string[]).includes(part)) {
      selection.list.add(part);
    } else {
      throw driveApiError('list', `Invalid field selection ${part}`);
    }
  }
  return selection;
}

function fileResource(file: DriveFileState, fields: readonly string[]): Record<string, unknown> {
  const resource: Record<string, unknown> = {};
  for (const field of fields) {
    if (field === 'kind') resource.kind = 'drive#file';
    else if (field === 'parents') resource.parents = [...file.parents];
    else resource[field] = file[field as Exclude<FileField, 'parents'>];
  }
  return resource;
}

const PAGE_TOKEN = /^emulated-page-(\d+)$/;

function checkOptions(options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw driveApiError('list', 'Invalid Value');
  const allowed = ['q', 'fields', 'pageSize', 'pageToken', 'orderBy', 'spaces', 'corpora'];
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw notModelled(`the parameter "${key}"`);
  }
  const record = options as Record<string, unknown>;
  if (record.orderBy !== undefined) throw notModelled('the parameter "orderBy"');
  if (record.spaces !== undefined && record.spaces !== 'drive') throw notModelled(`spaces "${String(record.spaces)}"`);
  if (record.corpora !== undefined && record.corpora !== 'user') throw notModelled(`corpora "${String(record.corpora)}"`);
  return record;
}

/**
 * `Files.list(optionalArgs)`: the files the user can see that match `q`. As v3 documents, trashed
 * files are included unless the query says `trashed = false`; `pageSize` is 1 to 1,000 (100 when
 * not given), and `nextPageToken` is present only when more files remain.
 */
function listFiles(run: RunContext, optionalArgs: unknown): Record<string, unknown> {
  const options = checkOptions(optionalArgs);
  const query = options.q === undefined ? '' : options.q;
  if (typeof query !== 'string') throw driveApiError('list', 'Invalid Value');
  const pageSize = options.pageSize === undefined ? DEFAULT_PAGE_SIZE : options.pageSize;
  if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw driveApiError('list', 'Invalid Value');
  }
  if (options.fields !== undefined && typeof options.fields !== 'string') throw driveApiError('list', 'Invalid Value');
  const fields = parseFields(options.fields as string | undefined);
  let offset = 0;
  if (options.pageToken !== undefined) {
    const token = PAGE_TOKEN.exec(String(options.pageToken));
    if (!token) throw driveApiError('list', 'Invalid Value');
    offset = Number(token[1]);
  }
  const terms = query.trim() === '' ? [] : splitConjunction(query.trim()).map(parseTerm);
  const matching = Object.values(run.workspace.files).filter(
    // Visibility ignores the trash here: whether trashed files are listed is the query's business.
    (file) => canViewIgnoringTrash(file, run.user, run.workspace) && terms.every(({ term }) => term(file)),
  );
  const page = matching.slice(offset, offset + pageSize);
  const result: Record<string, unknown> = {};
  if (fields.list.has('kind')) result.kind = 'drive#fileList';
  if (fields.list.has('incompleteSearch')) result.incompleteSearch = false;
  if (fields.list.has('nextPageToken') && offset + pageSize < matching.length) result.nextPageToken = `emulated-page-${offset + pageSize}`;
  if (fields.file !== null) result.files = page.map((file) => fileResource(file, fields.file!));
  return result;
}

/** The `Drive` global of a script that enabled the Drive advanced service, version v3. */
export function createDriveAdvancedService(run: RunContext) {
  const files = instrument({ list: (optionalArgs?: unknown) => listFiles(run, optionalArgs) }, 'Drive.Files', run);
  return instrument({ Files: files }, 'Drive', run);
}
