/**
 * `npm run push` and `npm run push:addon` (README "Deploying to Google"), run as a person runs
 * them, with clasp replaced at the process boundary by test/deploy/fakeClasp.cjs: the executable
 * npm finds as `clasp`, recording its argv, cwd and project file, and copying what it would upload.
 * Each test works in a throwaway copy of the project, so no real project file is touched.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFunction } from '../../emulator/runner';
import { createEmptyWorkspace } from '../../emulator/workspace';

const REPO = join(__dirname, '..', '..');
const BOUND_SCRIPT_ID = 'fictionalTrackerScriptId_000000000000000001';
const ADDON_SCRIPT_ID = 'fictionalAddonScriptId_0000000000000000002';

interface ClaspCall {
  argv: string[];
  cwd: string;
  projectFile: string;
  scriptId: string | null;
  stdinIsTTY: boolean;
  pushed?: boolean;
  contentDir?: string;
  snapshot?: string;
}

interface Project {
  dir: string;
  npm(...args: string[]): { status: number | null; stdout: string; stderr: string };
  claspCalls(): ClaspCall[];
}

const projects: string[] = [];
afterAll(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

/** A copy of what the push path reads (sources linked), with the fake as node_modules/.bin/clasp. */
function throwawayProject(): Project {
  const dir = mkdtempSync(join(tmpdir(), 'coc-deploy-'));
  projects.push(dir);
  for (const file of ['package.json', 'appsscript.json', '.claspignore']) copyFileSync(join(REPO, file), join(dir, file));
  mkdirSync(join(dir, 'scripts'));
  for (const file of ['build.mjs', 'clasp.mjs']) copyFileSync(join(REPO, 'scripts', file), join(dir, 'scripts', file));
  symlinkSync(join(REPO, 'src'), join(dir, 'src'));
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  for (const name of ['esbuild', '@esbuild']) symlinkSync(join(REPO, 'node_modules', name), join(dir, 'node_modules', name));
  const fake = join(dir, 'node_modules', '.bin', 'clasp');
  copyFileSync(join(__dirname, 'fakeClasp.cjs'), fake);
  chmodSync(fake, 0o755);
  const log = join(dir, 'clasp-calls.jsonl');
  mkdirSync(join(dir, 'pushed'));
  return {
    dir,
    npm(...args) {
      const result = spawnSync('npm', ['run', '--silent', ...args], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FAKE_CLASP_LOG: log, FAKE_CLASP_SNAPSHOTS: join(dir, 'pushed'), FAKE_CLASP_NEW_SCRIPT_ID: ADDON_SCRIPT_ID },
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    claspCalls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ClaspCall)
        : [],
  };
}

function menuOf(buildDir: string): { name: string; addon: boolean } {
  const response = runFunction(createEmptyWorkspace(), { function: 'onOpen' }, { buildDir });
  const menu = response.shown.find((item) => item.type === 'menu') as { name: string; addon: boolean } | undefined;
  if (!menu) throw new Error(`onOpen registered no menu: ${JSON.stringify(response)}`);
  return menu;
}

describe('npm run push and npm run push:addon', () => {
  jest.setTimeout(120_000);

  it('push build/ without a question to the tracker\'s script and to the add-on\'s own standalone script', () => {
    const project = throwawayProject();
    expect(project.npm('bind', '--', BOUND_SCRIPT_ID).status).toBe(0);
    const created = project.npm('create:addon');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(project.npm('push').status).toBe(0);
    expect(project.npm('push:addon').status).toBe(0);

    const [create, pushBound, pushAddon] = project.claspCalls();
    expect(create.argv).toEqual(['create', '--type', 'standalone', '--title', 'Django CoC', '--rootDir', 'build', '--project', '.clasp-addon.json']);
    for (const push of [pushBound, pushAddon]) {
      expect(push.argv[0]).toBe('push');
      expect(push.argv).toContain('--force');
      expect(push.stdinIsTTY).toBe(false);
      expect(push.cwd).toBe(project.dir);
      expect(push.contentDir).toBe(join(project.dir, 'build'));
      expect(push.pushed).toBe(true);
    }
    expect([pushBound.scriptId, pushAddon.scriptId]).toEqual([BOUND_SCRIPT_ID, ADDON_SCRIPT_ID]);
    expect([pushBound.projectFile, pushAddon.projectFile]).toEqual([join(project.dir, '.clasp.json'), join(project.dir, '.clasp-addon.json')]);

    // What reached each project: only what Apps Script needs, built for that target.
    for (const push of [pushBound, pushAddon]) {
      expect(readdirSync(push.snapshot!).filter((name) => name !== 'Code.js' && name !== 'appsscript.json' && !name.endsWith('.html'))).toEqual([]);
    }
    expect(menuOf(pushBound.snapshot!)).toMatchObject({ name: 'Django CoC', addon: false });
    expect(menuOf(pushAddon.snapshot!)).toMatchObject({ addon: true });
  });

  it('tells the user how to bind the tracker when there is no project file, and calls no clasp', () => {
    const project = throwawayProject();
    const result = project.npm('push');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('.clasp.json holds no script id');
    expect(result.stderr).toContain('npm run bind -- SCRIPT_ID');
    expect(project.claspCalls()).toEqual([]);
  });

  it('tells the user to create the add-on\'s project before the first push:addon', () => {
    const project = throwawayProject();
    project.npm('bind', '--', BOUND_SCRIPT_ID);
    const result = project.npm('push:addon');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('npm run create:addon');
    expect(project.claspCalls()).toEqual([]);
  });

  it('never pushes the add-on into the tracker\'s bound script', () => {
    const project = throwawayProject();
    project.npm('bind', '--', BOUND_SCRIPT_ID);
    writeFileSync(join(project.dir, '.clasp-addon.json'), JSON.stringify({ scriptId: BOUND_SCRIPT_ID, rootDir: 'build' }));
    const result = project.npm('push:addon');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('must be its own standalone project');
    expect(project.claspCalls()).toEqual([]);
  });

  it('refuses a script id that is not one, and leaves no project file', () => {
    const project = throwawayProject();
    const result = project.npm('bind', '--', 'PASTE-YOUR-SCRIPT-ID-HERE');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Project Settings');
    expect(existsSync(join(project.dir, '.clasp.json'))).toBe(false);
  });

  it('does not create a second add-on project over the first', () => {
    const project = throwawayProject();
    expect(project.npm('create:addon').status).toBe(0);
    const again = project.npm('create:addon');
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('already holds the add-on\'s project');
    expect(project.claspCalls().filter((call) => call.argv[0] === 'create')).toHaveLength(1);
  });
});
