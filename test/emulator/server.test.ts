/**
 * The emulator's HTTP interface, spec section 11: POST /api/run, GET and PUT /api/workspace,
 * POST /api/reset and POST /api/edit, with script errors answered as data and bad requests refused.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningServer, startServer } from '../../emulator/server';
import { createEmptyTracker, createEmptyWorkspace } from '../../emulator/workspace';
import { MIME, type WorkspaceState } from '../../emulator/workspace/state';
import { findWorkspaceProblems } from '../../emulator/workspace/workspaceShape';

const FIXTURE_CODE = `
function whoAmI() { return Session.getActiveUser().getEmail(); }
function echo(value) { return value; }
function returnsDate() { return new Date(0); }
function writesA1() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('written by a run'); }
function onOpen() { SpreadsheetApp.getUi().createMenu('Django CoC').addItem('Set up or repair', 'writesA1').addToUi(); }
function onEdit(e) { e.source.getSheets()[0].getRange('B1').setValue('onEdit saw ' + e.value); }
`;

let folder: string;
let buildDir: string;
let statePath: string;
let server: RunningServer;

// The API answers JSON of several shapes; tests read it loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Json }> {
  const response = await fetch(new URL(path, server.url), {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** Makes `email` an editor of the status spreadsheet, through GET and PUT /api/workspace. */
async function shareWith(email: string): Promise<void> {
  const state = await workspace();
  state.files[state.activeSpreadsheetId].editors.push(email);
  await call('PUT', '/api/workspace', state);
}

async function workspace(): Promise<WorkspaceState> {
  return (await call('GET', '/api/workspace')).json;
}

function cell(state: WorkspaceState, row: number, column: number): unknown {
  return state.spreadsheets[state.activeSpreadsheetId].sheets[0].values[row]?.[column];
}

beforeAll(() => {
  buildDir = mkdtempSync(join(tmpdir(), 'server-test-build-'));
  writeFileSync(join(buildDir, 'Code.js'), FIXTURE_CODE);
  writeFileSync(join(buildDir, 'appsscript.json'), '{}');
});

afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'server-test-state-'));
  statePath = join(folder, 'state', 'workspace.json');
  server = await startServer({ port: 0, statePath, buildDir, initialWorkspace: 'empty' });
  await call('POST', '/api/reset', { demo: false });
});

