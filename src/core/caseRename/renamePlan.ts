/**
 * Which case Rename case renames, and whether it may (spec sections 4 and 9): the case of the
 * selected row, by its code name's key; its rows; and its one case document, found by the strict
 * link check only. Every refusal is one sentence that never repeats a cell, which may hold
 * anything a person typed.
 */
import { CaseRecord } from '../caseRecord';
import { a1 } from '../cells';
import { caseCodeNameKey, looksLikeCaseCodeName } from '../codeNames';
import { Conflict, hasConflict } from '../conflicts';
import { caseDocumentIdOf } from '../documentLink';
import { UserError } from '../errors';
import { expungedOn } from '../retention/expungedCell';
import { CASES_SHEET } from '../schema';

export interface RenamePlan {
  /** The case's key: its code name in lower case with one space. */
  caseKey: string;
  /** 0-based rows of `Cases` that carry the case code name. */
  rowIndexes: number[];
  /** The id of the case document its Documents cells link, or null when it has none (or it was expunged). */
  documentId: string | null;
}

export interface RenamePlanInput {
  records: readonly CaseRecord[];
  /** 0-based row of `Cases` the person selected. */
  rowIndex: number;
  /** 0-based column of Documents, to name a cell in a refusal. */
  documentsColumn: number;
  conflicts: readonly Conflict[];
  memberEmail: string;
}

function refuse(code: string, message: string): never {
  throw new UserError(code, message);
}

export const NO_CASE_ROW_MESSAGE = `Select a row of the case to rename in the ${CASES_SHEET} sheet, then choose Django CoC › Rename case… again. Nothing was changed.`;

/**
 * @throws UserError 'no-case-row', 'no-case-code-name', 'conflict-of-interest', 'foreign-document-link',
 * 'two-documents' or 'shared-document', each one sentence saying what to do.
 */
export function planRename(input: RenamePlanInput): RenamePlan {
  const selected = input.records.find((record) => record.rowIndex === input.rowIndex);
  if (!selected || selected.caseCodeName === '') refuse('no-case-row', NO_CASE_ROW_MESSAGE);
  if (!looksLikeCaseCodeName(selected.caseCodeName)) {
    refuse(
      'no-case-code-name',
      "This row's Case Code Name is not a case code name (two lower-case words), so there is no case to rename. Nothing was changed. Correct it (Django CoC › Validate records finds such cells), then try again.",
    );
  }
  const caseKey = caseCodeNameKey(selected.caseCodeName);
  if (hasConflict(input.conflicts, input.memberEmail, caseKey)) {
    refuse('conflict-of-interest', 'You have declared a conflict of interest on this case, so you cannot rename it. Nothing was changed; ask a member without a conflict.');
  }
  const rows = input.records.filter((record) => looksLikeCaseCodeName(record.caseCodeName) && caseCodeNameKey(record.caseCodeName) === caseKey);
  const ids = new Set<string>();
  for (const record of rows) {
    const cell = record.documents.trim();
    if (cell === '' || expungedOn(cell) !== null) continue;
    const id = caseDocumentIdOf(cell);
    if (id === null) {
      refuse(
        'foreign-document-link',
        `The Documents cell ${a1(record.rowIndex, input.documentsColumn, CASES_SHEET)} of this case is not a Google Docs link, so Django CoC cannot tell which document is the case's. Nothing was changed. Correct the cell, then try again.`,
      );
    }
    ids.add(id);
  }
  if (ids.size > 1) {
    refuse('two-documents', `The rows of this case link ${ids.size} different documents, and a case has one. Nothing was changed. Correct the Documents cells (Django CoC › Validate records lists them), then try again.`);
  }
  const documentId = [...ids][0] ?? null;
  const elsewhere = input.records.find(
    (record) => documentId !== null && caseDocumentIdOf(record.documents) === documentId && !(looksLikeCaseCodeName(record.caseCodeName) && caseCodeNameKey(record.caseCodeName) === caseKey),
  );
  if (elsewhere) {
    refuse(
      'shared-document',
      `This case's document is also linked from ${a1(elsewhere.rowIndex, input.documentsColumn, CASES_SHEET)}, a row of another case, so renaming it would rename that case's document too. Nothing was changed. Correct the Documents cells, then try again.`,
    );
  }
  return { caseKey, rowIndexes: rows.map((record) => record.rowIndex), documentId };
}
