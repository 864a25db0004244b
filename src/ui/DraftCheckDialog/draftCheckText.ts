/**
 * The Check a draft dialog's wording and the split of the draft into plain and highlighted
 * pieces, kept apart from the DOM so they can be tested.
 */
import type { DraftFindingResult } from '../../core/apiTypes';
import { countOf } from '../shared/messages';

export function resultHeading(findings: readonly DraftFindingResult[]): string {
  return findings.length === 0 ? 'Nothing found to look at' : `${countOf(findings.length, 'detail')} to look at`;
}

export interface DraftPiece {
  text: string;
  /** The finding this piece is, or null for text between findings. */
  finding: DraftFindingResult | null;
}

/**
 * The draft cut at the findings' offsets, in order. Findings that fall outside the text or
 * overlap one before them are left out rather than drawn wrongly.
 */
export function draftPieces(text: string, findings: readonly DraftFindingResult[]): DraftPiece[] {
  const pieces: DraftPiece[] = [];
  let from = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < from || finding.end > text.length || finding.end <= finding.start) continue;
    if (finding.start > from) pieces.push({ text: text.slice(from, finding.start), finding: null });
    pieces.push({ text: text.slice(finding.start, finding.end), finding });
    from = finding.end;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), finding: null });
  return pieces;
}
