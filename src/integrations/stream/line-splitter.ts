/**
 * Splits decoded text into lines as Node's readline does (`\n`, `\r\n` or a lone `\r` end a line;
 * a byte-order mark before the first line is dropped), holding at most one line. A line longer
 * than the limit is not kept: the splitter skips to its end and reports its length.
 */
import type { LineItem } from './types.js';

export class LineSplitter {
  private partial = '';
  private overflow = -1;
  private line = 0;
  private afterCr = false;

  constructor(private readonly maxLineLength: number) {}

  /** Calls `emit` for each complete line in `chunk`. */
  push(chunk: string, emit: (item: LineItem) => void): void {
    let start = 0;
    let i = 0;
    if (this.afterCr && chunk.charCodeAt(0) === 10) start = i = 1; // the `\n` of a `\r\n` split across chunks
    this.afterCr = false;
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.take(chunk, start, i);
      emit(this.finish());
      if (c === 13) {
        if (i + 1 === chunk.length) this.afterCr = true;
        else if (chunk.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    this.take(chunk, start, chunk.length);
  }

  /** Emits the last line, when the input does not end with a line break. */
  end(emit: (item: LineItem) => void): void {
    if (this.partial !== '' || this.overflow >= 0) emit(this.finish());
  }

  private take(chunk: string, start: number, end: number): void {
    if (end <= start) return;
    if (this.overflow >= 0) this.overflow += end - start;
    else if (this.partial.length + end - start > this.maxLineLength) {
      this.overflow = this.partial.length + end - start;
      this.partial = '';
    } else this.partial += chunk.slice(start, end);
  }

  private finish(): LineItem {
    this.line++;
    const overflow = this.overflow;
    let text = this.partial;
    this.partial = '';
    this.overflow = -1;
    if (overflow >= 0) return [this.line, null, overflow];
    if (this.line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return [this.line, text];
  }
}
