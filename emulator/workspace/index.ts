import { MIME, SheetState, WorkspaceState } from './state';

export const CHAIR_EMAIL = 'chair@example.org';
export const STATUS_SPREADSHEET_ID = 'status-spreadsheet';

/** A sheet as Sheets makes it: 1000 rows by 26 columns, nothing in it. */
export function newSheetState(name: string, sheetId: number): SheetState {
  return {
    name,
    sheetId,
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    values: [],
    notes: {},
    backgrounds: {},
    dataValidations: [],
    charts: [],
  };
}

/**
 * The empty start of `POST /api/reset {"demo": false}`: one status spreadsheet with one blank
 * sheet, owned by the chair, and nothing else.
 */
export function createEmptyWorkspace(): WorkspaceState {
  return {
    version: 1,
    activeSpreadsheetId: STATUS_SPREADSHEET_ID,
    domain: 'example.org',
    scriptTimeZone: 'Europe/London',
    files: {
      [STATUS_SPREADSHEET_ID]: {
        id: STATUS_SPREADSHEET_ID,
        name: 'CoC WG status',
        mimeType: MIME.spreadsheet,
        owner: CHAIR_EMAIL,
        editors: [],
        viewers: [],
        access: 'PRIVATE',
        permission: 'NONE',
        parents: [],
        trashed: false,
        createdAt: '2015-01-01T00:00:00.000Z',
      },
    },
    spreadsheets: {
      [STATUS_SPREADSHEET_ID]: { timeZone: 'Europe/London', sheets: [newSheetState('Sheet1', 0)] },
    },
    documents: {},
    properties: { script: {}, document: {}, user: {} },
    log: [],
    nextId: 1,
  };
}

/**
 * `POST /api/reset {"demo": false}` (spec section 11): the empty status spreadsheet whose only
 * member is the chair, with Identity Key Access, so the chair can run set-up (which adopts this
 * Members sheet) and nobody else can.
 */
export function createEmptyTracker(): WorkspaceState {
  const workspace = createEmptyWorkspace();
  const members = newSheetState('Members', 1);
  members.values = [
    ['Email', 'Role', 'Identity Key Access', 'Active'],
    [CHAIR_EMAIL, 'Chair', 'Yes', 'Yes'],
  ];
  members.frozenRows = 1;
  workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.push(members);
  return workspace;
}
