// Runs first in `npm start`, `npm test` and the other npm scripts, so that each works straight after
// `git clone`: when node_modules is missing or older than package-lock.json it runs `npm ci`.
// It must not import anything from node_modules, which may not exist yet.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Modification time in ms, or undefined when the file does not exist. */
function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why `npm ci` must run first, or undefined when node_modules is up to date. */
export function reasonToInstall(projectRoot) {
  // npm writes node_modules/.package-lock.json at the end of every install, so its time is the
  // install's time; a merge or checkout that changes package-lock.json makes the lock newer.
  const installedAt = modifiedAt(join(projectRoot, 'node_modules', '.package-lock.json'));
  const lockChangedAt = modifiedAt(join(projectRoot, 'package-lock.json'));
  if (installedAt === undefined) return 'node_modules is missing';
  if (lockChangedAt !== undefined && lockChangedAt > installedAt) return 'node_modules is older than package-lock.json';
  return undefined;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const reason = reasonToInstall(root);
  if (reason !== undefined) {
    console.log(`${reason}: running npm ci first (about 20 s)...`);
    // npm sets npm_execpath when it runs a script; run that same npm rather than whichever is on PATH.
    const npmCli = process.env.npm_execpath;
    const args = ['ci', '--no-audit', '--no-fund'];
    const result = npmCli
      ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' })
      : spawnSync('npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status !== 0) {
      console.error('npm ci failed; fix the error above, then run the command again.');
      process.exit(result.status ?? 1);
    }
  }
}
