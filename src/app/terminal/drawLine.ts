// Drawing the line being edited on a terminal screen, wrapped over as many rows as it needs:
// go back to where the line starts, clear to the end of the screen, write it, and put the cursor
// where the editor has it. Rows are counted so the next redraw finds the start again.

export interface DrawnLine {
  /** The escape sequences and text to write. */
  readonly output: string;
  /** The cursor's row, counted from the row the line starts on. */
  readonly cursorRow: number;
}

/** ANSI escapes take no room on screen. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
export const visibleLength = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '').length;

/** Back to the first column of the row the drawn line starts on, and clear everything below. */
export function eraseFrom(cursorRow: number): string {
  return (cursorRow > 0 ? `\x1b[${cursorRow}A` : '') + '\r\x1b[J';
}

export function drawLine(
  prefix: string,
  buffer: string,
  cursor: number,
  cols: number,
  previousCursorRow: number,
): DrawnLine {
  const width = Math.max(1, cols);
  const prefixLength = visibleLength(prefix);
  const total = prefixLength + buffer.length;
  let output = eraseFrom(previousCursorRow) + prefix + buffer;
  // A line that ends exactly at the right edge leaves the cursor waiting to wrap: make it wrap.
  if (total > 0 && total % width === 0) output += '\r\n';
  const endRow = Math.floor(total / width);
  const at = prefixLength + cursor;
  const row = Math.floor(at / width);
  if (endRow > row) output += `\x1b[${endRow - row}A`;
  output += `\x1b[${(at % width) + 1}G`;
  return { output, cursorRow: row };
}

/** Candidates laid out in columns, as bash lists completions. */
export function columns(items: readonly string[], cols: number): string {
  const cell = Math.max(...items.map((i) => i.length)) + 2;
  const perRow = Math.max(1, Math.floor(cols / cell));
  const rows = Math.ceil(items.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item !== undefined) line += item.padEnd(cell);
    }
    lines.push(line.trimEnd());
  }
  return lines.join('\r\n') + '\r\n';
}
