import { vocabularyKey } from './vocabularies';

/**
 * The severity ladder is the Consequences list in `Settings`, least severe first (spec 2.2).
 * Values match it trimmed and case-insensitively, as Consequences cells are matched elsewhere.
 */

/** 0 for the least severe rung, upwards; null for a blank value or one the ladder lacks. */
export function severityRank(value: string, ladder: readonly string[]): number | null {
  const wanted = vocabularyKey(value);
  if (wanted === '') return null;
  const rank = ladder.findIndex((rung) => vocabularyKey(rung) === wanted);
  return rank === -1 ? null : rank;
}

export interface MostSevere {
  /** The ladder's own spelling of the most severe known value; null when none is known. */
  value: string | null;
  /** Non-blank values the ladder lacks, trimmed, each once, in the order met: never ranked. */
  unknown: string[];
}

/** The most severe of `values` by the ladder; blank values are ignored. */
export function mostSevere(values: readonly string[], ladder: readonly string[]): MostSevere {
  let bestRank = -1;
  const unknown: string[] = [];
  const seenUnknown = new Set<string>();
  for (const value of values) {
    if (vocabularyKey(value) === '') continue;
    const rank = severityRank(value, ladder);
    if (rank === null) {
      const key = vocabularyKey(value);
      if (!seenUnknown.has(key)) {
        seenUnknown.add(key);
        unknown.push(value.trim());
      }
    } else if (rank > bestRank) {
      bestRank = rank;
    }
  }
  return { value: bestRank === -1 ? null : ladder[bestRank].trim(), unknown };
}
