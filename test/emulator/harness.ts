import vm from 'node:vm';
import { RunContext } from '../../emulator/run/runContext';
import { Realm } from '../../emulator/run/realm';
import { serviceObjects } from '../../emulator/run/instrument';
import { createEmptyWorkspace, CHAIR_EMAIL } from '../../emulator/workspace';
import type { WorkspaceState } from '../../emulator/workspace/state';
import type { Selection } from '../../emulator/run/runContext';

export interface HarnessOptions {
  workspace?: WorkspaceState;
  user?: string;
  selection?: Selection;
  answers?: string[];
  failAtCall?: number;
  htmlFiles?: Record<string, string>;
  lockTable?: Map<string, object>;
}

/**
 * A fresh run over a fresh (or given) workspace, with a realm of its own, for contract tests that
 * call a service directly rather than through the bundle.
 */
export function createTestRun(options: HarnessOptions = {}): { run: RunContext; context: vm.Context } {
  const run = new RunContext(
    options.workspace ?? createEmptyWorkspace(),
    options.user ?? CHAIR_EMAIL,
    options.selection,
    options.answers ?? [],
    options.failAtCall,
    undefined,
    options.htmlFiles ?? {},
    options.lockTable ?? new Map(),
  );
  const context = vm.createContext({});
  run.realm = new Realm(context, serviceObjects);
  return { run, context };
}
