/**
 * The problem highlight "Validate records" paints on `Cases` (spec section 5): one
 * `getBackgrounds` and at most one `setBackgrounds` over the data rows, whatever their number.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A light red from Sheets' own palette ("light red 3"), used for nothing else. */
export const PROBLEM_HIGHLIGHT = '#f4cccc';

/** A cell by 0-based row and column, as the core's problems locate them. */
export interface CellLocation {
  rowIndex: number;
  columnIndex: number;
}

export interface HighlightChange {
  /** The backgrounds to write, or null when nothing changes. */
  backgrounds: (string | null)[][] | null;
  highlighted: number;
  cleared: number;
}

/**
 * The backgrounds after highlighting `cells` in a block whose top-left cell is (`firstRowIndex`, 0):
 * every problem cell gets the highlight; a cell that still carries the highlight but has no problem
 * any more is cleared (null); every other colour a person set is kept as it is.
 */
export function planHighlights(
  current: readonly (readonly string[])[],
  firstRowIndex: number,
  cells: readonly CellLocation[],
  colour = PROBLEM_HIGHLIGHT,
): HighlightChange {
  const wanted = new Set(cells.map((cell) => `${cell.rowIndex - firstRowIndex},${cell.columnIndex}`));
  let highlighted = 0;
  let cleared = 0;
  const backgrounds = current.map((row, r) =>
    row.map((background, c): string | null => {
      const isHighlight = background.toLowerCase() === colour;
      if (wanted.has(`${r},${c}`)) {
        if (!isHighlight) highlighted++;
        return colour;
      }
      if (isHighlight) {
        cleared++;
        return null;
      }
      return background;
    }),
  );
  return { backgrounds: highlighted + cleared > 0 ? backgrounds : null, highlighted, cleared };
}

/**
 * Highlights `cells` among the rows below the header (rows 2 to `lastRow`, columns 1 to
 * `lastColumn`) and clears the highlight from the cells of that block that no longer have a
 * problem, reading and writing the block's backgrounds once each. Cells outside the block are
 * ignored.
 */
export function applyHighlights(sheet: Sheet, lastRow: number, lastColumn: number, cells: readonly CellLocation[]): HighlightChange {
  if (lastRow < 2 || lastColumn < 1) return { backgrounds: null, highlighted: 0, cleared: 0 };
  const range = sheet.getRange(2, 1, lastRow - 1, lastColumn);
  const inside = cells.filter((cell) => cell.rowIndex >= 1 && cell.rowIndex < lastRow && cell.columnIndex < lastColumn);
  const change = planHighlights(range.getBackgrounds(), 1, inside);
  if (change.backgrounds) range.setBackgrounds(change.backgrounds);
  return change;
}
