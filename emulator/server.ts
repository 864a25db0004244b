import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { editCell, EditRequest, RequestError, runFunction, RunRequest } from './runner';
import type { WorkspaceState } from './workspace/state';
import { loadStateFile, saveStateFile } from './workspace/stateFile';
import { buildDemoWorkspace } from './demo';
import { createEmptyTracker } from './workspace';
import { parseWorkspace } from './workspace/workspaceShape';
import { workspaceAsSeenBy } from './workspace/userView';

/**
 * The emulator's HTTP interface (spec section 11): the browser shell at `/`, and the JSON API the
 * shell and test clients use. Requests are handled one at a time, and the workspace is saved to
 * its JSON file after every request that may have changed it.
 */

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The workspace's JSON file; created from demo data when it does not exist. */
  statePath: string;
  /** The folder `npm run build` writes (build/Code.js and the HTML files). */
  buildDir: string;
  /** What a missing state file starts from: demo data (the default), or the empty workspace. */
  initialWorkspace?: 'demo' | 'empty';
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 200 * 1024 * 1024;

interface Reply {
  status: number;
  body: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

type Handler = (request: Request) => Reply | Promise<Reply>;
type Routes = Record<string, Record<string, Handler>>;

/** Starts the emulator; resolves once it listens, with the URL it serves. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const shell = await buildShell();
  const store = new WorkspaceStore(options);
  const routes = createRoutes(store, shell, options.buildDir);
  let queue: Promise<void> = Promise.resolve();
  const server = createServer((incoming, outgoing) => {
    readRequest(incoming)
      .then((request) => {
        const turn = queue.then(() => answer(routes, request, incoming, port));
        queue = turn.then(ignore, ignore);
        return turn;
      })
      .catch((error: unknown) => replyError(error))
      .then((reply) => send(outgoing, reply));
  });
  // A request line or header Node's parser cannot read is answered 400 on that connection alone;
  // the server goes on serving everyone else.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, HOST, () => ready());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/`,
    close: () => new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}

/** The workspace being served, saved to its file after every request that may change it. */
class WorkspaceStore {
  workspace: WorkspaceState;
  readonly lockTable = new Map<string, object>();

  constructor(private readonly options: ServerOptions) {
    this.workspace = loadStateFile(options.statePath) ?? startingWorkspace(options.initialWorkspace !== 'empty', options.buildDir);
    saveStateFile(options.statePath, this.workspace);
  }

  /** Saves the workspace and answers `body`. */
  saved(body: unknown): Reply {
    saveStateFile(this.options.statePath, this.workspace);
    return json(200, body);
  }

  replace(next: WorkspaceState): Reply {
    this.workspace = next;
    return this.saved({ ok: true });
  }
}

function createRoutes(store: WorkspaceStore, shell: ShellFiles, buildDir: string): Routes {
  const runOptions = { buildDir, lockTable: store.lockTable };
  return {
    '/': { GET: () => ({ status: 200, body: shell.html, contentType: 'text/html; charset=utf-8' }) },
    '/shell.js': { GET: () => ({ status: 200, body: shell.script, contentType: 'text/javascript; charset=utf-8' }) },
    '/shell.css': { GET: () => ({ status: 200, body: shell.css, contentType: 'text/css; charset=utf-8' }) },
    '/favicon.ico': { GET: () => ({ status: 204, body: '' }) },
    '/api/workspace': {
      GET: () => json(200, store.workspace),
      PUT: (request) => store.replace(parseWorkspaceBody(request.body)),
    },
    '/api/view': { GET: (request) => json(200, workspaceAsSeenBy(store.workspace, parseViewUser(request.query))) },
    '/api/run': { POST: (request) => store.saved(runFunction(store.workspace, parseJson(request.body) as RunRequest, runOptions)) },
    '/api/edit': { POST: (request) => store.saved(editCell(store.workspace, parseJson(request.body) as EditRequest, runOptions)) },
    '/api/reset': { POST: (request) => store.replace(startingWorkspace(parseResetBody(request.body), buildDir)) },
  };
}

async function answer(routes: Routes, request: Request, incoming: IncomingMessage, port: number): Promise<Reply> {
  const refusal = refuseForeign(incoming, port);
  if (refusal) return refusal;
  const route = ownEntry(routes, request.path);
  if (!route) return json(404, { error: `No such route: ${request.method} ${request.path}` });
  const handler = ownEntry(route, request.method);
  if (!handler) return { ...json(405, { error: `${request.path} does not answer ${request.method}` }), headers: { Allow: Object.keys(route).join(', ') } };
  try {
    return await handler(request);
  } catch (error) {
    return replyError(error);
  }
}

/**
 * Only pages served here, and clients that are not browsers, may use the API: a request from
 * another site's page (its Origin) or through a rebound DNS name (its Host) is refused. Browsers
 * send `Origin: null` from sandboxed frames and data: or file: pages, which any site can open, so
 * that is refused too; the shell's own frames call the API through the page that holds them.
 */
function refuseForeign(incoming: IncomingMessage, port: number): Reply | undefined {
  const allowedHosts = [`${HOST}:${port}`, `localhost:${port}`];
  const host = incoming.headers.host ?? '';
  if (!allowedHosts.includes(host)) return json(403, { error: `Requests must be addressed to ${allowedHosts[0]}, not ${host}.` });
  const origin = incoming.headers.origin;
  if (origin !== undefined && !allowedHosts.some((allowed) => origin === `http://${allowed}`)) {
    return json(403, { error: `Requests from pages of ${origin} are refused.` });
  }
  return undefined;
}

class BadRequest extends Error {}
class PayloadTooLarge extends Error {}

function replyError(error: unknown): Reply {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof PayloadTooLarge) return { ...json(413, { error: message }), headers: { Connection: 'close' } };
  if (error instanceof BadRequest || error instanceof RequestError) return json(400, { error: message });
  return json(500, { error: `The emulator failed: ${message}` });
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new BadRequest(`The request body is not valid JSON: ${(error as Error).message}`);
  }
}

