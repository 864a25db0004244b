import { SheetCell, SheetRow } from '../../../src/core/cells';
import { CellBlock } from '../../../src/core/settings';

/**
 * The sheet after writing `blocks` into `values`, as the adapter's setValues calls would leave it
 * and getDataRange would read it back: a rectangle padded with blank cells.
 */
export function applyBlocks(values: readonly SheetRow[], blocks: readonly CellBlock[]): SheetCell[][] {
  const sheet = values.map((row) => [...row]);
  for (const block of blocks) {
    block.values.forEach((row, rowOffset) => {
      row.forEach((cell, columnOffset) => {
        const rowIndex = block.rowIndex + rowOffset;
        while (sheet.length <= rowIndex) sheet.push([]);
        const target = sheet[rowIndex];
        while (target.length <= block.columnIndex + columnOffset) target.push('');
        target[block.columnIndex + columnOffset] = cell;
      });
    });
  }
  const width = Math.max(0, ...sheet.map((row) => row.length));
  return sheet.map((row) => [...row, ...Array<SheetCell>(width - row.length).fill('')]);
}

/** Every non-blank cell, as `row,column=value`, to check that a plan changed no present cell. */
export function presentCells(values: readonly SheetRow[]): string[] {
  return values.flatMap((row, rowIndex) =>
    row.flatMap((cell, columnIndex) => (cell === '' ? [] : [`${rowIndex},${columnIndex}=${JSON.stringify(cell)}`])),
  );
}
