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
import { parseMemberEmail } from '../actions/members/memberInput';
import { offboardMember as offboard } from '../actions/members/offboardMember';
import { onboardMember as onboard, onboardingOptions } from '../actions/members/onboardMember';
import { auditSharing as audit } from '../actions/auditSharing';
import { activeCell } from '../gas/activeCell';
import { ActionContext } from '../gas/context';
import { showLinkDialog } from '../gas/linkDialog';
import { withDocumentLock } from '../gas/lock';
import { alert, confirm, prompt, showDialog } from '../gas/ui';
import { readCasesSheet } from '../actions/records';
import { CASES_SHEET } from '../core/schema';
import type {
  AuditSharingResult,
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
    const message = result.created
      ? `Created the case document for ${result.caseCodeName} and linked it on every row of the case.`
      : `The case document for ${result.caseCodeName}:`;
    showLinkDialog('Case document', message, result.documentUrl, `Open ${result.caseCodeName}`);
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
  return record && record.caseCodeName !== '' ? record.caseCodeName : null;
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
    alert(declaredText(result));
  });
}

function declaredText(result: DeclareConflictResult): string {
  const lines = [
    result.recorded
      ? `Your conflict of interest for ${result.caseCodeName} is recorded.`
      : `Your conflict of interest for ${result.caseCodeName} was already recorded.`,
  ];
  if (result.accessRemoved) lines.push('Its document is no longer shared with you.');
  if (result.ownsDocument) lines.push('You own its document, which Drive will not take from you: ask the chair to move it to someone else.');
  return lines.join('\n');
}

export function offboardMember(email: string): OffboardMemberResult {
  return runEntryPoint((context) => withDocumentLock(() => offboard(context, requireAccess(context, 'chair', OFFBOARD), email)));
}

export function offboardMemberFromMenu(): void {
  runMenuHandler((context) => {
    requireAccess(context, 'chair', OFFBOARD);
    const typed = prompt('Email of the member to offboard:', 'Offboard member');
    if (typed === null || typed.trim() === '') return;
    const email = parseMemberEmail(typed);
    const question = `Offboard ${email}? They will be marked inactive and lose access to every case document, the case folder and the identity key.`;
    if (!confirm(question, 'Offboard member')) return;
    const result = withDocumentLock(() => offboard(context, requireAccess(context, 'chair', OFFBOARD), email));
    alert(offboardedText(result), 'Offboard member');
  });
}

function offboardedText(result: OffboardMemberResult): string {
  const lines = [`${result.email} is now inactive.`, `Removed their access to ${result.removedFrom.length} file(s).`];
  if (result.transferredToChair.length > 0) lines.push(`Handed to you: ${result.transferredToChair.join(', ')}.`);
  if (result.leftForChair.length > 0) {
    lines.push(`Left for you to deal with by hand in Google Drive (they own it, or you cannot open it): ${result.leftForChair.join(', ')}.`);
  }
  return lines.join('\n');
}

/** Spec section 6: what breaks the sharing rules; with `fix`, fixes it. */
export function auditSharing(fix: boolean): AuditSharingResult {
  return runEntryPoint((context) => {
    if (fix !== true) return audit(context, requireAccess(context, 'chair', AUDIT), false);
    return withDocumentLock(() => audit(context, requireAccess(context, 'chair', AUDIT), true));
  });
}

const LISTED_FINDINGS = 15;
const ALL_WELL =
  'The identity key, the case folder and every case document are private and shared with exactly the people the rules allow.';

function findingsText(result: AuditSharingResult): string {
  const lines = result.findings
    .slice(0, LISTED_FINDINGS)
    .map((finding) => `• ${finding.caseCodeName}: ${finding.problem}`);
  const more = result.findings.length - LISTED_FINDINGS;
  if (more > 0) lines.push(`… and ${more} more.`);
  return lines.join('\n');
}

export function auditSharingFromMenu(): void {
  runMenuHandler((context) => {
    const access = requireAccess(context, 'chair', AUDIT);
    const found = audit(context, access, false);
    if (found.findings.length === 0) {
      alert(ALL_WELL, 'Audit sharing');
      return;
    }
    if (!confirm(`${findingsText(found)}\n\nFix these now?`, 'Audit sharing')) return;
    const fixed = withDocumentLock(() => audit(context, requireAccess(context, 'chair', AUDIT), true));
    alert(
      fixed.fixed
        ? 'Fixed the sharing. Anything only a person can do (such as transferring ownership) is listed when you run Audit sharing again.'
        : 'Nothing needed fixing any more.',
      'Audit sharing',
    );
  });
}