function parseWorkspaceBody(body: string): WorkspaceState {
  const value = parseJson(body);
  try {
    return parseWorkspace(value);
  } catch (error) {
    throw new BadRequest((error as Error).message);
  }
}

function parseResetBody(body: string): boolean {
  const value = parseJson(body) as { demo?: unknown } | null;
  if (value === null || typeof value !== 'object' || typeof value.demo !== 'boolean') {
    throw new BadRequest('Reset needs {"demo": true} or {"demo": false}.');
  }
  return value.demo;
}

function parseViewUser(query: URLSearchParams): string {
  const user = query.get('user')?.trim() ?? '';
  if (!/^[^\s@]+@[^\s@]+$/.test(user)) throw new BadRequest('A view needs ?user=EMAIL, the person signed in.');
  return user;
}

function json(status: number, body: unknown): Reply {
  return { status, body: JSON.stringify(body), contentType: 'application/json; charset=utf-8' };
}

function ignore(): void {}

function ownEntry<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function readRequest(incoming: IncomingMessage): Promise<Request> {
  return new Promise((done, fail) => {
    // A stated length over the cap is refused before a byte of the body is read.
    const declared = Number(incoming.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      fail(new PayloadTooLarge(`The request body is larger than ${MAX_BODY_BYTES} bytes.`));
      incoming.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        fail(new PayloadTooLarge(`The request body is larger than ${MAX_BODY_BYTES} bytes.`));
        incoming.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    incoming.on('end', () => {
      let url: URL;
      try {
        url = new URL(incoming.url ?? '/', `http://${HOST}`);
      } catch {
        fail(new BadRequest('The request path is not a valid path.'));
        return;
      }
      done({ method: incoming.method ?? 'GET', path: url.pathname, query: url.searchParams, body: Buffer.concat(chunks).toString('utf8') });
    });
    incoming.on('error', fail);
  });
}

function send(outgoing: ServerResponse, reply: Reply): void {
  if (outgoing.headersSent || outgoing.destroyed) return;
  outgoing.writeHead(reply.status, {
    'Content-Type': reply.contentType ?? 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...reply.headers,
  });
  outgoing.end(reply.body as string);
}

// --- Starting workspaces -------------------------------------------------------------------------

/** Demo data (built by running the add-on in build/) or the empty workspace. */
function startingWorkspace(demo: boolean, buildDir: string): WorkspaceState {
  return demo ? buildDemoWorkspace(buildDir) : createEmptyTracker();
}

// --- The browser shell -----------------------------------------------------------------------------

interface ShellFiles {
  html: string;
  script: string;
  css: string;
}

/** emulator/shell/, with shell.ts bundled for the browser by esbuild. */
async function buildShell(): Promise<ShellFiles> {
  const folder = join(repoRoot(), 'emulator', 'shell');
  const result = await build({
    entryPoints: [join(folder, 'shell.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    write: false,
  });
  return {
    html: readFileSync(join(folder, 'index.html'), 'utf8'),
    script: result.outputFiles[0].text,
    css: readFileSync(join(folder, 'shell.css'), 'utf8'),
  };
}

/**
 * The repository's root: the nearest folder above this file (emulator/ under ts-node and jest,
 * .emulator-dist/ when bundled) or above the working directory that holds emulator/shell/.
 */
export function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let folder = resolve(start); ; folder = dirname(folder)) {
      if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'emulator', 'shell', 'index.html'))) return folder;
      if (dirname(folder) === folder) break;
    }
  }
  throw new Error(`Cannot find the repository (a folder holding emulator/shell/) above ${__dirname} or ${process.cwd()}.`);
}

async function main(): Promise<void> {
  const root = repoRoot();
  const server = await startServer({
    port: Number(process.env.PORT ?? 8080),
    statePath: process.env.EMULATOR_STATE ? resolve(process.env.EMULATOR_STATE) : join(root, '.emulator', 'workspace.json'),
    buildDir: join(root, 'build'),
  });
  console.log(`Django CoC add-on emulator: ${server.url}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
