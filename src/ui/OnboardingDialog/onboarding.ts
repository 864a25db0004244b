/** The Onboard member dialog's checks and wording (spec section 6). */
import type { OnboardMemberResult } from '../../core/apiTypes';
import { countOf } from '../shared/messages';

/** Case code names compare lower-cased with spaces and hyphens alike (`home shelf` = `Home-Shelf`). */
function caseKey(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, ' ');
}

/** Whether `caseCodeName` stays visible for the filter text `query` (blank shows every case). */
export function matchesCaseFilter(caseCodeName: string, query: string): boolean {
  return caseKey(caseCodeName).includes(caseKey(query));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The message for the Email field, or '' when it looks like an address. */
export function checkMemberEmail(email: string): string {
  const trimmed = email.trim();
  if (trimmed === '') return "Enter the new member's email address.";
  return EMAIL.test(trimmed) ? '' : 'Enter an email address such as name@example.org.';
}

/** `No conflicts ticked`, `1 conflict ticked`, `3 conflicts ticked`. */
export function conflictsTickedText(ticked: number): string {
  return ticked === 0 ? 'No conflicts ticked.' : `${countOf(ticked, 'conflict')} ticked.`;
}

/** What the filter shows, for the live status under the filter box; '' when nothing is filtered. */
export function filterStatusText(shown: number, total: number, query: string): string {
  if (query.trim() === '') return '';
  return shown === 0 ? 'No case matches the filter.' : `Showing ${shown} of ${countOf(total, 'case')}.`;
}

/**
 * The warning before onboarding with no conflict ticked, which gives the member every case
 * document; '' when there is nothing to confirm.
 */
export function noConflictWarning(ticked: number, caseCount: number): string {
  if (ticked > 0 || caseCount === 0) return '';
  return `No conflicts are ticked, so the new member will be given all ${countOf(caseCount, 'case document')}. Press Onboard member again to confirm.`;
}

/**
 * The result as a few lines of counts, never the lists themselves (they can run to hundreds).
 * Both counts are of cases, as the result lists them: two cases can share one document, so a count
 * of documents would not agree with the conflicts counted beside it.
 */
export function onboardingSummary(result: OnboardMemberResult): string[] {
  const conflicts = result.conflicts.length;
  return [
    `${result.email} is now a member of the working group.`,
    `Shared the case documents of ${countOf(result.sharedCases.length, 'case')} with them.`,
    conflicts === 0
      ? 'They have no conflict of interest on record.'
      : `They have ${countOf(conflicts, 'conflict')} of interest on record; the documents of those cases were not shared.`,
    ...((result.reportedPartyCases ?? []).length > 0
      ? [`A reported person in the identity key is named by their email or name, so they were kept out of ${countOf(result.reportedPartyCases?.length ?? 0, 'case')} of that person: ${(result.reportedPartyCases ?? []).join(', ')}.`]
      : []),
    result.unfinished
      ? 'The case folder and the identity key are done by the run that finishes.'
      : result.identityKeyShared
        ? 'The identity key was shared with them.'
        : 'The identity key was not shared.',
    ...result.notShared,
    ...(result.unfinished ? [result.unfinished] : []),
  ];
}
