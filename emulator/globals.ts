import type { RunContext } from './runContext';
import { createSpreadsheetApp } from './services/spreadsheetApp';
import { createCharts } from './services/charts';
import { createHtmlService } from './services/htmlService';
import { createDriveApp } from './services/drive/driveApp';
import { createDocumentApp } from './services/documentApp';
import { createPropertiesService } from './services/propertiesService';
import { createLockService } from './services/lockService';
import { createSession } from './services/session';
import { createUtilities } from './services/utilities';
import { createScriptApp } from './services/scriptApp';
import { createLogger, createConsole } from './services/logger';

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