afterEach(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('GET /api/view', () => {
  it('answers the workspace as the named person sees it, and the whole state stays on /api/workspace', async () => {
    const stranger = await call('GET', '/api/view?user=stranger%40elsewhere.example');
    expect(stranger.status).toBe(200);
    expect(stranger.json.activeSpreadsheetAccess).toBe('none');
    expect(stranger.json.workspace.files).toEqual({});
    const chair = await call('GET', '/api/view?user=chair%40example.org');
    expect(chair.json.activeSpreadsheetAccess).toBe('owner');
    expect(Object.keys(chair.json.workspace.spreadsheets)).toEqual([(await workspace()).activeSpreadsheetId]);
    expect(Object.keys((await workspace()).files)).toEqual(Object.keys(chair.json.workspace.files));
  });

  it('refuses a view without a user with 400, saying what it needs', async () => {
    const response = await call('GET', '/api/view');
    expect(response).toEqual({ status: 400, json: { error: 'A view needs ?user=EMAIL, the person signed in.' } });
  });
});

describe('GET and PUT /api/workspace', () => {
  it('changes nothing when a GET is PUT back', async () => {
    await call('POST', '/api/edit', { sheet: 'Sheet1', a1: 'C3', value: '2024-01-15' });
    const before = await workspace();
    expect(await call('PUT', '/api/workspace', before)).toEqual({ status: 200, json: { ok: true } });
    expect(await workspace()).toEqual(before);
  });

  it('replaces the whole workspace with the one PUT', async () => {
    const replacement = createEmptyWorkspace();
    replacement.spreadsheets[replacement.activeSpreadsheetId].sheets[0].values = [['Loaded by a test']];
    await call('PUT', '/api/workspace', replacement);
    expect(await workspace()).toEqual(replacement);
  });

  it('keeps Drive accounts, the domain sharing policy and a file closed to sharing by editors through a PUT and a GET', async () => {
    const replacement = createEmptyWorkspace();
    replacement.users = { 'hidden.member@example.org': { emailVisible: false }, 'fictional.person@example.net': { consumer: true } };
    replacement.drivePolicy = { externalSharing: false };
    replacement.files[replacement.activeSpreadsheetId].shareableByEditors = false;
    expect(await call('PUT', '/api/workspace', replacement)).toEqual({ status: 200, json: { ok: true } });
    expect(await workspace()).toEqual(replacement);
  });

  it('refuses Drive account settings that are not true or false, naming the path', async () => {
    const replacement = { ...createEmptyWorkspace(), users: { 'hidden.member@example.org': { emailVisible: 'no' } } };
    const response = await call('PUT', '/api/workspace', replacement);
    expect([response.status, response.json.error]).toEqual([400, expect.stringContaining('users.hidden.member@example.org.emailVisible: must be true or false')]);
  });

  it('refuses malformed JSON with 400, saying so, and keeps the workspace', async () => {
    const before = await workspace();
    const response = await call('PUT', '/api/workspace', '{"version": 1,');
    expect(response.status).toBe(400);
    expect(response.json.error).toMatch(/^The request body is not valid JSON/);
    expect(await workspace()).toEqual(before);
  });

  it('refuses the wrong version with 400, naming the key', async () => {
    const response = await call('PUT', '/api/workspace', { ...createEmptyWorkspace(), version: 2 });
    expect(response.status).toBe(400);
    expect(response.json.error).toContain('version: must be 1');
  });

  it('refuses a cell of a kind Sheets cannot hold, naming the cell\'s path, and keeps the workspace', async () => {
    const before = await workspace();
    const odd = createEmptyWorkspace();
    odd.spreadsheets[odd.activeSpreadsheetId].sheets[0].values = [['fine', { colour: 'red' } as never]];
    const response = await call('PUT', '/api/workspace', odd);
    expect(response.status).toBe(400);
    expect(response.json.error).toContain('spreadsheets.status-spreadsheet.sheets[0].values[0][1]: a cell must be');
    expect(await workspace()).toEqual(before);
  });

  it('refuses a file in a folder that does not exist', async () => {
    const odd = createEmptyWorkspace();
    odd.files[odd.activeSpreadsheetId].parents = ['no-such-folder'];
    const response = await call('PUT', '/api/workspace', odd);
    expect(response.json.error).toContain('files.status-spreadsheet.parents[0]: "no-such-folder" is not the id of a folder');
  });

  // Drive keeps folders a tree (moving a folder into its own subfolder is refused), and the access
  // rules follow parents upwards: a loop made the next run fail with "Maximum call stack size exceeded".
  it('refuses folders that are inside each other, naming the file, and keeps the workspace (regression: folder loop)', async () => {
    const before = await workspace();
    const odd = createEmptyWorkspace();
    const folder = { ...odd.files[odd.activeSpreadsheetId], mimeType: MIME.folder };
    odd.files['folder-a'] = { ...folder, id: 'folder-a', name: 'Case documents', parents: ['folder-b'] };
    odd.files['folder-b'] = { ...folder, id: 'folder-b', name: 'Old case documents', parents: ['folder-a'] };
    const response = await call('PUT', '/api/workspace', odd);
    expect(response.status).toBe(400);
    expect(response.json.error).toContain('files.folder-a.parents: the folders it is in lead back to it');
    expect(await workspace()).toEqual(before);
  });

  it('refuses a workspace missing a required key', async () => {
    const withoutLog: Partial<WorkspaceState> = createEmptyWorkspace();
    delete withoutLog.log;
    expect((await call('PUT', '/api/workspace', withoutLog)).json.error).toContain('log: is missing');
  });
});

describe('POST /api/run', () => {
  it('runs the function as the given user', async () => {
    await shareWith('robin.member@example.org');
    expect((await call('POST', '/api/run', { function: 'whoAmI', user: 'robin.member@example.org' })).json).toMatchObject({ result: 'robin.member@example.org' });
  });

  it('answers an unknown function with status 200 and Apps Script\'s error, and keeps serving', async () => {
    expect(await call('POST', '/api/run', { function: 'noSuchFunction' })).toMatchObject({ status: 200, json: { error: 'Script function not found: noSuchFunction' } });
    expect((await call('POST', '/api/run', { function: 'whoAmI' })).json).toMatchObject({ result: 'chair@example.org' });
  });

  it('answers an illegal argument with Apps Script\'s error, and keeps serving', async () => {
    const response = await call('POST', '/api/run', { function: 'echo', args: [{ $date: '2024-01-15T00:00:00.000Z' }] });
    expect(response).toMatchObject({ status: 200, json: { error: 'Failed due to illegal value in property: 0' } });
    expect((await call('POST', '/api/run', { function: 'echo', args: ['home shelf'] })).json).toMatchObject({ result: 'home shelf' });
  });

  it('answers a Date result with the error', async () => {
    expect((await call('POST', '/api/run', { function: 'returnsDate' })).json).toMatchObject({ error: 'Failed due to illegal value in property: result' });
  });

  it('returns what the run showed and the calls it made', async () => {
    const { json } = await call('POST', '/api/run', { function: 'onOpen' });
    expect(json.shown).toEqual([{ type: 'menu', name: 'Django CoC', addon: false, items: [{ caption: 'Set up or repair', functionName: 'writesA1' }] }]);
    expect(json.calls).toMatchObject({ 'Ui.createMenu': 1, 'Menu.addToUi': 1 });
  });

  it('refuses malformed JSON with 400 and keeps serving', async () => {
    const response = await call('POST', '/api/run', 'not json');
    expect(response.status).toBe(400);
    expect(response.json.error).toMatch(/not valid JSON/);
    expect((await call('POST', '/api/run', { function: 'whoAmI' })).status).toBe(200);
  });

  it('refuses a request without a function name with 400', async () => {
    expect(await call('POST', '/api/run', { args: [] })).toMatchObject({ status: 400, json: { error: '"function" must be a function name.' } });
  });
});

describe('POST /api/reset', () => {
  it('starts again from the empty spreadsheet with {"demo": false}', async () => {
    await call('POST', '/api/run', { function: 'writesA1' });
    expect(await call('POST', '/api/reset', { demo: false })).toEqual({ status: 200, json: { ok: true } });
    expect(await workspace()).toEqual(createEmptyTracker());
  });

  it('refuses a body without the demo flag', async () => {
    expect(await call('POST', '/api/reset', {})).toMatchObject({ status: 400, json: { error: 'Reset needs {"demo": true} or {"demo": false}.' } });
  });
});

describe('POST /api/edit', () => {
  it('writes the cell as typed and fires onEdit', async () => {
    await shareWith('robin.member@example.org');
    const response = await call('POST', '/api/edit', { sheet: 'Sheet1', a1: 'A1', value: 'Resolved', user: 'robin.member@example.org' });
    expect(response.status).toBe(200);
    const state = await workspace();
    expect(cell(state, 0, 0)).toBe('Resolved');
    expect(cell(state, 0, 1)).toBe('onEdit saw Resolved');
  });

  it('refuses a sheet that does not exist with 400', async () => {
    expect(await call('POST', '/api/edit', { sheet: 'Nope', a1: 'A1', value: 'x' })).toMatchObject({ status: 400, json: { error: 'No sheet named "Nope" in the active spreadsheet.' } });
  });
});

describe('routes and requests', () => {
  it('answers an unknown route with 404 and a JSON error', async () => {
    expect(await call('GET', '/api/nothing')).toEqual({ status: 404, json: { error: 'No such route: GET /api/nothing' } });
  });

  it('answers a known route with the wrong method with 405', async () => {
    expect((await call('DELETE', '/api/workspace')).status).toBe(405);
  });

  it('refuses API requests from another site\'s pages', async () => {
    const response = await call('POST', '/api/run', { function: 'writesA1' }, { Origin: 'https://elsewhere.example.net' });
    expect(response.status).toBe(403);
    expect(cell(await workspace(), 0, 0)).toBeUndefined();
  });

  // A sandboxed frame on any site sends "Origin: null", and a text/plain POST needs no preflight,
  // so accepting null let any web page reset or edit the workspace (regression).
  it('refuses API requests from a page whose origin is null', async () => {
    await call('POST', '/api/edit', { sheet: 'Sheet1', a1: 'A1', value: 'kept' });
    const before = await workspace();
    const response = await call('POST', '/api/reset', { demo: false }, { Origin: 'null', 'Content-Type': 'text/plain' });
    expect(response).toEqual({ status: 403, json: { error: 'Requests from pages of null are refused.' } });
    expect(await workspace()).toEqual(before);
  });

  it('serves the browser shell at /', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<script src="/shell.js"></script>');
  });

  it('serves the shell\'s script, bundled for the browser', async () => {
    const response = await fetch(new URL('/shell.js', server.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('__emulatorShell');
  });
});

describe('the state file', () => {
  it('is created, with a workspace in it, on first start', async () => {
    const firstPath = join(folder, 'first', 'workspace.json');
    const first = await startServer({ port: 0, statePath: firstPath, buildDir, initialWorkspace: 'empty' });
    await first.close();
    expect(findWorkspaceProblems(JSON.parse(readFileSync(firstPath, 'utf8')))).toEqual([]);
  });

  it('keeps every change, and is what the next start serves', async () => {
    await call('POST', '/api/edit', { sheet: 'Sheet1', a1: 'A1', value: 'kept' });
    const before = await workspace();
    await server.close();
    server = await startServer({ port: 0, statePath, buildDir, initialWorkspace: 'empty' });
    expect(await workspace()).toEqual(before);
  });

  it('stops the start with a clear message when the file is not a workspace', async () => {
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"version": 7}');
    await expect(startServer({ port: 0, statePath: broken, buildDir, initialWorkspace: 'empty' })).rejects.toThrow(`The emulator's state file ${broken} cannot be loaded`);
    expect(existsSync(broken)).toBe(true);
  });
});

describe('with the built add-on (build/)', () => {
  const builtDir = join(__dirname, '..', '..', 'build');

  beforeEach(async () => {
    if (!existsSync(join(builtDir, 'Code.js'))) throw new Error('build/Code.js is missing: run `npm run build` first (npm test does).');
    await server.close();
    server = await startServer({ port: 0, statePath, buildDir: builtDir, initialWorkspace: 'empty' });
  });

  it('changes nothing when the workspace after setUpSpreadsheet is PUT back', async () => {
    expect((await call('POST', '/api/run', { function: 'setUpSpreadsheet' })).json).toHaveProperty('result');
    const before = await workspace();
    expect(await call('PUT', '/api/workspace', before)).toEqual({ status: 200, json: { ok: true } });
    expect(await workspace()).toEqual(before);
  });

  // Spec section 11: "an empty spreadsheet whose only member is chair@example.org; in both,
  // chair@example.org is the chair, with Identity Key Access".
  it.each([true, false])('makes chair@example.org the chair with Identity Key Access after a reset with demo %s', async (demo) => {
    await call('POST', '/api/reset', { demo });
    const state = await workspace();
    const members = state.spreadsheets[state.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Members')?.values ?? [];
    const header = members[0] ?? [];
    const chairRow = members.find((row) => row[header.indexOf('Email')] === 'chair@example.org') ?? [];
    expect(['Role', 'Identity Key Access', 'Active'].map((column) => chairRow[header.indexOf(column)])).toEqual(['Chair', 'Yes', 'Yes']);
    expect(members.filter((row) => row[header.indexOf('Email')] !== 'Email')).toHaveLength(demo ? 6 : 1);
  });

  it('lets only the chair set up the empty spreadsheet', async () => {
    await call('POST', '/api/reset', { demo: false });
    await shareWith('fictional.editor@example.org');
    const refused = await call('POST', '/api/run', { function: 'setUpSpreadsheet', user: 'fictional.editor@example.org' });
    expect(refused.json).toMatchObject({ error: expect.stringMatching(/member/i) });
    const stranger = await call('POST', '/api/run', { function: 'setUpSpreadsheet', user: 'fictional.stranger@example.org' });
    expect(stranger.json).toMatchObject({ error: 'You do not have permission to access the requested document.' });
    expect((await call('POST', '/api/run', { function: 'setUpSpreadsheet' })).json).toHaveProperty('result');
  });

  it('starts again from demo data with {"demo": true}, which a GET then PUT leaves as it is', async () => {
    expect(await call('POST', '/api/reset', { demo: true })).toEqual({ status: 200, json: { ok: true } });
    const demo = await workspace();
    expect(demo).not.toEqual(createEmptyWorkspace());
    expect(await call('PUT', '/api/workspace', demo)).toEqual({ status: 200, json: { ok: true } });
    expect(await workspace()).toEqual(demo);
  });
});

describe('the server facing malformed or oversized requests', () => {
  /** Sends raw bytes on one connection and resolves with what came back before it closed. */
  function raw(bytes: string): Promise<string> {
    const { port } = new URL(server.url);
    return new Promise((done, fail) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end(bytes));
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      socket.on('close', () => done(answer));
      socket.on('error', fail);
    });
  }

  it.each([
    ['a request line that is not HTTP', 'NONSENSE\r\n\r\n'],
    ['a header without a colon', 'GET /api/workspace HTTP/1.1\r\nHost: 127.0.0.1\r\nBroken header\r\n\r\n'],
    ['a path with a control character', 'GET /api/\u0001workspace HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ])('answers %s with 400 and keeps serving', async (_what, bytes) => {
    expect(await raw(bytes)).toMatch(/^HTTP\/1\.1 400/);
    expect((await call('GET', '/api/workspace')).status).toBe(200);
  });

  it('refuses a body whose stated length is over 200 MiB with 413, before reading it, and keeps serving', async () => {
    const answer = await raw(`POST /api/run HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${200 * 1024 * 1024 + 1}\r\n\r\n{}`);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect((await call('GET', '/api/workspace')).status).toBe(200);
  });
});
