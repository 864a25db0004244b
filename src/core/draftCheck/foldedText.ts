/**
 * Text folded for comparing names (spec section 3: Unicode compatibility forms, case folding,
 * white space collapsed), keeping where each folded character came from, so that a name found in
 * the folded text can be highlighted in the text as the member pasted it.
 *
 * Folding works one code point at a time with the decomposed form (NFKD), which, unlike NFKC,
 * never joins two pasted characters into one, so every folded character has one origin.
 */

export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`: the offset in the original where its character starts. */
  starts: number[];
  /** For each UTF-16 unit of `text`: the offset in the original just after its character. */
  ends: number[];
}

// Default-ignorable characters (zero-width spaces and joiners, soft hyphen, BOM) are invisible.
const INVISIBLE = /^[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]$/;

function foldCharacter(character: string): string {
  if (INVISIBLE.test(character)) return '';
  if (/^\s$/u.test(character)) return ' ';
  return character.normalize('NFKD').toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ').normalize('NFKD');
}

/**
 * @example foldWithOffsets('Ａb  C').text // 'ab c'
 */
export function foldWithOffsets(original: string): FoldedText {
  const folded: FoldedText = { text: '', starts: [], ends: [] };
  let offset = 0;
  for (const character of original) {
    const start = offset;
    offset += character.length;
    const piece = foldCharacter(character);
    if (piece === ' ' && folded.text.endsWith(' ')) {
      folded.ends[folded.ends.length - 1] = offset;
      continue;
    }
    for (let unit = 0; unit < piece.length; unit++) {
      folded.starts.push(start);
      folded.ends.push(offset);
    }
    folded.text += piece;
  }
  return folded;
}

/** A name folded the same way, trimmed, for looking it up in folded text. */
export function foldName(name: string): string {
  return foldWithOffsets(name).text.trim();
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Where `name` (already folded with foldName) occurs in `folded` as whole words, as
 * `[start, end)` offsets in the original text.
 */
export function findFoldedName(folded: FoldedText, name: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (name === '') return found;
  for (let at = folded.text.indexOf(name); at !== -1; at = folded.text.indexOf(name, at + 1)) {
    const before = folded.text[at - 1] ?? ' ';
    const after = folded.text[at + name.length] ?? ' ';
    if (WORD_CHARACTER.test(before) || WORD_CHARACTER.test(after)) continue;
    found.push({ start: folded.starts[at], end: folded.ends[at + name.length - 1] });
  }
  return found;
}
