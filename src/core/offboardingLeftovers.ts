/**
 * What offboarding leaves for the chair to do by hand, in sentences (spec section 6: files the
 * member owns are "listed for the chair where Drive does not" hand them over). Only a file's owner
 * may transfer it, and Google transfers ownership only within one organisation, never out of a
 * personal Google Account (https://developers.google.com/workspace/drive/api/guides/transfer-file),
 * so what the chair should ask for depends on whose account the member used.
 */
import { isPersonalAccount, sameOrganisation } from './organisation';

export interface OffboardingLeftovers {
  /** The member leaving. */
  email: string;
  /** The chair running the offboarding. */
  chairEmail: string;
  /** Files the member owns, which no one else can take from them. */
  owned: readonly string[];
  /** Files whose owner stopped editors from changing the sharing. */
  ownerOnly: readonly string[];
  /** Cases whose document does not open for the chair. */
  unreachable: readonly string[];
}

function list(labels: readonly string[]): string {
  return labels.join(', ');
}

/** One sentence per kind of leftover, in the order the chair should deal with them; [] when none. */
export function offboardingLeftoverSentences(leftovers: OffboardingLeftovers): string[] {
  const { email, owned, ownerOnly, unreachable } = leftovers;
  const sentences: string[] = [];
  if (owned.length > 0) {
    if (sameOrganisation(email, leftovers.chairEmail)) {
      sentences.push(
        `${email} owns ${list(owned)}, and only an owner can hand a file over: ask them to transfer ownership to you in Google Drive (Share › Transfer ownership) before their account closes. Until then they can still open it.`,
      );
    } else {
      const account = isPersonalAccount(email) ? 'a personal Google Account' : 'an account outside your organisation';
      sentences.push(
        `${email} owns ${list(owned)} in ${account}, and Google transfers ownership only within one organisation, so it cannot be handed to you: ask them to share it with you, make a copy, put the copy's link in Documents, and ask them to delete theirs.`,
      );
    }
  }
  if (ownerOnly.length > 0) {
    sentences.push(`The owners of ${list(ownerOnly)} have stopped editors from changing who can open them: ask each owner to remove ${email}.`);
  }
  if (unreachable.length > 0) {
    sentences.push(`The documents of ${list(unreachable)} do not open for you, so ${email}'s access to them could not be checked: ask each document's owner to remove them.`);
  }
  return sentences;
}
