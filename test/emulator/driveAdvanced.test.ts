import { createTestRun, storedDriveItem } from './harness';
import { createDriveAdvancedService } from '../../emulator/services/drive/driveAdvanced';
import { createEmptyWorkspace, CHAIR_EMAIL } from '../../emulator/workspace';
import { MIME, type DriveFileState, type WorkspaceState } from '../../emulator/workspace/state';

const MEMBER = 'fictional.member@example.org';
const FOLDER_ID = 'folder-cases';

function storedItem(id: string, overrides: Partial<DriveFileState> = {}): DriveFileState {
  return storedDriveItem(id, { parents: [FOLDER_ID], ...overrides });
}

/** A case folder holding `count` documents named `case N`, owned by the chair. */
function folderWith(count: number, extra: DriveFileState[] = []): WorkspaceState {
  const workspace = createEmptyWorkspace();
  workspace.files[FOLDER_ID] = storedItem(FOLDER_ID, { name: 'Case documents', mimeType: MIME.folder, parents: [] });
  for (let i = 0; i < count; i++) workspace.files[`doc-${i}`] = storedItem(`doc-${i}`, { name: `case ${i}` });
  for (const item of extra) workspace.files[item.id] = item;
  return workspace;
}

type FileList = { files?: { id: string; name: string; [field: string]: unknown }[]; nextPageToken?: string; kind?: string };

function driveFor(workspace: WorkspaceState, user = CHAIR_EMAIL) {
  const { run } = createTestRun({ workspace, user });
  const drive = createDriveAdvancedService(run) as unknown as { Files: { list(options?: object): FileList } };
  return { run, drive };
}

const IN_FOLDER = `'${FOLDER_ID}' in parents and trashed = false`;

// https://developers.google.com/drive/api/reference/rest/v3/files/list and
// https://developers.google.com/drive/api/guides/search-files: one call returns a page of files
// matching the query, with the fields asked for.
describe('Drive.Files.list (Drive advanced service v3)', () => {
  it('returns the id and name of every file in the folder in one call', () => {
    const { run, drive } = driveFor(folderWith(3));
    const page = drive.Files.list({ q: IN_FOLDER, fields: 'nextPageToken,files(id,name)', pageSize: 1000 });
    expect(page.files).toEqual([
      { id: 'doc-0', name: 'case 0' },
      { id: 'doc-1', name: 'case 1' },
      { id: 'doc-2', name: 'case 2' },
    ]);
    expect(page.nextPageToken).toBeUndefined();
    expect(run.calls).toEqual({ 'Drive.Files.list': 1 });
  });

  // "This method returns all files by default, including trashed files. If you don't want trashed
  // files to appear in the list, use the trashed=false query parameter."
  it('lists trashed files unless the query says trashed = false', () => {
    const workspace = folderWith(1, [storedItem('doc-binned', { name: 'binned', trashed: true })]);
    const { drive } = driveFor(workspace);
    const all = drive.Files.list({ q: `'${FOLDER_ID}' in parents`, fields: 'files(id)' });
    const untrashed = drive.Files.list({ q: IN_FOLDER, fields: 'files(id)' });
    expect({ all: all.files?.map((f) => f.id), untrashed: untrashed.files?.map((f) => f.id) }).toEqual({
      all: ['doc-0', 'doc-binned'],
      untrashed: ['doc-0'],
    });
  });

  it('lists only the files the user can open', () => {
    const workspace = folderWith(0, [storedItem('doc-shared', { editors: [MEMBER] }), storedItem('doc-private')]);
    const { drive } = driveFor(workspace, MEMBER);
    expect(drive.Files.list({ q: IN_FOLDER, fields: 'files(id)' }).files).toEqual([{ id: 'doc-shared' }]);
  });

  // pageSize: "The maximum number of files to return per page ... Acceptable values are 1 to 1000,
  // inclusive." nextPageToken is "absent if the end of the files list has been reached".
  it('pages through more files than one page holds with nextPageToken', () => {
    const { drive } = driveFor(folderWith(5));
    const first = drive.Files.list({ q: IN_FOLDER, fields: 'nextPageToken,files(id)', pageSize: 2 });
    const second = drive.Files.list({ q: IN_FOLDER, fields: 'nextPageToken,files(id)', pageSize: 2, pageToken: first.nextPageToken });
    const third = drive.Files.list({ q: IN_FOLDER, fields: 'nextPageToken,files(id)', pageSize: 2, pageToken: second.nextPageToken });
    expect([first, second, third].map((page) => [page.files?.map((f) => f.id), page.nextPageToken !== undefined])).toEqual([
      [['doc-0', 'doc-1'], true],
      [['doc-2', 'doc-3'], true],
      [['doc-4'], false],
    ]);
  });

  it('returns at most 100 files when no pageSize is given', () => {
    const { drive } = driveFor(folderWith(150));
    expect(drive.Files.list({ q: IN_FOLDER, fields: 'nextPageToken,files(id)' }).files).toHaveLength(100);
  });

  it('refuses a pageSize above 1,000 as Drive does', () => {
    const { drive } = driveFor(folderWith(1));
    expect(() => drive.Files.list({ q: IN_FOLDER, pageSize: 1001 })).toThrow('API call to drive.files.list failed with error: Invalid Value');
  });

  // https://developers.google.com/drive/api/guides/fields-parameter: only the fields asked for come back.
  it('returns only the fields asked for, and the v3 defaults when none are', () => {
    const { drive } = driveFor(folderWith(1));
    expect(drive.Files.list({ q: IN_FOLDER, fields: 'files(name)' })).toEqual({ files: [{ name: 'case 0' }] });
    expect(drive.Files.list({ q: IN_FOLDER }).files).toEqual([{ kind: 'drive#file', id: 'doc-0', name: 'case 0', mimeType: MIME.document }]);
  });

  it('refuses a field a file does not have', () => {
    const { drive } = driveFor(folderWith(1));
    expect(() => drive.Files.list({ q: IN_FOLDER, fields: 'files(id,colour)' })).toThrow('Invalid field selection colour');
  });

  // https://developers.google.com/drive/api/guides/ref-search-terms: string values are quoted with
  // single quotes, and a quote inside is escaped with a backslash.
  it("matches a name with an escaped quote, and refuses an unclosed quote", () => {
    const { drive } = driveFor(folderWith(0, [storedItem('doc-quote', { name: "o'clock" })]));
    expect(drive.Files.list({ q: "name = 'o\\'clock'", fields: 'files(id)' }).files).toEqual([{ id: 'doc-quote' }]);
    expect(() => drive.Files.list({ q: "name = 'o'clock'" })).toThrow('Invalid Value');
  });

  it('says which query terms it does not model instead of ignoring them', () => {
    const { drive } = driveFor(folderWith(1));
    expect(() => drive.Files.list({ q: "fullText contains 'x'" })).toThrow('not implemented in the emulator');
    expect(() => drive.Files.list({ q: `${IN_FOLDER} or starred = true` })).toThrow('not implemented in the emulator');
    expect(() => drive.Files.list({ q: IN_FOLDER, orderBy: 'name' })).toThrow('not implemented in the emulator');
  });
});

