/**
 * Checking a draft for identifying details (spec section 16): every span to look at with its
 * reason, and a copy with names replaced by person code names and the rest by `[redacted]`.
 *
 * Spans are UTF-16 offsets into the text as pasted (what a page's string indexes use), sorted and
 * never overlapping: where two findings overlap, the one starting first wins, then the longer, then
 * a key name over a pattern, so an alias that is an email address is replaced by its code name.
 */
import { IdentityEntry, isTombstone } from '../identityKey';
import { findFoldedName, foldName, foldWithOffsets } from './foldedText';
import { REASONS, findPatternSpans } from './identifyingPatterns';

export interface DraftFinding {
  start: number;
  end: number;
  reason: string;
}

export interface DraftCheck {
  findings: DraftFinding[];
  redacted: string;
}

export const REDACTED = '[redacted]';

interface Candidate extends DraftFinding {
  replacement: string;
  /** Lower wins a tie. */
  rank: number;
}

function keyNameCandidates(text: string, entries: readonly IdentityEntry[]): Candidate[] {
  const folded = foldWithOffsets(text);
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    if (isTombstone(entry)) continue;
    const replacement = entry.personCodeName.trim() === '' ? REDACTED : entry.personCodeName.trim();
    for (const name of new Set([entry.realName, ...entry.aliases].map(foldName))) {
      for (const span of findFoldedName(folded, name)) candidates.push({ ...span, reason: REASONS.keyName, replacement, rank: 0 });
    }
  }
  return candidates;
}

/**
 * @param entries the identity key's entries, or null when the key is not to be checked (a member
 * without Identity Key Access): only the patterns are looked for then.
 */
export function checkDraftText(text: string, entries: readonly IdentityEntry[] | null): DraftCheck {
  const candidates: Candidate[] = [
    ...(entries === null ? [] : keyNameCandidates(text, entries)),
    ...findPatternSpans(text).map((span) => ({ ...span, replacement: REDACTED, rank: 1 })),
  ].filter((candidate) => candidate.end > candidate.start);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (last === undefined || candidate.start >= last.end) kept.push(candidate);
  }
  let redacted = '';
  let from = 0;
  for (const finding of kept) {
    redacted += text.slice(from, finding.start) + finding.replacement;
    from = finding.end;
  }
  redacted += text.slice(from);
  return { findings: kept.map(({ start, end, reason }) => ({ start, end, reason })), redacted };
}
