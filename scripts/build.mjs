// Builds exactly what `clasp push` uploads into build/: Code.js, one self-contained HTML file per
// folder under src/ui/ (that has an index.html), and appsscript.json. Nothing else.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
export const GLOBAL_NAME = '__DjangoCoC';
/**
 * Where the script will live: 'bound' (a script bound to the tracker: a top-level Django CoC menu,
 * as the manual describes) or 'addon' (an installed Editor add-on: Extensions › Django CoC).
 * Google gives a running script no reliable way to tell the two apart, so the build decides.
 */
const TARGET = process.env.DJANGO_COC_TARGET ?? 'bound';
if (TARGET !== 'bound' && TARGET !== 'addon') throw new Error(`DJANGO_COC_TARGET must be 'bound' or 'addon', not '${TARGET}'`);

/** The names src/main.ts exports: esbuild's metafile lists exports for ESM output only. */
async function listExports() {
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    define: { __DJANGO_COC_TARGET__: JSON.stringify(TARGET) },
    metafile: true,
    write: false,
  });
  return [...Object.values(result.metafile.outputs)[0].exports].sort();
}

async function buildServerBundle() {
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    define: { __DJANGO_COC_TARGET__: JSON.stringify(TARGET) },
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
  });
  const [output] = result.outputFiles;
  const entryPoints = await listExports();
  if (entryPoints.length === 0) throw new Error('src/main.ts exports no entry points');
  // Apps Script (and gas-local) only see top-level `function` and `var` declarations, so each
  // export of src/main.ts gets a one-line wrapper the editor's function list and triggers can find.
  const wrappers = entryPoints
    .map((name) => `function ${name}() { return ${GLOBAL_NAME}.${name}.apply(this, arguments); }`)
    .join('\n');
  writeFileSync(join(out, 'Code.js'), `${output.text}\n${wrappers}\n`);
  return entryPoints;
}

function escapeForInlineScript(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

async function buildHtmlFile(uiDir, name) {
  const folder = join(uiDir, name);
  let html = readFileSync(join(folder, 'index.html'), 'utf8');
  const scriptPath = join(folder, 'main.ts');
  if (existsSync(scriptPath)) {
    const result = await build({
      entryPoints: [scriptPath],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      charset: 'utf8',
      legalComments: 'none',
      write: false,
    });
    html = html.replace('<!-- inline:script -->', () => `<script>\n${escapeForInlineScript(result.outputFiles[0].text)}</script>`);
  }
  const stylePath = join(folder, 'style.css');
  const sharedStylePath = join(uiDir, 'shared', 'style.css');
  const css = [sharedStylePath, stylePath].filter(existsSync).map((p) => readFileSync(p, 'utf8')).join('\n');
  html = html.replace('<!-- inline:style -->', () => `<style>\n${css}</style>`);
  if (/<(script|link)[^>]+(src|href)=/i.test(html)) {
    throw new Error(`${name}: HTML files must be self-contained (no external scripts or styles)`);
  }
  writeFileSync(join(out, `${name}.html`), html);
  return `${name}.html`;
}

export async function buildAll() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const entryPoints = await buildServerBundle();
  const uiDir = join(root, 'src/ui');
  const htmlFiles = [];
  for (const entry of readdirSync(uiDir, { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(join(uiDir, entry.name, 'index.html'))) {
      htmlFiles.push(await buildHtmlFile(uiDir, entry.name));
    }
  }
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  return { entryPoints, htmlFiles };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { entryPoints, htmlFiles } = await buildAll();
  console.log(`build/Code.js: ${entryPoints.length} entry points; HTML: ${htmlFiles.join(', ') || 'none'}`);
}
