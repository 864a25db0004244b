import vm from 'node:vm';
import { RunContext } from '../../emulator/run/runContext';
import { Realm } from '../../emulator/run/realm';
import { serviceObjects } from '../../emulator/run/instrument';
import { createEmptyWorkspace, CHAIR_EMAIL } from '../../emulator/workspace';
import { MIME, type DriveFileState, type WorkspaceState } from '../../emulator/workspace/state';
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

/** A stored Drive item (a private Google Doc owned by the chair, at the top of their Drive unless `overrides` say otherwise). */
export function storedDriveItem(id: string, overrides: Partial<DriveFileState> = {}): DriveFileState {
  return {
    id,
    name: id,
    mimeType: MIME.document,
    owner: CHAIR_EMAIL,
    editors: [],
    viewers: [],
    access: 'PRIVATE',
    permission: 'NONE',
    parents: [],
    trashed: false,
    createdAt: '2020-02-03T04:05:06.000Z',
    ...overrides,
  };
}
