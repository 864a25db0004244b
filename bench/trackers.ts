/**
 * The trackers the benchmarks run on: a set-up status spreadsheet with `rows` case rows (two rows
 * per case, one with a person code name), an identity key of a fifth as many people, five active
 * members and, for the sharing actions, a private case folder of `documents` case documents linked
 * from their cases' rows. Everything is fictional.
 */
import type { WorkspaceState } from '../emulator/workspace/state';
import {
  CaseRowInput, KeyPerson, addCaseFolder, addIdentityKey, addMember, ongoingCase, resolvedCase, setUpWorkspace, writeCases,
} from '../test/integration/helpers';

export const MEMBERS = ['fictional.alder@example.org', 'fictional.birch@example.org', 'fictional.cedar@example.org', 'fictional.rowan@example.org'];
/** Onboarded by the onboarding benchmark; never in the tracker beforehand. */
export const NEW_MEMBER = 'fictional.newcomer@example.org';
/** Offboarded by the offboarding benchmark. */
export const LEAVING_MEMBER = MEMBERS[3];

/** A valid case code name per case index ('aaab shelf'). */
export function caseName(index: number): string {
  let word = '';
  for (let n = index, k = 0; k < 4; k++, n = Math.floor(n / 26)) word = String.fromCharCode(97 + (n % 26)) + word;
  return `${word} shelf`;
}

/** A person code name per person index ('Person 12' style names are not code names, so letters). */
export function personName(index: number): string {
  let word = '';
  for (let n = index, k = 0; k < 3; k++, n = Math.floor(n / 26)) word = String.fromCharCode(65 + (n % 26)) + word;
  return `Person ${word}`;
}

function isoDay(index: number): string {
  const date = new Date(Date.UTC(2015, 0, 1 + (index % 3650), 12));
  return date.toISOString().slice(0, 10);
}

export interface Tracker {
  workspace: WorkspaceState;
  /** 1-based row of the first row of the first case, and of the first empty row below the data. */
  firstCaseRow: number;
  firstEmptyRow: number;
  /** Case documents in the folder: as many as asked for, or one per case when there are fewer cases. */
  documents: number;
}

export function buildTracker(rows: number, documents: number): Tracker {
  const workspace = setUpWorkspace();
  MEMBERS.forEach((email, i) => addMember(workspace, email, { identityKeyAccess: i === 0 }));
  const people: KeyPerson[] = Array.from({ length: Math.max(1, Math.floor(rows / 5)) }, (_, i) => ({
    realName: i === 0 ? 'Fictional Person One' : `Fictional Person ${i + 1}`,
    personCodeName: personName(i),
  }));
  const keyId = addIdentityKey(workspace, people, { editors: [MEMBERS[0]] });
  const cases = Math.ceil(rows / 2);
  const folder = addCaseFolder(workspace, Array.from({ length: Math.min(documents, cases) }, (_, i) => caseName(i)), { editors: MEMBERS });
  const cells: CaseRowInput[] = [];
  for (let i = 0; i < rows; i++) {
    const index = Math.floor(i / 2);
    const dateOfReport = isoDay(index);
    const common = {
      caseCodeName: caseName(index),
      personCodeName: i % 2 === 0 ? people[index % people.length].personCodeName : '',
      documents: folder.documents[index]?.url ?? '',
    };
    cells.push(index % 3 === 0 ? ongoingCase({ dateOfReport, ...common }) : resolvedCase({ dateOfReport, resolutionDate: dateOfReport, ...common }));
  }
  const firstCaseRow = writeCases(workspace, cells);
  // Room below the data, as a sheet someone has been typing into has: a full sheet costs a few calls more to grow.
  for (const sheet of [...workspace.spreadsheets[workspace.activeSpreadsheetId].sheets, ...workspace.spreadsheets[keyId].sheets]) {
    sheet.maxRows = Math.max(sheet.maxRows, sheet.values.length + 100);
  }
  return { workspace, firstCaseRow, firstEmptyRow: firstCaseRow + rows, documents: folder.documents.length };
}
