/**
 * Case documents, members, conflicts of interest and the sharing audit (spec sections 6 and 9).
 * Every entry point checks access first. Those that change records take the document lock first
 * and check access inside it, so the `Members` rows they write are the ones they checked; a lock
 * is not a record, so nothing is read or written before the check either way.
 */
import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { openCaseDocumentForCell } from '../actions/caseDocuments/openCaseDocument';
import { DeclareConflictResult, declareConflict as declare } from '../actions/members/declareConflict';
import { memberToOffboard, offboardMember as offboard } from '../actions/members/offboardMember';
import { onboardMember as onboard, onboardingOptions } from '../actions/members/onboardMember';
import { auditSharing as audit, withoutFixable } from '../actions/auditSharing';
import { activeCell } from '../gas/activeCell';
import { ActionContext } from '../gas/context';
import { showLinkDialog } from '../gas/linkDialog';
import { withDocumentLock } from '../gas/lock';
import { alert, confirm, prompt, showDialog } from '../gas/ui';
import { readCasesSheet } from '../actions/records';
import { CASES_SHEET } from '../core/schema';
import { looksLikeCaseCodeName } from '../core/codeNames';
import type {
  AuditSharingResult,
  SharingFinding,
  OffboardMemberResult,
  OnboardMemberOptions,
  OnboardMemberResult,
  OnboardingOptions,
  OpenCaseDocumentResult,
} from '../core/apiTypes';

const ONBOARD = 'onboard members';
const OFFBOARD = 'offboard members';
const AUDIT = 'audit sharing';

/** Spec section 6: the active row's case document, created once per case. */
export function openCaseDocument(): OpenCaseDocumentResult {
  return runEntryPoint((context) =>
    withDocumentLock(() => {
      const access = requireAccess(context, 'member', undefined, { trustsMembers: true });
      return openCaseDocumentForCell(context, access, activeCell(context.spreadsheet));
    }),
  );
}

export function openCaseDocumentFromMenu(): void {
  runMenuHandler((context) => {
    const result = withDocumentLock(() => {
      const access = requireAccess(context, 'member', undefined, { trustsMembers: true });
      return openCaseDocumentForCell(context, access, activeCell(context.spreadsheet));
    });
    // The document is named by its case code name, which is its title; never by what Drive holds
    // as its title, which a person may have changed to anything.
    const message = result.created
      ? [`Created the Google Doc ${result.caseCodeName}, the case document for case ${result.caseCodeName}, and linked it on every row of the case.`, ...result.notShared].join(' ')
      : `Case ${result.caseCodeName} links to its case document, the Google Doc ${result.caseCodeName}.`;
    showLinkDialog('Case document', message, result.documentUrl, `Open the case document ${result.caseCodeName} (Google Docs, new tab)`);
  });
}

/** What the Onboard member dialog lists: every case code name, sorted. */
export function getOnboardingOptions(): OnboardingOptions {
  return runEntryPoint((context) => {
    requireAccess(context, 'chair', ONBOARD);
    return onboardingOptions(context);
  });
}

export function showOnboardingDialog(): void {
  runMenuHandler((context) => {
    requireAccess(context, 'chair', ONBOARD);
    showDialog('OnboardingDialog', 'Onboard member', 560, 600);
  });
}

export function onboardMember(email: string, options: OnboardMemberOptions): OnboardMemberResult {
  return runEntryPoint((context) =>
    withDocumentLock(() => onboard(context, requireAccess(context, 'chair', ONBOARD), email, options)),
  );
}

/** A member declares their own conflict; the chair may declare anyone's. */
export function declareConflict(email: string, caseCodeName: string): DeclareConflictResult {
  return runEntryPoint((context) =>
    withDocumentLock(() => declare(context, requireAccess(context, 'member'), email, caseCodeName)),
  );
}

/** The case of the active row, when the cursor is on one. */
function activeRowCase(context: ActionContext): string | null {
  const cell = activeCell(context.spreadsheet);
  if (!cell || cell.sheetName !== CASES_SHEET || cell.row < 2) return null;
  const record = readCasesSheet(context).table.records.find((row) => row.rowIndex === cell.row - 1);
  // Only a cell shaped like a code name is put to the member: it may hold anything typed there.
  return record && looksLikeCaseCodeName(record.caseCodeName) ? record.caseCodeName : null;
}

export function declareConflictFromMenu(): void {
  runMenuHandler((context) => {
    const access = requireAccess(context, 'member');
    const rowCase = activeRowCase(context);
    let caseCodeName: string | null = null;
    if (rowCase !== null && confirm(`Declare that you have a conflict of interest for case ${rowCase}? Its document will no longer be shared with you.`)) {
      caseCodeName = rowCase;
    } else {
      caseCodeName = prompt('Which case do you have a conflict of interest for? Type its case code name.');
    }
    if (caseCodeName === null || caseCodeName.trim() === '') return;
    const result = withDocumentLock(() => declare(context, requireAccess(context, 'member'), access.member.email, caseCodeName));
    alert(declaredText(result, access.member.role === 'Chair'));
  });
}

