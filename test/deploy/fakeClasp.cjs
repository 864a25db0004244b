#!/usr/bin/env node
/* global process, console */
// Stands in for clasp at the process boundary: records each call (argv, cwd, the project file it
// was pointed at) in FAKE_CLASP_LOG, and behaves as clasp 3 does where the push path depends on it:
// `create` fills the project file's scriptId, and `push` without --force skips the whole push when
// nobody can answer its "overwrite the manifest?" question. A push copies what it would upload.
const { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const argv = process.argv.slice(2);
const option = (long, short) => {
  const index = argv.findIndex((arg) => arg === long || arg === short);
  return index === -1 ? undefined : argv[index + 1];
};
const projectFile = resolve(option('--project', '-P') ?? '.clasp.json');
const project = existsSync(projectFile) ? JSON.parse(readFileSync(projectFile, 'utf8')) : null;
const record = { argv, cwd: process.cwd(), projectFile, scriptId: project?.scriptId ?? null, stdinIsTTY: Boolean(process.stdin.isTTY) };

if (argv[0] === 'create') {
  if (project?.scriptId) {
    console.error('Project file already exists.');
    process.exit(1);
  }
  const scriptId = process.env.FAKE_CLASP_NEW_SCRIPT_ID;
  writeFileSync(projectFile, JSON.stringify({ scriptId, rootDir: option('--rootDir') ?? '.' }, null, 2));
  record.created = scriptId;
} else if (argv[0] === 'push') {
  if (!project?.scriptId) {
    console.error('Project settings not found.');
    process.exit(1);
  }
  const forced = argv.includes('--force') || argv.includes('-f');
  if (!forced) {
    console.log('Skipping push.');
    record.pushed = false;
  } else {
    const contentDir = resolve(projectFile, '..', project.rootDir ?? '.');
    const snapshot = join(process.env.FAKE_CLASP_SNAPSHOTS, String(Date.now()) + '-' + process.pid);
    cpSync(contentDir, snapshot, { recursive: true });
    record.pushed = true;
    record.contentDir = contentDir;
    record.snapshot = snapshot;
  }
}
appendFileSync(process.env.FAKE_CLASP_LOG, `${JSON.stringify(record)}\n`);
