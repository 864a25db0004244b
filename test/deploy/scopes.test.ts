/**
 * The manifest's OAuth scopes are explicit and minimal (spec section 9): each one is justified in
 * the README's scope table, each one is needed by a service call the built bundle makes, and every
 * call the bundle makes is covered. What a call needs is what its Google reference page lists
 * under "Authorization"; a call missing from SCOPES_BY_CALL fails the test until someone reads
 * its page and adds it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, Rule } from 'eslint';
import { BUILD_DIR } from '../integration/helpers';

const REPO = join(__dirname, '..', '..');
const AUTH = 'https://www.googleapis.com/auth/';

/**
 * For each global service member the bundle may use: the scopes of which any one authorises it
 * (empty: none needed). From each member's page under
 * https://developers.google.com/apps-script/reference/ ("Authorization").
 */
const SCOPES_BY_CALL: Record<string, readonly string[]> = {
  // spreadsheet/spreadsheet-app
  'SpreadsheetApp.getActiveSpreadsheet': ['spreadsheets.currentonly', 'spreadsheets'],
  'SpreadsheetApp.openById': ['spreadsheets'],
  'SpreadsheetApp.openByUrl': ['spreadsheets'],
  'SpreadsheetApp.create': ['spreadsheets'],
  'SpreadsheetApp.getUi': ['script.container.ui'],
  'SpreadsheetApp.flush': ['spreadsheets.currentonly', 'spreadsheets'],
  'SpreadsheetApp.newDataValidation': [],
  'SpreadsheetApp.DataValidationCriteria': [],
  'SpreadsheetApp.ProtectionType': [],
  // document/document-app
  'DocumentApp.create': ['documents'],
  'DocumentApp.openById': ['documents'],
  'DocumentApp.ParagraphHeading': [],
  // drive/drive-app: reading a file the user can open needs drive.readonly; creating folders and
  // changing sharing on files the add-on did not create needs drive.
  'DriveApp.getFileById': ['drive.readonly', 'drive'],
  'DriveApp.getFolderById': ['drive.readonly', 'drive'],
  'DriveApp.getFilesByName': ['drive.readonly', 'drive'],
  'DriveApp.createFolder': ['drive'],
  'DriveApp.Access': [],
  'DriveApp.Permission': [],
  // base/session
  'Session.getActiveUser': ['userinfo.email'],
  // html/html-service: building a page needs nothing; showing it goes through getUi.
  'HtmlService.createHtmlOutput': [],
  'HtmlService.createHtmlOutputFromFile': [],
  'LockService.getDocumentLock': [],
  // properties/properties-service: no Authorization section; null outside a bound script or add-on.
  'PropertiesService.getDocumentProperties': [],
  'ScriptApp.AuthMode': [],
  'Utilities.getUuid': [],
  // utilities/utilities: computeDigest has no Authorization section.
  'Utilities.computeDigest': [],
  'Utilities.DigestAlgorithm': [],
  'Utilities.Charset': [],
  'Utilities.formatDate': [],
  'Charts.ChartType': [],
  // An advanced service the bundle names whole (aliased, then Files.list, Files.get, Files.create).
  // Listing or reading files the add-on did not create needs drive, drive.readonly or
  // drive.metadata.readonly (files/list, files/get); creating one needs drive or drive.file
  // (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create): only drive does both.
  Drive: ['drive'],
  'Drive.Files': ['drive'],
  // The Sheets advanced service's Spreadsheets.get reads protected ranges; its page lists these
  // (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get).
  'Sheets.Spreadsheets': ['spreadsheets', 'spreadsheets.readonly', 'drive', 'drive.readonly', 'drive.file'],
  // The Docs advanced service's Documents.batchUpdate writes a new case document's body and a
  // decision's line (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate);
  // Documents.get reads a case document's body, and takes these scopes or read-only ones
  // (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/get).
  'Docs.Documents': ['documents', 'drive', 'drive.file'],
};

const SERVICES = [
  'SpreadsheetApp', 'DocumentApp', 'DriveApp', 'PropertiesService', 'LockService', 'HtmlService', 'Session',
  'Utilities', 'ScriptApp', 'Logger', 'Charts', 'UrlFetchApp', 'CacheService', 'GmailApp', 'MailApp',
  'CalendarApp', 'FormApp', 'SlidesApp', 'ContactsApp', 'Browser', 'Drive', 'Sheets', 'Docs',
];

/**
 * Every free use of a service in `code`, as ESLint's scope analysis sees it (strings, comments and
 * the bundle's own declarations do not count): `Service.member` when a member is read off the
 * service itself, the bare `Service` when it is aliased or passed around.
 */
