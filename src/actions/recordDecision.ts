/**
 * Record a decision (spec section 17) for a case the member has no conflict on. The caller checks
 * access and holds the document lock.
 *
 * Nothing is written until every check has passed. The writes then go in an order that a second
 * run with the same decision finishes after a fault at any point: the line under Resolution in the
 * case document (skipped when the document already holds it), the case's rows in one write, the
 * `Decision agreed` step (skipped when the case already has it for that day and member), the
 * identity key's counts, and the audit line, which alone may be written twice.
 */
import { ActionContext } from '../gas/context';
import { appendUnderHeading } from '../gas/resolutionEntry';
import { readSheet, writeBlock } from '../gas/spreadsheet';
import { CaseRecord } from '../core/caseRecord';
import { a1 } from '../core/cells';
import { caseDocumentSections } from '../core/caseDocument';
import { CASE_STEP, CASE_STEPS_SHEET, isStep, readCaseSteps } from '../core/caseSteps';
import { caseCodeNameKey, isPersonCodeName, personCodeNameKey } from '../core/codeNames';
import { Conflict, hasConflict } from '../core/conflicts';
import { caseDocumentIdOf } from '../core/documentLink';
import {
  DecisionColumn,
  decisionEntryText,
  decisionRowsBlock,
  describeNotCounted,
  eligibleMembers,
  readDecisionRequest,
  requireQuorum,
} from '../core/decision';
import { UserError, isUserError } from '../core/errors';
import { Member, normaliseEmail } from '../core/members';
import { CASES_SHEET } from '../core/schema';
import { RESOLVED_STATUS, canonicalValue } from '../core/vocabularies';
import type { DecisionOptions, RecordDecisionResult } from '../core/apiTypes';
import { Access } from './access';
import { appendAuditLog } from './audit';
import { appendCaseSteps } from './caseSteps';
import { writeIdentityColumns } from './identityKey/columns';
import { tryOpenIdentityKey } from './identityKey/open';
import { CasesSnapshot, readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';
import { rowsOfSelectedCase } from './selectedCase';

const FINISH_IT =
  'The decision could not be recorded in full. Record the same decision again (Django CoC › Record a decision…) to finish it: what is already done is not done twice.';

function refuse(code: string, message: string): never {
  throw new UserError(code, message);
}

interface DecisionCase {
  caseCodeName: string;
  rows: CaseRecord[];
  /** The person code names on the case, each once ('' for a row naming nobody). */
  people: string[];
  /** Every conflict of interest on record. */
  conflicts: Conflict[];
}

/**
 * The case, checked: the member has no conflict on it, and every Person Code Name cell holds a
 * code name (a cell may hold anything typed, a real name included, and it would be shown).
 */
function decisionCase(context: ActionContext, cases: CasesSnapshot, member: Member, requested: unknown): DecisionCase {
  const rows = rowsOfSelectedCase(context, cases.table.records, requested, 'decision');
  const caseCodeName = caseCodeNameKey(rows[0].caseCodeName);
  const { conflicts } = readConflictsSheet(context);
  if (hasConflict(conflicts, member.email, caseCodeName)) {
    refuse('conflict-of-interest', 'You have declared a conflict of interest on this case, so you cannot record its decision.');
  }
  const odd = rows.find((row) => row.personCodeName !== '' && !isPersonCodeName(row.personCodeName));
  if (odd) {
    refuse(
      'not-a-person-code-name',
      `${a1(odd.rowIndex, cases.table.columns.personCodeName as number, CASES_SHEET)} is not a person code name, so no decision was recorded for this case. Correct it (Django CoC › Validate records lists it), then try again.`,
    );
  }
  const people = [...new Map(rows.map((row) => [personCodeNameKey(row.personCodeName), row.personCodeName])).values()];
  return { caseCodeName, rows, people, conflicts };
}

/** The Record a decision dialog's lists, for the active row's case (or the named one). */
export function decisionOptions(context: ActionContext, access: Access, requested?: unknown): DecisionOptions {
  const cases = readCasesSheet(context);
  const found = decisionCase(context, cases, access.member, requested);
  const { settings } = readSettingsSheet(context);
  const eligible = eligibleMembers(access.members, found.conflicts, found.caseCodeName);
  return {
    caseCodeName: found.caseCodeName,
    people: found.people,
    consequences: [...settings.vocabularies.consequences],
    resolutionSources: [...settings.vocabularies.resolutionSource],
    members: eligible.map((member) => member.email).filter((email) => email !== access.member.email),
    eligible: eligible.length,
  };
}

/** The one Google Docs link the case's rows share; refused when there is none, or several. */
function caseDocumentId(rows: readonly CaseRecord[]): string {
  const ids = [...new Set(rows.map((row) => caseDocumentIdOf(row.documents)).filter((id): id is string => id !== null))];
  if (ids.length === 0) {
    refuse('no-case-document', 'This case has no case document to write the decision in. Create it with Django CoC › Create or open case document, then record the decision.');
  }
  if (ids.length > 1) {
    refuse('several-case-documents', "This case's rows link different documents, so no decision was recorded. Correct the Documents cells (Django CoC › Validate records lists them), then try again.");
  }
  return ids[0];
}

/** True when `Case Steps` already has this case's Decision agreed for that day by that member. */
function stepAlreadyRecorded(context: ActionContext, caseCodeName: string, date: string, email: string): boolean {
  const sheet = readSheet(context.spreadsheet, CASE_STEPS_SHEET, context.timeZone);
  if (!sheet) return false;
  return readCaseSteps(sheet.values).steps.some(
    (step) => caseCodeNameKey(step.caseCodeName) === caseCodeName && isStep(step.step, CASE_STEP.decisionAgreed) && step.date === date && step.memberEmail === email,
  );
}

/**
 * Records the decision for the case and returns what was written.
 *
 * @throws UserError for every refusal (nothing written), and 'decision-incomplete' after a fault
 * part-way, which a second run with the same decision finishes.
 */
export function recordDecision(context: ActionContext, access: Access, input: unknown): RecordDecisionResult {
  const { member, members } = access;
  const cases = readCasesSheet(context);
  const requested = typeof input === 'object' && input !== null ? (input as { caseCodeName?: unknown }).caseCodeName : undefined;
  const found = decisionCase(context, cases, member, requested);
  const { settings } = readSettingsSheet(context);
  const request = readDecisionRequest(input, {
    people: found.people,
    consequences: settings.vocabularies.consequences,
    resolutionSources: settings.vocabularies.resolutionSource,
  });
  const quorum = requireQuorum({
    caseCodeName: found.caseCodeName,
    recorder: member.email,
    agreedBy: request.agreedBy,
    members,
    conflicts: found.conflicts,
    consequences: request.consequences.map((entry) => entry.consequence),
  });
  const documentId = caseDocumentId(found.rows);
  const date = context.today;
  const resolution = caseDocumentSections()[caseDocumentSections().length - 1].heading;
  const text = decisionEntryText({ date, consequences: request.consequences, resolutionSource: request.resolutionSource, agreedBy: quorum.counted, recordedBy: normaliseEmail(member.email) });

  const resolvedStatus = canonicalValue(RESOLVED_STATUS, settings.vocabularies.status) ?? RESOLVED_STATUS;
  let keyRefreshed = false;
  let documentOpened = false;
  try {
    // The document first: until it holds the line, nothing else has changed.
    appendUnderHeading(documentId, resolution, caseDocumentSections().map((section) => section.heading), text, () => (documentOpened = true));
    const block = decisionRowsBlock({
      values: cases.snapshot.values,
      columns: cases.table.columns as Record<DecisionColumn, number>,
      rows: found.rows,
      consequences: request.consequences,
      resolvedStatus,
      resolutionSource: request.resolutionSource,
      resolutionDate: date,
    });
    writeBlock(cases.snapshot.sheet, block.row, block.column, block.cells);
    if (!stepAlreadyRecorded(context, found.caseCodeName, date, member.email)) {
      appendCaseSteps(context, [{ caseCodeName: found.caseCodeName, step: CASE_STEP.decisionAgreed, date, memberEmail: member.email }]);
    }
    // Never opened for a member without Identity Key Access, even where Drive would allow it.
    const key = member.identityKeyAccess ? tryOpenIdentityKey(context, settings) : null;
    if (key) {
      const byPerson = new Map(request.consequences.map((entry) => [personCodeNameKey(entry.personCodeName), entry.consequence]));
      const caseRows = new Set(found.rows.map((row) => row.rowIndex));
      const records = cases.table.records.map((record) =>
        caseRows.has(record.rowIndex) ? { ...record, consequences: byPerson.get(personCodeNameKey(record.personCodeName)) ?? record.consequences } : record,
      );
      writeIdentityColumns(key.sheet, key.values, records, settings.vocabularies.consequences);
      keyRefreshed = true;
    }
    appendAuditLog(context, 'Recorded decision', [found.caseCodeName]);
  } catch (error) {
    // A document that does not open is a refusal: nothing was written.
    if (!documentOpened) throw error;
    // A refusal from a later step (a Case Steps sheet without its columns) still says what to do.
    throw new UserError('decision-incomplete', isUserError(error) ? `${error.message} ${FINISH_IT}` : FINISH_IT);
  }
  return {
    caseCodeName: found.caseCodeName,
    resolutionDate: date,
    agreedBy: quorum.counted,
    notCounted: describeNotCounted(quorum.notCounted),
    keyRefreshed,
  };
}
