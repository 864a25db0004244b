/**
 * The built pages (build/<Name>.html), read as text: self-contained, every field labelled, no
 * server code bundled, and no HTML-parsing APIs in the pages' sources. No DOM is needed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const UI_DIR = join(ROOT, 'src', 'ui');
const BUILD_DIR = join(ROOT, 'build');

const PAGES = readdirSync(UI_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(UI_DIR, entry.name, 'index.html')))
  .map((entry) => entry.name)
  .sort();

/** Apps Script services and server-only names: none may reach a page's bundle. */
const SERVER_IDENTIFIERS = /\b(SpreadsheetApp|DocumentApp|DriveApp|HtmlService|LockService|PropertiesService|ScriptApp|Session\.getActiveUser|Utilities\.getUuid|Logger\.log|__DjangoCoC)\b|is not wired yet/;

/** APIs that turn a string into markup: the pages build every node with createElement and text. */
const HTML_PARSING = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write)\b/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function newestSourceTime(): number {
  return Math.max(...filesUnder(join(ROOT, 'src')).map((file) => statSync(file).mtimeMs));
}

/**
 * `npm test` builds before jest runs, so the pages are normally fresh and nothing is rebuilt here
 * (a rebuild empties build/, which other test files read in parallel). Run alone, this builds first.
 */
function ensureBuilt(): void {
  const built = PAGES.map((page) => join(BUILD_DIR, `${page}.html`));
  const stale = built.some((file) => !existsSync(file) || statSync(file).mtimeMs < newestSourceTime());
  if (stale) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

const html: Record<string, string> = {};

beforeAll(() => {
  ensureBuilt();
  for (const page of PAGES) html[page] = readFileSync(join(BUILD_DIR, `${page}.html`), 'utf8');
}, 60_000);

function scriptOf(page: string): string {
  return [...html[page].matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
}

function staticMarkup(page: string): string {
  return html[page].replace(/<script>[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? match[1] : null;
}

describe('the UI pages', () => {
  it('include the sidebars and every dialog', () => {
    expect(PAGES).toEqual(['DraftCheckDialog', 'LogReportSidebar', 'NeedsAttentionSidebar', 'OnboardingDialog', 'RecordDecisionDialog', 'RecordStepDialog', 'RetentionDialog', 'ScreeningDialog', 'StatisticsDialog', 'ValidationDialog']);
  });
});

describe.each(PAGES)('build/%s.html', (page) => {
  it('has its script and styles inlined, placeholders replaced', () => {
    expect(html[page]).not.toContain('<!-- inline:');
    expect(scriptOf(page).length).toBeGreaterThan(1000);
    expect(html[page]).toMatch(/<style>[\s\S]*:focus-visible[\s\S]*<\/style>/);
  });

  it('loads nothing from elsewhere: no external scripts, styles, fonts or addresses', () => {
    expect(html[page]).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html[page]).not.toMatch(/<link\b/i);
    expect(html[page]).not.toMatch(/@import|@font-face/i);
    const css = [...html[page].matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
    expect(css.length).toBeGreaterThan(500);
    expect(css).not.toMatch(/url\(\s*['"]?(?!data:)/i);
    expect(html[page]).not.toMatch(/https?:\/\//i);
    expect(html[page]).not.toMatch(/\s(src|href)="\/\//i);
  });

  it('gives every input, select and textarea a label', () => {
    const markup = staticMarkup(page);
    const labelled = new Set([...markup.matchAll(/<label\b[^>]*\sfor="([^"]+)"/g)].map((match) => match[1]));
    const controls = [...markup.matchAll(/<(input|select|textarea)\b[^>]*>/g)].map((match) => match[0]);
    const unlabelled = controls.filter((tag) => attribute(tag, 'type') !== 'hidden' && !labelled.has(attribute(tag, 'id') ?? ''));
    expect(unlabelled).toEqual([]);
  });

  it('points every label and aria reference at an element that exists, with unique ids', () => {
    const markup = staticMarkup(page);
    const ids = [...markup.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const references = [...markup.matchAll(/\s(?:for|aria-describedby|aria-labelledby|aria-controls|list)="([^"]+)"/g)]
      .flatMap((match) => match[1].split(/\s+/));
    expect(references.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('bundles no server code', () => {
    expect(scriptOf(page)).not.toMatch(SERVER_IDENTIFIERS);
  });

  it('declares its language and a title', () => {
    expect(html[page]).toMatch(/<html lang="en">/);
    expect(html[page]).toMatch(/<title>[^<]+<\/title>/);
  });
});

describe('the pages\' sources', () => {
  const sources = filesUnder(UI_DIR).filter((file) => file.endsWith('.ts'));

  it('never parse text as HTML', () => {
    expect(sources.length).toBeGreaterThan(5);
    const offenders = sources.filter((file) => HTML_PARSING.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('import the server only for its types', () => {
    const offenders = sources.filter((file) => /^import\s+(?!type\b)[^;]*from\s+'(\.\.\/)+main'/m.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it.each(PAGES.filter((page) => page.endsWith('Dialog')))('%s closes on Escape and from its Close button', (page) => {
    const source = readFileSync(join(UI_DIR, page, 'main.ts'), 'utf8');
    expect(source).toContain('closeOnEscape(closeHost)');
    expect(source).toMatch(/byId\('close', HTMLButtonElement\)\.addEventListener\('click', closeHost\)/);
  });
});

describe('the label check', () => {
  it('sees the sidebar\'s static fields', () => {
    const controls = staticMarkup('LogReportSidebar').match(/<(input|select|textarea)\b/g) ?? [];
    expect(controls.length).toBeGreaterThanOrEqual(11);
  });
});

describe('the server-code check', () => {
  it('recognises a bundle that pulled in src/main.ts', () => {
    expect('var ui = SpreadsheetApp.getUi();').toMatch(SERVER_IDENTIFIERS);
    expect('throw new Error(`${name} is not wired yet`)').toMatch(SERVER_IDENTIFIERS);
  });

  it('recognises markup written from a string', () => {
    expect('list.innerHTML = rows;').toMatch(HTML_PARSING);
    expect('node.insertAdjacentHTML("beforeend", text)').toMatch(HTML_PARSING);
  });
});
