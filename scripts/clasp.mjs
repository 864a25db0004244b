// The two deploy paths of README "Deploying to Google", each its own Apps Script project:
//   bound  a script bound to the group's tracker (top-level Django CoC menu), project file .clasp.json
//   addon  a private Editor add-on, which Google requires to be a standalone project
//          (https://developers.google.com/workspace/add-ons/how-tos/building-editor-addons),
//          project file .clasp-addon.json
// Both project files hold the user's own script ids and are never committed (.gitignore).
//
//   node scripts/clasp.mjs bind SCRIPT_ID   writes .clasp.json for the tracker's bound script
//   node scripts/clasp.mjs create-addon     `clasp create --type standalone` into .clasp-addon.json
//   node scripts/clasp.mjs push bound|addon builds build/ for that target and pushes it there
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROJECT_FILES = { bound: '.clasp.json', addon: '.clasp-addon.json' };
const CONTENT_DIR = 'build';
/** Apps Script ids are long URL-safe base64 strings; anything else is a paste gone wrong. */
const SCRIPT_ID = /^[A-Za-z0-9_-]{30,}$/;

class DeployError extends Error {}

function projectPath(target) {
  return join(root, PROJECT_FILES[target]);
}

/** The script id in a target's project file, or null when the file or the id is missing. */
function scriptIdOf(target) {
  const path = projectPath(target);
  if (!existsSync(path)) return null;
  let settings;
  try {
    settings = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new DeployError(`${PROJECT_FILES[target]} is not valid JSON. Delete it and run the step that creates it again (README, "Deploying to Google").`);
  }
  return typeof settings.scriptId === 'string' && settings.scriptId !== '' ? settings.scriptId : null;
}

const HOW_TO_CREATE = {
  bound: 'Copy the script id from the tracker\'s Extensions › Apps Script › Project Settings and run `npm run bind -- SCRIPT_ID`.',
  addon: 'Run `npm run create:addon` once: it creates the add-on\'s own standalone project.',
};

/** The target's script id, checked: present, well formed, and not the other target's project. */
function checkedScriptId(target) {
  const scriptId = scriptIdOf(target);
  if (scriptId === null) throw new DeployError(`${PROJECT_FILES[target]} holds no script id. ${HOW_TO_CREATE[target]}`);
  if (!SCRIPT_ID.test(scriptId)) throw new DeployError(`${PROJECT_FILES[target]} holds "${scriptId}", which is not an Apps Script id. ${HOW_TO_CREATE[target]}`);
  const other = target === 'bound' ? 'addon' : 'bound';
  if (scriptIdOf(other) === scriptId) {
    throw new DeployError(`${PROJECT_FILES.bound} and ${PROJECT_FILES.addon} hold the same script id. The add-on must be its own standalone project, never the tracker's bound script. ${HOW_TO_CREATE[target]}`);
  }
  return scriptId;
}

function run(command, args, env = {}) {
  // stdin is closed so that nothing can wait for an answer: `npm run push` runs unattended.
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (result.error) throw new DeployError(`Could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new DeployError(`${command} ${args.join(' ')} failed (exit code ${result.status}).`);
}

function build(target) {
  run(process.execPath, [join(root, 'scripts', 'build.mjs')], { DJANGO_COC_TARGET: target });
}

/** clasp as npm installed it, so that `node scripts/clasp.mjs` works outside npm too. */
function clasp(args) {
  const installed = join(root, 'node_modules', '.bin', 'clasp');
  run(existsSync(installed) ? installed : 'clasp', args);
}

function bind(scriptId) {
  if (typeof scriptId !== 'string' || !SCRIPT_ID.test(scriptId)) {
    throw new DeployError(`Give the tracker's script id: \`npm run bind -- SCRIPT_ID\`, with the id from the tracker's Extensions › Apps Script › Project Settings.`);
  }
  if (scriptIdOf('addon') === scriptId) throw new DeployError(`That is the add-on's script id (${PROJECT_FILES.addon}); bind the tracker's own script.`);
  writeFileSync(projectPath('bound'), `${JSON.stringify({ scriptId, rootDir: CONTENT_DIR }, null, 2)}\n`);
  console.log(`${PROJECT_FILES.bound}: the tracker's script ${scriptId}. Next: npm run push`);
}

function createAddon() {
  const existing = scriptIdOf('addon');
  if (existing !== null) throw new DeployError(`${PROJECT_FILES.addon} already holds the add-on's project (${existing}); \`npm run push:addon\` pushes to it.`);
  // clasp's --project needs the file to exist; one without a script id is what `clasp create` fills in.
  writeFileSync(projectPath('addon'), `${JSON.stringify({ rootDir: CONTENT_DIR }, null, 2)}\n`);
  build('addon');
  clasp(['create', '--type', 'standalone', '--title', 'Django CoC', '--rootDir', CONTENT_DIR, '--project', PROJECT_FILES.addon]);
  const scriptId = checkedScriptId('addon');
  console.log(`${PROJECT_FILES.addon}: the add-on's standalone script ${scriptId}. Next: npm run push:addon`);
}

function push(target) {
  if (!(target in PROJECT_FILES)) throw new DeployError(`Push to 'bound' or 'addon', not '${target}'.`);
  const scriptId = checkedScriptId(target);
  build(target);
  // --force: without it clasp asks whether to overwrite the manifest, and when nobody can answer
  // (or the default is taken) it skips the whole push.
  clasp(['push', '--force', '--project', PROJECT_FILES[target]]);
  console.log(`Pushed build/ (${target === 'addon' ? 'Editor add-on' : 'bound script'}) to ${scriptId}.`);
}

const [command, argument] = process.argv.slice(2);
try {
  if (command === 'bind') bind(argument);
  else if (command === 'create-addon') createAddon();
  else if (command === 'push') push(argument);
  else throw new DeployError('Usage: node scripts/clasp.mjs bind SCRIPT_ID | create-addon | push bound|addon');
} catch (error) {
  if (!(error instanceof DeployError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
