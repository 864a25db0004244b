/**
 * The status spreadsheet's layout (spec sections 2.1 and 2.2). Columns are always found by header
 * text, trimmed and case-insensitive, never by position.
 */

export const CASES_SHEET = 'Cases';
export const SETTINGS_SHEET = 'Settings';
export const MEMBERS_SHEET = 'Members';
export const CONFLICTS_SHEET = 'Conflicts';
export const ANNUAL_STATS_SHEET = 'Annual Stats';
export const AUDIT_LOG_SHEET = 'Audit Log';
export const IDENTITY_KEY_SHEET = 'Identity Key';
export const CASE_STEPS_SHEET = 'Case Steps';

export const CASES_COLUMNS = {
  dateOfReport: 'Date of Report',
  caseCodeName: 'Case Code Name',
  personCodeName: 'Person Code Name',
  status: 'Status',
  resolutionSource: 'Resolution Source',
  resolutionDate: 'Resolution Date',
  safetyRisk: 'Safety Risk',
  ongoingHarassment: 'Ongoing Harassment',
  consequences: 'Consequences',
  documents: 'Documents',
} as const;

export type CasesColumnKey = keyof typeof CASES_COLUMNS;
export const CASES_HEADERS: readonly string[] = Object.values(CASES_COLUMNS);

export const MEMBERS_COLUMNS = {
  email: 'Email',
  role: 'Role',
  identityKeyAccess: 'Identity Key Access',
  active: 'Active',
} as const;

export const CONFLICTS_COLUMNS = {
  memberEmail: 'Member Email',
  caseCodeName: 'Case Code Name',
  declaredOn: 'Declared On',
} as const;

export const AUDIT_LOG_COLUMNS = {
  timestamp: 'Timestamp',
  memberEmail: 'Member Email',
  action: 'Action',
  caseCodeNames: 'Case Code Names',
  /** The line's place in the chain of digests (spec section 9); see auditChain.ts. */
  digest: 'Digest',
} as const;

export const IDENTITY_KEY_COLUMNS = {
  realName: 'Real Name',
  aliases: 'Aliases',
  personCodeName: 'Person Code Name',
  reportCount: 'Report Count',
  highestConsequence: 'Highest Consequence',
  flagged: 'Flagged',
} as const;

/**
 * The date a person's names were removed from the identity key by a retention review (spec
 * section 14). New keys have the column; an older key gets it from the first review that needs it.
 */
export const IDENTITY_KEY_EXPUNGED_ON = 'Expunged On';

/** Header text compared the way the spec asks: trimmed, case-insensitive, inner spaces collapsed. */
export function normaliseHeader(header: unknown): string {
  return String(header ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

export type ColumnIndex<K extends string> = Record<K, number>;

export interface ColumnLookup<K extends string> {
  /** 0-based column index of each column found. */
  found: Partial<ColumnIndex<K>>;
  /** Header texts of the columns not found, in the schema's order. */
  missing: string[];
}

/** Finds each schema column in a header row by its text. */
export function findColumns<K extends string>(headerRow: readonly unknown[], columns: Record<K, string>): ColumnLookup<K> {
  const positions = new Map<string, number>();
  headerRow.forEach((header, index) => {
    const key = normaliseHeader(header);
    if (key && !positions.has(key)) positions.set(key, index);
  });
  const found: Partial<ColumnIndex<K>> = {};
  const missing: string[] = [];
  for (const key of Object.keys(columns) as K[]) {
    const index = positions.get(normaliseHeader(columns[key]));
    if (index === undefined) missing.push(columns[key]);
    else found[key] = index;
  }
  return { found, missing };
}
