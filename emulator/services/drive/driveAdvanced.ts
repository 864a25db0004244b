import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { MIME, type DriveFileState } from '../../workspace/state';
import { canEdit, canViewIgnoringTrash } from '../../workspace/access';
import { applyFieldMask, FieldMaskSyntaxError, FieldSchema, parseFieldMask, unmodelledPath } from '../common/fieldMask';
import { editorsMayShare, emailVisibleTo, sameEmail } from './policy';
import { createDriveItemState } from './sharing';
import { newDocumentState } from '../documents/documentApp';

/**
 * The Drive advanced service, v3 (https://developers.google.com/apps-script/advanced/drive), as far
 * as the add-on uses it: `Drive.Files.list`
 * (https://developers.google.com/drive/api/reference/rest/v3/files/list), which returns a page of
 * up to 1,000 files with the fields asked for in one call, and `Drive.Files.get`
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get), one file's
 * metadata, owner and permissions in one call, and `Drive.Files.create` for a new Google Doc. It exists only when the manifest enables it (see
 * emulator/advancedServices.ts).
 *
 * Only the query terms and fields below are modelled; any other is refused with
 * `not implemented in the emulator`, never ignored.
 */

/** Apps Script's wording for an API call Drive rejects (Google prefixes it with GoogleJsonResponseException). */
export function driveApiError(method: 'list' | 'get' | 'create', reason: string): Error {
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

/** The parts of a File resource Files.get models (https://developers.google.com/workspace/drive/api/reference/rest/v3/files). */
const FILE_SCHEMA: FieldSchema = {
  kind: true,
  id: true,
  name: true,
  mimeType: true,
  trashed: true,
  parents: true,
  writersCanShare: true,
  owners: { emailAddress: true },
  capabilities: { canEdit: true, canShare: true },
  permissions: { id: true, type: true, role: true, emailAddress: true, domain: true, allowFileDiscovery: true },
};

const ROLE_OF: Record<string, string> = { VIEW: 'reader', COMMENT: 'commenter', EDIT: 'writer' };
const RANK: Record<string, number> = { reader: 1, commenter: 2, writer: 3, owner: 4 };

/**
 * The people who hold a role on the item, each once with their highest role: its own owner,
 * editors and viewers, and what it inherits from its folders ("Permission lists for a folder
 * propagate downward", https://developers.google.com/workspace/drive/api/guides/manage-sharing).
 */
function peopleRoles(run: RunContext, file: DriveFileState, seen = new Set<string>()): Map<string, string> {
  const roles = new Map<string, string>();
  const grant = (email: string, role: string) => {
    const key = email.toLowerCase();
    const held = roles.get(key);
    if (held === undefined || RANK[role] > RANK[held]) roles.set(key, role);
  };
  seen.add(file.id);
  for (const parentId of file.parents) {
    const parent = run.workspace.files[parentId];
    if (!parent || seen.has(parentId)) continue;
    for (const [email, role] of peopleRoles(run, parent, seen)) grant(email, role === 'owner' ? 'writer' : role);
  }
  for (const email of file.viewers) grant(email, 'reader');
  for (const email of file.editors) grant(email, 'writer');
  grant(file.owner, 'owner');
  return roles;
}

/**
 * The item's permissions as v3 lists them. A person whose address Drive hides from the requester
 * has no emailAddress ("This may not be present in certain contexts if the user has not made
 * their email address visible to the requester", User.emailAddress); link and domain sharing are
 * an `anyone` or `domain` permission, discoverable unless only people with the link may open it.
 */
function permissionsOf(run: RunContext, file: DriveFileState): Record<string, unknown>[] {
  const permissions: Record<string, unknown>[] = [];
  for (const [email, role] of peopleRoles(run, file)) {
    const visible = emailVisibleTo(run.workspace, email, run.user);
    permissions.push({ kind: 'drive#permission', id: `emulated-${email}`, type: 'user', role, ...(visible ? { emailAddress: email } : {}) });
  }
  if (file.access !== 'PRIVATE' && file.permission !== 'NONE') {
    const role = ROLE_OF[file.permission] ?? 'reader';
    const allowFileDiscovery = file.access === 'ANYONE' || file.access === 'DOMAIN';
    if (file.access === 'ANYONE' || file.access === 'ANYONE_WITH_LINK') permissions.push({ kind: 'drive#permission', id: 'anyoneWithLink', type: 'anyone', role, allowFileDiscovery });
    else permissions.push({ kind: 'drive#permission', id: `emulated-domain-${run.workspace.domain}`, type: 'domain', role, domain: run.workspace.domain, allowFileDiscovery });
  }
  return permissions;
}

/**
 * `Files.get(fileId, optionalArgs)`: the file's metadata with the fields asked for. "permissions:
 * The full list of permissions for the file. This is only available if the requesting user can
 * share the file", so it is left out for anyone else. A file the user cannot open is "File not
 * found", as a missing one is; a trashed one is still returned, with `trashed: true`.
 */
function getFile(run: RunContext, fileId: unknown, optionalArgs: unknown): Record<string, unknown> {
  if (typeof fileId !== 'string') throw driveApiError('get', 'Invalid Value');
  if (optionalArgs !== undefined && (typeof optionalArgs !== 'object' || optionalArgs === null || Array.isArray(optionalArgs))) throw driveApiError('get', 'Invalid Value');
  const options = (optionalArgs ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (key !== 'fields' && key !== 'supportsAllDrives') throw new Error(`Drive.Files.get: the parameter "${key}" is not implemented in the emulator`);
  }
  if (options.fields !== undefined && typeof options.fields !== 'string') throw driveApiError('get', 'Invalid Value');
  let mask;
  try {
    mask = parseFieldMask((options.fields as string | undefined) ?? DEFAULT_FILE_FIELDS.join(','));
  } catch (error) {
    if (error instanceof FieldMaskSyntaxError) throw driveApiError('get', error.message);
    throw error;
  }
  const missing = unmodelledPath(mask, FILE_SCHEMA);
  if (missing !== null) throw new Error(`Drive.Files.get: the field "${missing}" is not implemented in the emulator`);
  const file = Object.prototype.hasOwnProperty.call(run.workspace.files, fileId) ? run.workspace.files[fileId] : undefined;
  if (!file || !canViewIgnoringTrash(file, run.user, run.workspace)) throw driveApiError('get', `File not found: ${fileId}.`);
  const mayEdit = canEdit(file, run.user, run.workspace);
  const mayShare = mayEdit && (editorsMayShare(file) || sameEmail(file.owner, run.user));
  const ownerVisible = emailVisibleTo(run.workspace, file.owner, run.user);
  const resource: Record<string, unknown> = {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    trashed: file.trashed,
    parents: [...file.parents],
    writersCanShare: editorsMayShare(file),
    owners: [ownerVisible ? { emailAddress: file.owner } : {}],
    capabilities: { canEdit: mayEdit, canShare: mayShare },
    permissions: mayShare ? permissionsOf(run, file) : undefined,
  };
  return applyFieldMask(resource, mask) as Record<string, unknown>;
}

/**
 * `Files.create(resource)` for a new Google Doc (no content upload): "Creates a file"
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create), owned by the
 * user, in the one folder `parents` names or at the top of their My Drive. Adding to a folder
 * needs edit access to it; v3 takes at most one parent ("Setting multiple parents is not
 * supported"). Only Google Docs are modelled; any other type or parameter fails loudly.
 */
function createFile(run: RunContext, resource: unknown, mediaData: unknown, optionalArgs: unknown): Record<string, unknown> {
  if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) throw driveApiError('create', 'Invalid Value');
  if (mediaData !== undefined && mediaData !== null) throw new Error('Drive.Files.create: uploading content is not implemented in the emulator');
  if (optionalArgs !== undefined) throw new Error('Drive.Files.create: optional arguments are not implemented in the emulator');
  const fields = resource as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!['name', 'mimeType', 'parents'].includes(key)) throw new Error(`Drive.Files.create: the field "${key}" is not implemented in the emulator`);
  }
  if (fields.mimeType !== MIME.document) throw new Error(`Drive.Files.create: creating a file of type "${String(fields.mimeType)}" is not implemented in the emulator`);
  const name = fields.name === undefined ? 'Untitled' : fields.name;
  if (typeof name !== 'string') throw driveApiError('create', 'Invalid Value');
  const parents = fields.parents === undefined ? [] : fields.parents;
  if (!Array.isArray(parents) || parents.some((parent) => typeof parent !== 'string')) throw driveApiError('create', 'Invalid Value');
  if (parents.length > 1) throw driveApiError('create', 'Increasing the number of parents is not allowed.');
  for (const parentId of parents as string[]) {
    const parent = Object.prototype.hasOwnProperty.call(run.workspace.files, parentId) ? run.workspace.files[parentId] : undefined;
    if (!parent || !canViewIgnoringTrash(parent, run.user, run.workspace)) throw driveApiError('create', `File not found: ${parentId}.`);
    if (parent.mimeType !== MIME.folder || !canEdit(parent, run.user, run.workspace)) throw driveApiError('create', 'Insufficient permissions for the specified parent.');
  }
  const file = createDriveItemState(run, { prefix: 'doc-', name, mimeType: MIME.document, parents: parents as string[] });
  run.workspace.documents[file.id] = newDocumentState();
  return { kind: 'drive#file', id: file.id, name: file.name, mimeType: file.mimeType };
}

/** The `Drive` global of a script that enabled the Drive advanced service, version v3. */
export function createDriveAdvancedService(run: RunContext) {
  const files = instrument(
    {
      list: (optionalArgs?: unknown) => listFiles(run, optionalArgs),
      get: (fileId: unknown, optionalArgs?: unknown) => getFile(run, fileId, optionalArgs),
      create: (resource: unknown, mediaData?: unknown, optionalArgs?: unknown) => createFile(run, resource, mediaData, optionalArgs),
    },
    'Drive.Files',
    run,
  );
  return instrument({ Files: files }, 'Drive', run);
}
