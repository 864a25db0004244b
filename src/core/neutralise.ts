/**
 * Text from people, made safe to write to a cell (spec section 10, docs/ARCHITECTURE.md).
 *
 * Sheets strips one leading apostrophe from a written value and stores the rest as text. Prefixing
 * every person-supplied string therefore covers formulas (`=`, `+`, `-`, `@`), control characters
 * (tab, CR, LF) and text Sheets would otherwise turn into a number, date or boolean (`007`,
 * `3/4`, `TRUE`), and the cell reads back exactly as typed, including a leading apostrophe of its
 * own.
 */
import type { SheetCell } from './cells';

/**
 * The value to write so the cell stores `text` as text, exactly. Empty text stays empty, as a lone
 * apostrophe would leave an invisible non-blank cell behind.
 */
export function neutraliseText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/**
 * A cell written back as it was read, for a write that spans rows it does not change: text stays
 * text, exactly (neutralised as above), and other values are kept.
 */
export function asReadBack(cell: SheetCell | undefined): SheetCell {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? neutraliseText(cell) : cell;
}
