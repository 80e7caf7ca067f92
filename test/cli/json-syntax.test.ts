import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/cli/json-syntax.js';
import { CliError } from '../../src/cli/cli-error.js';

describe('parseJson', () => {
  it('parses, skipping a byte order mark', () => {
    expect(parseJson('\uFEFF{"a":[1]}', 'f.json')).toEqual({ a: [1] });
  });

  it('throws a CliError with file, line (offset by the NDJSON line number) and column', () => {
    expect(() => parseJson('{"a": x}', 'events.ndjson', 41)).toThrow(new CliError('events.ndjson:41:7: invalid JSON (unexpected character)'));
  });
});