function declaredText(result: DeclareConflictResult, readerIsChair: boolean): string {
  const lines = [
    result.recorded
      ? `Your conflict of interest for ${result.caseCodeName} is recorded.`
      : `Your conflict of interest for ${result.caseCodeName} was already recorded.`,
  ];
  if (result.accessRemoved) lines.push('Its document is no longer shared with you.');
  if (result.ownsDocument) {
    lines.push(
      readerIsChair
        ? 'You own its document, and Drive never takes a file from its owner: to step back from it, transfer its ownership to a member without a conflict in Google Drive (Share › their name › Transfer ownership).'
        : 'You own its document, which Drive will not take from you: ask the chair to move it to someone else.',
    );
  }
  if (result.ownerMustRemove) lines.push('Its document’s owner has stopped editors from changing who can open it, so you still have access: ask its owner to remove you.');
  return lines.join('\n');
}

export function offboardMember(email: string): OffboardMemberResult {
  return runEntryPoint((context) => withDocumentLock(() => offboard(context, requireAccess(context, 'chair', OFFBOARD), email)));
}

export function offboardMemberFromMenu(): void {
  runMenuHandler((context) => {
    const access = requireAccess(context, 'chair', OFFBOARD);
    const typed = prompt('Email of the member to offboard:', 'Offboard member');
    if (typed === null || typed.trim() === '') return;
    // Checked before the question, so nobody confirms offboarding someone who is not a member.
    const { email } = memberToOffboard(access, typed);
    const question = `Offboard ${email}? They will be marked inactive and lose access to every case document, the case folder and the identity key.`;
    if (!confirm(question, 'Offboard member')) return;
    const result = withDocumentLock(() => offboard(context, requireAccess(context, 'chair', OFFBOARD), email));
    alert(offboardedText(result), 'Offboard member');
  });
}

function removedAccessText(files: number): string {
  if (files === 0) return 'They had no access to remove.';
  return `Removed their access to ${files === 1 ? 'one file' : `${files} files`}.`;
}

function offboardedText(result: OffboardMemberResult): string {
  const lines = [`${result.email} is now inactive.`, removedAccessText(result.removedFrom.length)];
  lines.push(...result.toDo);
  if (result.unfinished) lines.push(result.unfinished);
  return lines.join('\n');
}

/** Spec section 6: what breaks the sharing rules; with `fix`, fixes it. */
export function auditSharing(fix: boolean): AuditSharingResult {
  return runEntryPoint((context) => {
    if (fix !== true) return withoutFixable(audit(context, requireAccess(context, 'chair', AUDIT), false));
    return withoutFixable(withDocumentLock(() => audit(context, requireAccess(context, 'chair', AUDIT), true)));
  });
}

const LISTED_FINDINGS = 15;
const ALL_WELL =
  'The identity key, the case folder and every case document are private and shared with exactly the people the rules allow.';

function findingsText(findings: readonly SharingFinding[]): string {
  const lines = findings
    .slice(0, LISTED_FINDINGS)
    .map((finding) => `• ${finding.caseCodeName}: ${finding.problem}`);
  const more = findings.length - LISTED_FINDINGS;
  if (more > 0) lines.push(`… and ${more} more.`);
  return lines.join('\n');
}

export function auditSharingFromMenu(): void {
  runMenuHandler((context) => {
    const access = requireAccess(context, 'chair', AUDIT);
    const found = audit(context, access, false);
    // An audit too long for one run says how far it got with every answer.
    const unfinished = found.unfinished ? `\n\n${found.unfinished}` : '';
    if (found.findings.length === 0) {
      alert(found.unfinished ? `No problems in the case documents checked so far.${unfinished}` : ALL_WELL, 'Audit sharing');
      return;
    }
    const fixable = found.findings.filter((finding) => finding.fixable);
    const forAPerson = found.findings.filter((finding) => !finding.fixable);
    const personPart = forAPerson.length === 0 ? '' : `Needs a person (Django CoC cannot fix these):\n${findingsText(forAPerson)}`;
    if (fixable.length === 0) {
      alert(`${personPart}${unfinished}`, 'Audit sharing');
      return;
    }
    const ask = forAPerson.length === 0 ? 'Fix these now?' : 'Fix what Django CoC can fix now?';
    const question = [`Django CoC can fix:\n${findingsText(fixable)}`, personPart, ask].filter(Boolean).join('\n\n');
    if (!confirm(question, 'Audit sharing')) return;
    const fixed = withDocumentLock(() => audit(context, requireAccess(context, 'chair', AUDIT), true));
    const left = forAPerson.length === 0 ? '' : ' What needs a person is unchanged: run Audit sharing again to list it.';
    alert(`${fixed.fixed ? `Fixed the sharing.${left}` : 'Nothing needed fixing any more.'}${unfinished}`, 'Audit sharing');
  });
}
