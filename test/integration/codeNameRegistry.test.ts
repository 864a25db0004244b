/**
 * The code name registry (src/actions/codeNameRegistry.ts) with the core generator, on emulated
 * sheets, at a scale the menu item cannot reach: generating 5,000 case code names into a tracker
 * that already holds 5,000.
 *
 * What this proves, and what it does not: the registry and the generator run in-process here (the
 * emulated services installed as globals), not through build/Code.js, because calling the
 * Generate code name menu item 5,000 times would take minutes. It shows that the registry reads
 * every name in Cases (old hyphenated ones included) and Conflicts from the emulated sheets in a
 * fixed number of calls, and that the core generator, drawing on the emulated Utilities.getUuid,
 * avoids all of them and its own earlier picks. The menu item's path (ask, lock, Drive title
 * check, write, audit) is covered through the bundle in records.test.ts.
 */
import { randomUUID } from 'node:crypto';
import vm from 'node:vm';
import { createGlobals } from '../../emulator/globals';
import { serviceObjects } from '../../emulator/run/instrument';
import { Realm } from '../../emulator/run/realm';
import { RunContext } from '../../emulator/run/runContext';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { takenCaseCodeNames } from '../../src/actions/codeNameRegistry';
import { readCasesSheet } from '../../src/actions/records';
import { caseCodeNameKey, generateCaseCodeNames } from '../../src/core/codeNames';
import { openActionContext } from '../../src/gas/context';
import { nextUuid } from '../../src/gas/session';
import { appendBlock } from '../../src/gas/spreadsheet';
import { CHAIR_EMAIL, columnOf, ongoingCase, setUpWorkspace, sheetValues, writeCases, recordConflict
} from './helpers';

const EXISTING = 5_000;
const NEW = 5_000;

/** Installs the emulated services as globals for the duration of `body`, as Apps Script provides them. */
function withEmulatedServices<T>(workspace: WorkspaceState, body: (run: RunContext) => T): T {
  const run = new RunContext(workspace, CHAIR_EMAIL, undefined);
  run.realm = new Realm(vm.createContext({}), serviceObjects);
  const globals = createGlobals(run);
  const target = globalThis as Record<string, unknown>;
  const previous = Object.keys(globals).map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
  Object.assign(target, globals);
  try {
    return body(run);
  } finally {
    for (const [name, descriptor] of previous) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    }
  }
}

/** A tracker holding `count` distinct case code names in the old hyphenated style, and one conflict. */
function trackerWithNames(count: number): WorkspaceState {
  const workspace = setUpWorkspace();
  const names = generateCaseCodeNames(count, { taken: new Set(), separator: '-', nextUuid: randomUUID });
  writeCases(workspace, names.map((caseCodeName) => ongoingCase({ caseCodeName })));
  recordConflict(workspace, 'fictional.member@example.org', 'woolly hat');
  return workspace;
}

function caseCodeNamesIn(workspace: WorkspaceState): string[] {
  const column = columnOf(workspace, 'Cases', 'Case Code Name');
  return sheetValues(workspace, 'Cases').slice(1).map((row) => String(row[column] ?? ''));
}

describe('takenCaseCodeNames', () => {
  it('collects every case code name in Cases and Conflicts, by key', () => {
    const workspace = trackerWithNames(EXISTING);
    const taken = withEmulatedServices(workspace, () => takenCaseCodeNames(openActionContext(), readCasesSheet(openActionContext()).table));
    expect(taken.size).toBe(EXISTING + 1);
    expect(taken.has('woolly hat')).toBe(true);
    expect(taken.has(caseCodeNameKey(caseCodeNamesIn(workspace)[0]))).toBe(true);
  });

  it('reads Cases and Conflicts with the same calls for 10 names as for 5,000', () => {
    const calls = [10, EXISTING].map((count) =>
      withEmulatedServices(trackerWithNames(count), (run) => {
        const context = openActionContext();
        takenCaseCodeNames(context, readCasesSheet(context).table);
        return run.calls;
      }),
    );
    expect(calls[1]).toEqual(calls[0]);
  });
});

describe('generating 5,000 case code names into a tracker that holds 5,000', () => {
  it('leaves 10,000 distinct names in Cases', () => {
    const workspace = trackerWithNames(EXISTING);
    withEmulatedServices(workspace, () => {
      const context = openActionContext();
      const { snapshot, table } = readCasesSheet(context);
      const names = generateCaseCodeNames(NEW, { taken: takenCaseCodeNames(context, table), separator: ' ', nextUuid });
      const column = table.columns.caseCodeName as number;
      appendBlock(snapshot.sheet, names.map((name) => snapshot.values[0].map((_, index) => (index === column ? name : ''))));
    });
    const names = caseCodeNamesIn(workspace);
    expect(names).toHaveLength(EXISTING + NEW);
    expect(new Set(names.map(caseCodeNameKey)).size).toBe(EXISTING + NEW);
  });

  it('draws its randomness from Utilities.getUuid', () => {
    const workspace = trackerWithNames(10);
    const uuids = withEmulatedServices(workspace, (run) => {
      const context = openActionContext();
      generateCaseCodeNames(100, { taken: takenCaseCodeNames(context, readCasesSheet(context).table), separator: ' ', nextUuid });
      return run.calls['Utilities.getUuid'] ?? 0;
    });
    expect(uuids).toBeGreaterThan(0);
  });
});
