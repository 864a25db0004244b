/**
 * The built bundle names no global but JavaScript's own built-ins and the Apps Script services
 * Google documents (https://developers.google.com/apps-script/reference): nothing from Node or the
 * browser (setTimeout, structuredClone, TextEncoder, URL, fetch, Buffer, ...), and no Intl
 * time-zone formatting, which Apps Script does not promise. ESLint's scope analysis finds every
 * free name in build/Code.js, however the bundler renamed what it declared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { BUILD_DIR } from '../integration/helpers';

/** The documented Apps Script globals: its services, plus Logger and console for logging. */
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp', 'DocumentApp', 'DriveApp', 'PropertiesService', 'LockService', 'HtmlService', 'Session',
  'Utilities', 'ScriptApp', 'Logger', 'console', 'Charts', 'CacheService', 'UrlFetchApp', 'ContentService',
  'XmlService', 'MailApp', 'GmailApp', 'CalendarApp', 'FormApp', 'SlidesApp', 'Browser',
];

/** Advanced services the manifest enables become globals named by their userSymbol (https://developers.google.com/apps-script/guides/services/advanced). */
function advancedServiceSymbols(): string[] {
  const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'appsscript.json'), 'utf8')) as {
    dependencies?: { enabledAdvancedServices?: { userSymbol: string }[] };
  };
  return (manifest.dependencies?.enabledAdvancedServices ?? []).map((service) => service.userSymbol);
}

const APPS_SCRIPT_RUNTIME: Linter.Config = {
  languageOptions: {
    ecmaVersion: 2020,
    sourceType: 'script',
    globals: Object.fromEntries([...APPS_SCRIPT_GLOBALS, ...advancedServiceSymbols()].map((name) => [name, 'readonly' as const])),
  },
  rules: {
    'no-undef': 'error',
    'no-restricted-properties': ['error', { object: 'Intl', property: 'DateTimeFormat', message: 'Intl time-zone formatting' }],
    'no-restricted-syntax': ['error', {
      selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/] Property[key.name='timeZone']",
      message: 'Intl time-zone formatting',
    }],
  },
};

async function undocumentedUses(code: string): Promise<string[]> {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: APPS_SCRIPT_RUNTIME });
  const [result] = await eslint.lintText(code);
  return result.messages.map((message) => `${message.line}:${message.column} ${message.message}`);
}

describe('the built bundle', () => {
  jest.setTimeout(60_000);

  it('uses only JavaScript\'s built-ins and the Apps Script services Google documents', async () => {
    const code = readFileSync(join(BUILD_DIR, 'Code.js'), 'utf8');
    expect(await undocumentedUses(code)).toEqual([]);
  });

  it.each([
    ['setTimeout(run, 10);', "'setTimeout' is not defined"],
    ['const copy = structuredClone(form);', "'structuredClone' is not defined"],
    ['const bytes = new TextEncoder().encode(text);', "'TextEncoder' is not defined"],
    ['const link = new URL(text);', "'URL' is not defined"],
    ['const data = Buffer.from(text);', "'Buffer' is not defined"],
    ["const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(date);", 'Intl time-zone formatting'],
    ["const day = date.toLocaleDateString('en-CA', { timeZone: zone });", 'Intl time-zone formatting'],
  ])('would be caught using %s', async (snippet, problem) => {
    const uses = await undocumentedUses(`var run, form, text, zone, date;\n${snippet}`);
    expect(uses.join('\n')).toContain(problem);
  });

  it('may format numbers for people and read the Apps Script services', async () => {
    expect(await undocumentedUses("var n = (12345).toLocaleString('en'); Utilities.getUuid(); SpreadsheetApp.getUi();")).toEqual([]);
  });
});
