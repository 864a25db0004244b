/**
 * The emulator's own shape (issue 10): plain workspace state and its rules at the bottom, the run
 * and the instrumentation above it, the Apps Script services (each Google service in its own
 * folder) above those, the runner, server and demo on top, the browser page last. A file imports
 * only its own layer or a lower one, and no chain of imports, type-only ones included, comes back
 * to where it started.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findImportCycles, layerOf, relativeImports } from './importGraph';

const REPO = join(__dirname, '..', '..');
const EMULATOR = join(REPO, 'emulator');

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Repository-relative file → the emulator files it imports. */
function emulatorImports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of typeScriptFiles(EMULATOR)) {
    const targets = relativeImports(readFileSync(file, 'utf8')).map((specifier) => resolveModule(resolve(dirname(file), specifier)));
    graph.set(relative(REPO, file), targets.map((target) => relative(REPO, target)));
  }
  return graph;
}

function resolveModule(base: string): string {
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  throw new Error(`Unresolved import ${base}`);
}

describe('the emulator’s imports', () => {
  const graph = emulatorImports();

  it('form no circle', () => {
    expect(findImportCycles(graph)).toEqual([]);
  });

  it('point only to the same layer or a lower one', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => layerOf(target) > layerOf(file)).map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('keep each Google service in its own folder', () => {
    const serviceFiles = [...graph.keys()].filter((file) => file.startsWith('emulator/services/'));
    expect(serviceFiles.filter((file) => file.split('/').length !== 4)).toEqual([]);
  });
});

describe('findImportCycles', () => {
  it('finds a circle through a type-only import', () => {
    const source = "import { Range } from './range';\nimport type {\n  Sheet,\n} from './sheet';";
    expect(relativeImports(source)).toEqual(['./range', './sheet']);
    const graph = new Map([
      ['context.ts', ['range.ts']],
      ['range.ts', ['context.ts']],
      ['sheet.ts', ['range.ts']],
    ]);
    expect(findImportCycles(graph)).toEqual([['context.ts', 'range.ts']]);
  });

  it('ranks the page above the runner above the services above the workspace', () => {
    const ranks = ['emulator/workspace/state.ts', 'emulator/run/runContext.ts', 'emulator/services/common/serviceObject.ts', 'emulator/services/lock/lockService.ts', 'emulator/runner.ts', 'emulator/shell/shell.ts'].map(layerOf);
    expect(ranks).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
