/**
 * Check a draft (spec section 16): the spans to look at and a redacted copy. Any member may check
 * a draft; names from the identity key are looked for only for a member with Identity Key Access,
 * and anyone else is told plainly that this part was skipped. Nothing is written: the draft is
 * never stored or logged.
 */
import { ActionContext } from '../gas/context';
import { checkDraftText } from '../core/draftCheck/checkDraftText';
import { isUserError, personFacingMessage } from '../core/errors';
import { IdentityEntry } from '../core/identityKey';
import { Member } from '../core/members';
import type { DraftCheckResult } from '../core/apiTypes';
import { openIdentityKey } from './identityKey';
import { requireTrustedAuthority } from './authority';
import { readSettingsSheet } from './records';

const NO_KEY_ACCESS =
  'Names and aliases from the identity key were not checked: that needs Identity Key Access, which you do not have. Look for names yourself, or ask a member who has it to check the draft.';

/**
 * The key's entries, or the sentence saying why they could not be read. Identity Key Access is
 * believed only while Members is protected (spec section 9): a member who typed Yes for themselves
 * is not shown the key's names.
 */
function keyEntries(context: ActionContext, member: Member, members: readonly Member[]): { entries: IdentityEntry[] | null; keyNote: string } {
  if (!member.identityKeyAccess) return { entries: null, keyNote: NO_KEY_ACCESS };
  try {
    requireTrustedAuthority(context, members);
    return { entries: openIdentityKey(context, readSettingsSheet(context).settings).table.entries, keyNote: '' };
  } catch (error) {
    if (!isUserError(error)) throw error;
    const reader = member.role === 'Chair' ? 'chair' : 'member';
    return { entries: null, keyNote: `Names and aliases from the identity key were not checked. ${personFacingMessage(error, reader)}` };
  }
}

export function checkDraft(context: ActionContext, access: { member: Member; members: readonly Member[] }, text: string): DraftCheckResult {
  const { entries, keyNote } = keyEntries(context, access.member, access.members);
  return { ...checkDraftText(text, entries), keyChecked: entries !== null, keyNote };
}
