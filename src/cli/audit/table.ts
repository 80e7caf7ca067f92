/** A plain text table: columns padded to their widest cell, colour applied after padding. */

export interface Column {
  title: string;
  align?: 'left' | 'right';
  color?: (s: string) => string;
}

export function renderTable(columns: readonly Column[], rows: readonly string[][], indent = '  ', dim: (s: string) => string = (s) => s): string[] {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[], header: boolean): string =>
    indent +
    columns
      .map((c, i) => {
        const cell = cells[i] ?? '';
        const width = widths[i] ?? 0;
        const last = i === columns.length - 1;
        const padded = c.align === 'right' ? cell.padStart(width) : last ? cell : cell.padEnd(width);
        return header ? dim(padded) : (c.color ?? ((s: string) => s))(padded);
      })
      .join('  ');
  return [line(columns.map((c) => c.title), true), ...rows.map((r) => line(r, false))];
}
