import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WorkspaceState } from './state';
import { parseWorkspace } from './workspaceShape';

/**
 * The emulator's workspace on disk: one JSON file, written whole to a temporary file and renamed
 * over the old one, so a crash mid-write never leaves half a workspace behind.
 */

/** The saved workspace, or undefined when there is no file yet. Throws, naming the file, when it is unusable. */
export function loadStateFile(path: string): WorkspaceState | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return parseWorkspace(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `The emulator's state file ${path} cannot be loaded (delete it to start again from demo data): ${reason}`;
    // The ES2020 lib this project targets has no `new Error(message, { cause })`; the cause is attached by hand.
    throw Object.assign(new Error(message), { cause: error });
  }
}

export function saveStateFile(path: string, workspace: WorkspaceState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(workspace));
  renameSync(temporary, path);
}
