/**
 * Who may be counted for a decision, and whether enough agreed (spec section 17). The manual: the
 * chair proposes and needs at least two members to agree; very severe cases want a majority.
 *
 * Counted: active members without a conflict of interest on the case, other than the member
 * recording the decision. The rules, read literally:
 *   - at least two counted members agreed besides the one recording it;
 *   - for Second Suspension or Ban, the members in favour (those counted, plus the one recording
 *     it) are more than half of the active members without a conflict on the case.
 */
import { UserError } from '../errors';
import { Conflict, hasConflict } from '../conflicts';
import { Member, normaliseEmail } from '../members';
import { vocabularyKey } from '../vocabularies';

/** The consequences that want a majority of the members without a conflict. */
export const MAJORITY_CONSEQUENCES: readonly string[] = ['Second Suspension', 'Ban'];

export const MINIMUM_AGREEING = 2;

export type NotCountedReason = 'conflict' | 'inactive' | 'not a member' | 'recording it';

export interface NotCounted {
  email: string;
  reason: NotCountedReason;
}

export interface QuorumInput {
  caseCodeName: string;
  /** The member recording the decision (an active member without a conflict: the caller checked). */
  recorder: string;
  /** Emails as given, already checked to be email addresses. */
  agreedBy: readonly string[];
  members: readonly Member[];
  conflicts: readonly Conflict[];
  /** The consequence values decided, one per person. */
  consequences: readonly string[];
}

export interface Quorum {
  /** The agreeing members counted, normalised, each once, in the order given. */
  counted: string[];
  notCounted: NotCounted[];
  /** Active members without a conflict on the case, the recorder included. */
  eligible: number;
  majorityNeeded: boolean;
}

/** True when a consequence is one that needs a majority (by the list's words, in any capitalisation). */
export function needsMajority(consequences: readonly string[]): boolean {
  const severe = new Set(MAJORITY_CONSEQUENCES.map(vocabularyKey));
  return consequences.some((value) => severe.has(vocabularyKey(value)));
}

/** Active members without a conflict on the case: the only ones who can be counted. */
export function eligibleMembers(members: readonly Member[], conflicts: readonly Conflict[], caseCodeName: string): Member[] {
  return members.filter((member) => member.active && !hasConflict(conflicts, member.email, caseCodeName));
}

/** Sorts each email given into counted or not counted, with why. */
export function countAgreement(input: QuorumInput): Quorum {
  const recorder = normaliseEmail(input.recorder);
  const eligible = eligibleMembers(input.members, input.conflicts, input.caseCodeName);
  const counted: string[] = [];
  const notCounted: NotCounted[] = [];
  const seen = new Set<string>();
  for (const given of input.agreedBy) {
    const email = normaliseEmail(given);
    if (seen.has(email)) continue;
    seen.add(email);
    const member = input.members.find((candidate) => candidate.email === email);
    if (email === recorder) notCounted.push({ email, reason: 'recording it' });
    else if (!member) notCounted.push({ email, reason: 'not a member' });
    else if (!member.active) notCounted.push({ email, reason: 'inactive' });
    else if (hasConflict(input.conflicts, email, input.caseCodeName)) notCounted.push({ email, reason: 'conflict' });
    else counted.push(email);
  }
  return { counted, notCounted, eligible: eligible.length, majorityNeeded: needsMajority(input.consequences) };
}

const REASON_WORDS: Readonly<Record<NotCountedReason, string>> = {
  conflict: 'has a conflict of interest on this case',
  inactive: 'is no longer an active member',
  'not a member': 'is not in Members',
  'recording it': 'is recording it',
};

/** "a@example.org (has a conflict of interest on this case)", for the refusal and the result. */
export function describeNotCounted(entries: readonly NotCounted[]): string {
  return entries.map((entry) => `${entry.email} (${REASON_WORDS[entry.reason]})`).join(', ');
}

/** In favour: the counted members and the one recording it. */
export function inFavour(quorum: Quorum): number {
  return quorum.counted.length + 1;
}

/** The smallest number in favour that is more than half of `eligible`. */
export function majorityOf(eligible: number): number {
  return Math.floor(eligible / 2) + 1;
}

/**
 * Refuses, with the rule in one sentence, a decision without enough agreement. Returns the
 * quorum when it is met.
 *
 * @throws UserError 'too-few-agreed' or 'no-majority'; the sentence names who was not counted.
 */
export function requireQuorum(input: QuorumInput): Quorum {
  const quorum = countAgreement(input);
  const ignored = quorum.notCounted.length === 0 ? '' : ` Not counted: ${describeNotCounted(quorum.notCounted)}.`;
  if (quorum.counted.length < MINIMUM_AGREEING) {
    throw new UserError(
      'too-few-agreed',
      `A decision needs at least two active members without a conflict on the case to agree, besides the member recording it; ${quorum.counted.length} agreed, so nothing was recorded.${ignored}`,
    );
  }
  if (quorum.majorityNeeded && inFavour(quorum) < majorityOf(quorum.eligible)) {
    throw new UserError(
      'no-majority',
      `A Second Suspension or a Ban needs a majority of the ${quorum.eligible} active members without a conflict on the case (${majorityOf(quorum.eligible)}, the member recording it included); ${inFavour(quorum)} agreed, so nothing was recorded.${ignored}`,
    );
  }
  return quorum;
}