function serviceUses(code: string): string[] {
  const uses = new Set<string>();
  const scan: Rule.RuleModule = {
    create: (context) => ({
      'Program:exit'(node) {
        for (const { identifier } of context.sourceCode.getScope(node).through) {
          if (!SERVICES.includes(identifier.name)) continue;
          const parent = (identifier as typeof identifier & { parent?: Rule.Node }).parent;
          const member = parent?.type === 'MemberExpression' && parent.object === identifier && !parent.computed && parent.property.type === 'Identifier';
          uses.add(member ? `${identifier.name}.${(parent.property as { name: string }).name}` : identifier.name);
        }
      },
    }),
  };
  new Linter().verify(code, {
    languageOptions: { ecmaVersion: 2022, sourceType: 'script' },
    plugins: { scan: { rules: { services: scan } } },
    rules: { 'scan/services': 'error' },
  });
  return [...uses].sort();
}

/** What is wrong with `manifest` for calls that need `needs` (each an any-of list), given the README's table. */
function scopeProblems(manifest: readonly string[], justified: readonly string[], needs: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  for (const scope of manifest) {
    if (!justified.includes(scope)) problems.push(`${scope} is in appsscript.json but not justified in the README's scope table`);
  }
  for (const scope of justified) {
    if (!manifest.includes(scope)) problems.push(`${scope} is in the README's scope table but not in appsscript.json`);
  }
  for (const [call, anyOf] of needs) {
    if (anyOf.length > 0 && !anyOf.some((scope) => manifest.includes(scope))) {
      problems.push(`${call} needs one of ${anyOf.join(', ')}, which appsscript.json lacks`);
    }
  }
  for (const scope of manifest) {
    const rest = manifest.filter((other) => other !== scope);
    const stillCovered = [...needs.values()].every((anyOf) => anyOf.length === 0 || anyOf.some((other) => rest.includes(other)));
    if (stillCovered) problems.push(`${scope} is not needed: every call the bundle makes is authorised without it`);
  }
  return problems;
}

function manifestScopes(): string[] {
  const manifest = JSON.parse(readFileSync(join(REPO, 'appsscript.json'), 'utf8')) as { oauthScopes?: string[] };
  return (manifest.oauthScopes ?? []).map((scope) => scope.replace(AUTH, ''));
}

/** The scopes named in the first column of README "OAuth scopes and why", each with a reason. */
function readmeScopeTable(): { scope: string; why: string }[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.split(/^### OAuth scopes and why$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map((match) => ({ scope: match[1], why: match[2].trim() }));
}

function bundleNeeds(uses: readonly string[]): Map<string, readonly string[]> {
  return new Map(uses.map((use) => [use, SCOPES_BY_CALL[use]]));
}

describe('the manifest\'s OAuth scopes', () => {
  const uses = serviceUses(readFileSync(join(BUILD_DIR, 'Code.js'), 'utf8'));

  it('knows from Google\'s reference what every use of a service in the bundle needs', () => {
    expect(uses.length).toBeGreaterThan(10);
    expect(uses.filter((use) => !(use in SCOPES_BY_CALL))).toEqual([]);
  });

  it('holds exactly the scopes the README justifies and the bundle needs, and no more', () => {
    expect(scopeProblems(manifestScopes(), readmeScopeTable().map((row) => row.scope), bundleNeeds(uses))).toEqual([]);
  });

  it('gives every scope in the README a reason', () => {
    const table = readmeScopeTable();
    expect(table.length).toBeGreaterThan(0);
    expect(table.filter((row) => row.why.length < 20)).toEqual([]);
  });

  describe('scopeProblems', () => {
    const needs = new Map<string, readonly string[]>([
      ['SpreadsheetApp.getActiveSpreadsheet', ['spreadsheets.currentonly', 'spreadsheets']],
      ['SpreadsheetApp.openById', ['spreadsheets']],
      ['Utilities.getUuid', []],
    ]);

    it('reports spreadsheets.currentonly next to spreadsheets, which already covers it', () => {
      const manifest = ['spreadsheets.currentonly', 'spreadsheets'];
      expect(scopeProblems(manifest, manifest, needs)).toEqual([
        'spreadsheets.currentonly is not needed: every call the bundle makes is authorised without it',
      ]);
    });

    it('reports a scope the README does not justify', () => {
      expect(scopeProblems(['spreadsheets'], [], needs)).toContain('spreadsheets is in appsscript.json but not justified in the README\'s scope table');
    });

    it('reports a call whose scope the manifest lacks', () => {
      expect(scopeProblems(['spreadsheets.currentonly'], ['spreadsheets.currentonly'], needs)).toEqual([
        'SpreadsheetApp.openById needs one of spreadsheets, which appsscript.json lacks',
      ]);
    });

    it('finds services read by member or whole, and not in text or the bundle\'s own names', () => {
      const code = 'var a = DriveApp.createFolder(x); SpreadsheetApp.getUi().alert("Google Drive. It"); var d = Drive; d.Files.list(); function f(Session) { return Session.getActiveUser(); }';
      expect(serviceUses(code)).toEqual(['Drive', 'DriveApp.createFolder', 'SpreadsheetApp.getUi']);
    });
  });
});