type DriveFile = { id?: string; trashed?: boolean; mimeType?: string; owners?: { emailAddress?: string }[]; permissions?: Record<string, unknown>[]; capabilities?: { canShare?: boolean } };

function filesFor(workspace: WorkspaceState, user = CHAIR_EMAIL) {
  const { run } = createTestRun({ workspace, user });
  const drive = createDriveAdvancedService(run) as unknown as {
    Files: { get(id: unknown, options?: object): DriveFile; create(resource: unknown, media?: unknown, options?: unknown): DriveFile };
  };
  return { run, drive };
}

const CUSTODY = 'mimeType,trashed,owners(emailAddress),permissions(type,role,emailAddress,allowFileDiscovery)';
const HIDDEN = 'fictional.hidden@example.org';

// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get and the File
// resource (https://developers.google.com/workspace/drive/api/reference/rest/v3/files): one call
// gives the owner and every permission with the fields asked for.
describe('Drive.Files.get (Drive advanced service v3)', () => {
  it('gives the owner and every permission, people and link sharing, in one call', () => {
    const workspace = folderWith(0, [storedItem('key', { editors: [MEMBER], viewers: ['fictional.viewer@example.org'], access: 'ANYONE_WITH_LINK', permission: 'VIEW' })]);
    const { run, drive } = filesFor(workspace);
    const file = drive.Files.get('key', { fields: CUSTODY });
    expect(file.owners).toEqual([{ emailAddress: CHAIR_EMAIL }]);
    expect(file.permissions).toEqual(expect.arrayContaining([
      { type: 'user', role: 'owner', emailAddress: CHAIR_EMAIL },
      { type: 'user', role: 'writer', emailAddress: MEMBER },
      { type: 'user', role: 'reader', emailAddress: 'fictional.viewer@example.org' },
      { type: 'anyone', role: 'reader', allowFileDiscovery: false },
    ]));
    expect(run.calls).toEqual({ 'Drive.Files.get': 1 });
  });

  // "Permission lists for a folder propagate downward" (Share files, folders, and drives).
  it('lists who can open the file through its folder', () => {
    const workspace = folderWith(0, [storedItem('key')]);
    workspace.files[FOLDER_ID].viewers.push(MEMBER);
    const { drive } = filesFor(workspace);
    expect(drive.Files.get('key', { fields: 'permissions(role,emailAddress)' }).permissions).toContainEqual({ role: 'reader', emailAddress: MEMBER });
  });

  // permissions: "This is only available if the requesting user can share the file."
  it('leaves the permissions out for someone who may not share the file', () => {
    const workspace = folderWith(0, [storedItem('key', { viewers: [MEMBER] }), storedItem('locked', { editors: [MEMBER], shareableByEditors: false })]);
    const { drive } = filesFor(workspace, MEMBER);
    expect([drive.Files.get('key', { fields: CUSTODY }).permissions, drive.Files.get('locked', { fields: CUSTODY }).permissions]).toEqual([undefined, undefined]);
  });

  // User.emailAddress: "This may not be present in certain contexts if the user has not made their
  // email address visible to the requester."
  it('gives no address for someone whose address Drive hides', () => {
    const workspace = folderWith(0, [storedItem('key', { editors: [HIDDEN] })]);
    workspace.users = { ...workspace.users, [HIDDEN]: { emailVisible: false } };
    const { drive } = filesFor(workspace);
    expect(drive.Files.get('key', { fields: 'permissions(role,emailAddress)' }).permissions).toContainEqual({ role: 'writer' });
  });

  it('says "File not found" for a file the user cannot open, as for one that does not exist', () => {
    const workspace = folderWith(0, [storedItem('key')]);
    const { drive } = filesFor(workspace, MEMBER);
    expect(() => drive.Files.get('key', { fields: CUSTODY })).toThrow('API call to drive.files.get failed with error: File not found: key.');
    expect(() => drive.Files.get('missing', { fields: CUSTODY })).toThrow('API call to drive.files.get failed with error: File not found: missing.');
  });

  it('still answers for a trashed file, saying it is trashed', () => {
    const { drive } = filesFor(folderWith(0, [storedItem('key', { trashed: true })]));
    expect(drive.Files.get('key', { fields: 'trashed' })).toEqual({ trashed: true });
  });

  it('fails loudly on fields and parameters it does not model', () => {
    const { drive } = filesFor(folderWith(0, [storedItem('key')]));
    expect(() => drive.Files.get('key', { fields: 'webViewLink' })).toThrow('not implemented in the emulator');
    expect(() => drive.Files.get('key', { fields: 'id', acknowledgeAbuse: true })).toThrow('not implemented in the emulator');
  });
});

// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
describe('Drive.Files.create (Drive advanced service v3)', () => {
  it('makes an empty Google Doc owned by the user, in the folder named, in one call', () => {
    const workspace = folderWith(0);
    const { run, drive } = filesFor(workspace);
    const created = drive.Files.create({ name: 'quiet harbour', mimeType: MIME.document, parents: [FOLDER_ID] });
    const stored = workspace.files[created.id!];
    expect({ owner: stored.owner, parents: stored.parents, access: stored.access, name: stored.name, body: workspace.documents[created.id!].body.length }).toEqual({
      owner: CHAIR_EMAIL, parents: [FOLDER_ID], access: 'PRIVATE', name: 'quiet harbour', body: 1,
    });
    expect(run.calls).toEqual({ 'Drive.Files.create': 1 });
  });

  it('puts it at the top of My Drive when no folder is named', () => {
    const workspace = folderWith(0);
    const created = filesFor(workspace).drive.Files.create({ name: 'quiet harbour', mimeType: MIME.document });
    expect(workspace.files[created.id!].parents).toEqual([]);
  });

  it('refuses a folder the user may only view, and makes nothing', () => {
    const workspace = folderWith(0);
    workspace.files[FOLDER_ID].viewers.push(MEMBER);
    const before = Object.keys(workspace.files).length;
    expect(() => filesFor(workspace, MEMBER).drive.Files.create({ name: 'x', mimeType: MIME.document, parents: [FOLDER_ID] })).toThrow(
      'API call to drive.files.create failed with error: Insufficient permissions for the specified parent.',
    );
    expect(Object.keys(workspace.files).length).toBe(before);
  });

  it('fails loudly on what it does not model: other types, uploads, other fields', () => {
    const { drive } = filesFor(folderWith(0));
    expect(() => drive.Files.create({ name: 'x', mimeType: MIME.spreadsheet })).toThrow('not implemented in the emulator');
    expect(() => drive.Files.create({ name: 'x', mimeType: MIME.document }, 'content')).toThrow('not implemented in the emulator');
    expect(() => drive.Files.create({ name: 'x', mimeType: MIME.document, starred: true })).toThrow('not implemented in the emulator');
  });
});
