/**
 * `--report FILE`: `{ "findings": [...] }`, one finding per line, written as the run goes so that a
 * stream of any length needs constant memory. Findings carry rule ids, types, pointers and offsets;
 * never the redacted text.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, fsReason } from './cli-error.js';

const FLUSH_AT = 64 * 1024;

export class ReportWriter {
  private buffer = '{\n  "findings": [';
  private count = 0;

  private constructor(
    private readonly handle: FileHandle,
    private readonly name: string,
  ) {}

  /** Creates (or truncates) the report file now, so that an unwritable path fails before any work. */
  static async open(file: string, cwd: string): Promise<ReportWriter> {
    try {
      return new ReportWriter(await open(resolve(cwd, file), 'w'), file);
    } catch (error) {
      throw new CliError(`--report ${file}: cannot write (${fsReason(error)})`);
    }
  }

  async add(findings: readonly object[]): Promise<void> {
    for (const finding of findings) {
      this.buffer += `${this.count === 0 ? '' : ','}\n    ${JSON.stringify(finding)}`;
      this.count++;
    }
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  /** Ends the JSON document and closes the file; the report is valid JSON even after a failed run. */
  async close(): Promise<void> {
    this.buffer += `${this.count === 0 ? '' : '\n  '}]\n}\n`;
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }

  private async flush(): Promise<void> {
    const text = this.buffer;
    this.buffer = '';
    try {
      // On a FileHandle, writeFile writes all of it at the current position: successive calls append.
      await this.handle.writeFile(text, 'utf8');
    } catch (error) {
      throw new CliError(`--report ${this.name}: cannot write (${fsReason(error)})`);
    }
  }
}
