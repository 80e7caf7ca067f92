/** Plain-text tables for the bench output (Markdown-compatible, so the README can paste them). */

export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

export const fixed = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const kb = (bytes) => `${fixed(bytes / 1024, 1)} KB`;
/** How many times longer `other` took than scrubjay: above 1, scrubjay is faster. */
export const times = (other, scrubjay) => `${fixed(other / scrubjay, 2)}x`;

export function print(text = '') {
  process.stdout.write(`${text}\n`);
}
