/**
 * The chair's actions over who may see what (spec section 9): granting access after confirming
 * the member and the case, removing a conflict of interest, and handing over the chair. Each
 * takes the document lock and checks, inside it, that the caller is a chair Members and Google's
 * protection agree on.
 */
import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { GrantAccessResult, grantAccess as grant, memberToGrant } from '../actions/members/grantAccess';
import { HandOverChairResult, handOverChair as handOver, nextChair } from '../actions/members/handOverChair';
import { RemoveConflictResult, removeConflict as remove } from '../actions/members/removeConflict';
import { withDocumentLock } from '../gas/lock';
import { alert, confirm, prompt } from '../gas/ui';

const GRANT = 'grant access';
const REMOVE = 'remove a conflict of interest';
const HAND_OVER = 'hand over the chair';

/** Gives one member one case's document (or, with 'identity key', the key; with 'case folder', the folder), after the chair confirmed both. */
export function grantAccess(email: string, caseCodeNameOrIdentityKey: string): GrantAccessResult {
  return runEntryPoint((context) => withDocumentLock(() => grant(context, requireAccess(context, 'chair', GRANT), email, caseCodeNameOrIdentityKey)));
}

export function grantAccessFromMenu(): void {
  runMenuHandler((context) => {
    const access = requireAccess(context, 'chair', GRANT);
    const typed = prompt('Email of the member to give access to:', 'Grant access');
    if (typed === null || typed.trim() === '') return;
    // Checked before the next questions, so nobody names a case for someone who cannot have it.
    const { email } = memberToGrant(access, typed);
    const target = prompt('The case code name whose document they should edit, "identity key" or "case folder":', 'Grant access');
    if (target === null || target.trim() === '') return;
    if (!confirm(`Give ${email} access to ${target.trim()}? Only do this once you have checked they have no conflict of interest for it.`, 'Grant access')) return;
    const result = withDocumentLock(() => grant(context, requireAccess(context, 'chair', GRANT), email, target));
    const what = result.granted === 'Identity key' ? 'the identity key' : result.granted === 'Case folder' ? 'the case folder' : `the document of ${result.granted}`;
    alert(`${result.email} can now edit ${what}.`, 'Grant access');
  });
}

/** Removes one member's conflict of interest for one case; gives nothing back by itself. */
export function removeConflict(email: string, caseCodeName: string): RemoveConflictResult {
  return runEntryPoint((context) => withDocumentLock(() => remove(context, requireAccess(context, 'chair', REMOVE), email, caseCodeName)));
}

export function removeConflictFromMenu(): void {
  runMenuHandler((context) => {
    requireAccess(context, 'chair', REMOVE);
    const email = prompt('Email of the member whose conflict of interest to remove:', 'Remove conflict');
    if (email === null || email.trim() === '') return;
    const caseCodeName = prompt('The case code name of the conflict:', 'Remove conflict');
    if (caseCodeName === null || caseCodeName.trim() === '') return;
    const result = withDocumentLock(() => remove(context, requireAccess(context, 'chair', REMOVE), email, caseCodeName));
    alert(`Removed ${result.email}’s conflict of interest for ${result.caseCodeName}. Nothing was shared: use Grant access if they should now see its document.`, 'Remove conflict');
  });
}

/** Makes another active member the chair. */
export function handOverChair(email: string): HandOverChairResult {
  return runEntryPoint((context) => withDocumentLock(() => handOver(context, requireAccess(context, 'chair', HAND_OVER), email)));
}

export function handOverChairFromMenu(): void {
  runMenuHandler((context) => {
    const access = requireAccess(context, 'chair', HAND_OVER);
    const typed = prompt('Email of the member who takes over the chair:', 'Hand over the chair');
    if (typed === null || typed.trim() === '') return;
    // Checked before the question, so nobody confirms a hand-over that cannot happen.
    const { email } = nextChair(access, typed);
    if (!confirm(`Make ${email} the chair? You will become a member.`, 'Hand over the chair')) return;
    alert(withDocumentLock(() => handOver(context, requireAccess(context, 'chair', HAND_OVER), email)).toDo, 'Hand over the chair');
  });
}
