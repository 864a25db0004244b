import type { RunContext } from './run/runContext';
import { createSpreadsheetApp } from './services/sheets/spreadsheetApp';
import { createCharts } from './services/charts/charts';
import { createHtmlService } from './services/html/htmlService';
import { createDriveApp } from './services/drive/driveApp';
import { createDocumentApp } from './services/documents/documentApp';
import { createPropertiesService } from './services/properties/propertiesService';
import { createLockService } from './services/lock/lockService';
import { createSession } from './services/session/session';
import { createUtilities } from './services/utilities/utilities';
import { createScriptApp } from './services/script/scriptApp';
import { createLogger, createConsole } from './services/logger/logger';

/**
 * The global object the bundle runs in: the emulated services and nothing from Node (no
 * `require`, `process`, `Buffer`, `setTimeout` or `fetch`), as in Apps Script. JavaScript's own
 * built-ins come from the fresh `vm` context itself.
 */
export function createGlobals(run: RunContext): Record<string, unknown> {
  return {
    SpreadsheetApp: createSpreadsheetApp(run),
    Charts: createCharts(run),
    HtmlService: createHtmlService(run),
    DriveApp: createDriveApp(run),
    DocumentApp: createDocumentApp(run),
    PropertiesService: createPropertiesService(run),
    LockService: createLockService(run),
    Session: createSession(run),
    Utilities: createUtilities(run),
    ScriptApp: createScriptApp(run),
    Logger: createLogger(run),
    console: createConsole(run),
  };
}
