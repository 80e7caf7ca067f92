/**
 * pino's `hooks.streamWrite`: gets each finished line (`{…}\n`) just before pino writes it to its
 * destination (a file, stdout, `pino.transport()`), and returns the scrubbed line. Fails closed:
 * a line that cannot be parsed or scrubbed becomes a record with its level and time only.
 */
import { formatPlaceholder } from '../../placeholder.js';
import { isRecord } from '../shared/records.js';
import type { Toolkit } from '../shared/toolkit.js';
import { scrubRecord } from './scrub-record.js';
import type { RecordKeys } from './scrub-record.js';

export function createStreamWrite(toolkit: Toolkit, keys: RecordKeys): (line: string) => string {
  return (line) => {
    const end = line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      return `${JSON.stringify({ [keys.messageKey]: formatPlaceholder('dropped', 'error') })}${end}`;
    }
    if (!isRecord(record)) return `${JSON.stringify(toolkit.value(record))}${end}`;
    try {
      return `${JSON.stringify(scrubRecord(toolkit, record, keys))}${end}`;
    } catch {
      const { level, time } = record;
      return `${JSON.stringify({ level, time, [keys.messageKey]: formatPlaceholder('dropped', 'error') })}${end}`;
    }
  };
}
