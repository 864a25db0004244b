/**
 * The emulated Google Workspace as one JSON-serialisable value. `GET /api/workspace` returns it,
 * `PUT /api/workspace` replaces it, and the server keeps it in a JSON file. Every service reads
 * and writes this object directly, so there is no hidden state anywhere else.
 *
 * Drive metadata (name, owner, sharing, parents) lives once, in `files`; a spreadsheet's or a
 * document's content lives in `spreadsheets` / `documents` under the same id.
 */

/** A cell as stored: '' is empty; dates and formulas are tagged objects so JSON keeps them apart. */
export type CellValue = string | number | boolean | { date: string } | { formula: string };

export interface DataValidationState {
  /** A1 range within the sheet the rule covers, e.g. `D2:D1000`. Later entries win. */
  range: string;
  /** null clears validation for the range. */
  rule: DataValidationRuleState | null;
}

export interface DataValidationRuleState {
  criteria: string; // e.g. 'VALUE_IN_LIST', 'DATE_IS_VALID_DATE', 'DATE_ON_OR_BEFORE'
  values: unknown[]; // criteria arguments (dates as { date: ISO })
  allowInvalid: boolean;
  helpText: string;
  showDropdown?: boolean;
}

export interface ChartState {
  chartId: number;
  type: string; // 'COLUMN', 'BAR', ...
  ranges: string[]; // A1 ranges with sheet name, e.g. `'Annual Stats'!A1:B12`
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export interface SheetState {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  hidden?: boolean;
  /** Dense from A1; rows may be shorter than maxColumns (missing cells are ''). */
  values: CellValue[][];
  /** Sparse: A1 -> note text. */
  notes: Record<string, string>;
  /** Sparse: A1 -> colour ('#rrggbb'); absent means white/none. */
  backgrounds: Record<string, string>;
  /** Sparse: A1 -> font weight 'bold' (only what the add-on uses). */
  fontWeights?: Record<string, string>;
  dataValidations: DataValidationState[];
  charts: ChartState[];
}

export interface SpreadsheetState {
  timeZone: string;
  /**
   * The spreadsheet's locale (File › Settings), e.g. 'en_GB': typed dates are read in its order
   * (3/4/2025 is 3 April in en_GB, March 4 in en_US). Absent means en_US, a new file's default.
   */
  locale?: string;
  sheets: SheetState[];
  /** Protected sheets and ranges (Sheet.protect, Range.protect); absent means none. */
  protections?: ProtectionState[];
}

export interface ProtectionState {
  /** Unique within the spreadsheet. */
  id: number;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  /** A1 within the sheet, for RANGE protection. */
  range?: string;
  description: string;
  /** null until the editors are first changed: the protection mirrors the spreadsheet's own editors. */
  editors: string[] | null;
  domainEdit: boolean;
  warningOnly: boolean;
}

export type ParagraphHeading = 'NORMAL' | 'TITLE' | 'SUBTITLE' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6';

export interface ParagraphState {
  text: string;
  heading: ParagraphHeading;
  italic?: boolean;
}

export interface DocumentState {
  body: ParagraphState[];
}

export const MIME = {
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  document: 'application/vnd.google-apps.document',
  folder: 'application/vnd.google-apps.folder',
} as const;

/** DriveApp.Access / DriveApp.Permission names, as Apps Script spells them. */
export type DriveAccess = 'PRIVATE' | 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK';
export type DrivePermission = 'VIEW' | 'EDIT' | 'COMMENT' | 'OWNER' | 'ORGANIZER' | 'FILE_ORGANIZER' | 'NONE';

export interface DriveFileState {
  id: string;
  name: string;
  mimeType: string;
  owner: string; // email
  editors: string[]; // emails, owner excluded
  viewers: string[]; // emails (commenters included)
  access: DriveAccess;
  permission: DrivePermission;
  parents: string[]; // folder ids
  trashed: boolean;
  createdAt: string; // ISO
  /** False when the owner stopped editors from changing the sharing (File.setShareableByEditors); absent means true. */
  shareableByEditors?: boolean;
}

/** What Drive knows of one person's account beyond their email. Absent entries take the defaults. */
export interface UserAccountState {
  /** False hides the email from everyone else: Drive's User.getEmail() returns '' for them. Default true. */
  emailVisible?: boolean;
  /** A personal Google Account rather than a Google Workspace one. Default: true for gmail.com and googlemail.com only. */
  consumer?: boolean;
}

/** The organisation's Drive sharing settings, as its administrators set them. */
export interface DrivePolicyState {
  /** False forbids giving anyone outside the organisation access, and link sharing to anyone. */
  externalSharing: boolean;
}

export interface WorkspaceState {
  /** Bumped when the shape changes; PUT refuses other versions. */
  version: 1;
  /** The spreadsheet the script is bound to (SpreadsheetApp.getActiveSpreadsheet()). */
  activeSpreadsheetId: string;
  /** The domain used for DOMAIN sharing and for users' emails. */
  domain: string;
  scriptTimeZone: string;
  files: Record<string, DriveFileState>;
  spreadsheets: Record<string, SpreadsheetState>;
  documents: Record<string, DocumentState>;
  properties: {
    script: Record<string, string>;
    document: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
  /** Accounts by lower-case email, for the people whose account differs from the defaults. */
  users?: Record<string, UserAccountState>;
  /** The organisation's sharing policy; absent means sharing outside the domain is allowed. */
  drivePolicy?: DrivePolicyState;
  /** Logger.log and console.* output, one entry per call. */
  log: string[];
  /** Counter for new ids, so ids are stable across a save and load. */
  nextId: number;
}

export function isDateCell(value: CellValue): value is { date: string } {
  return typeof value === 'object' && value !== null && 'date' in value;
}

export function isFormulaCell(value: CellValue): value is { formula: string } {
  return typeof value === 'object' && value !== null && 'formula' in value;
}
