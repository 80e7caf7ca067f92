import { describe, expect, it } from 'vitest';
import { ScrubjayError } from '../../src/index.js';
import { CliError, describeError, fsReason } from '../../src/cli/cli-error.js';
import { EXIT } from '../../src/cli/exit-codes.js';

describe('describeError', () => {
  it('a CliError keeps its code and message; details are indented', () => {
    expect(describeError(new CliError('x.json: cannot read (is a directory)', EXIT.usage, ['- a', '- b']))).toEqual({
      exitCode: EXIT.usage,
      lines: ['scrubjay: x.json: cannot read (is a directory)', '  - a', '  - b'],
    });
  });

  it('a ScrubjayError is a usage error listing its problems in CLI terms', () => {
    const error = new ScrubjayError('UNKNOWN_RULE', 'Unknown rules or packs in options.rules:', [
      { rule: 'nope', problem: 'unknown rule or pack (in options.rules)' },
    ]);
    expect(describeError(error)).toEqual({ exitCode: EXIT.usage, lines: ['scrubjay: invalid --rules', '  - nope: unknown rule or pack (in --rules)'] });
    const invalid = new ScrubjayError('INVALID_RULES', '1 problem(s) in the rules:', [{ rule: 'r1', problem: 'pattern does not compile' }]);
    expect(describeError(invalid).lines).toEqual(['scrubjay: 1 problem(s) in the rules', '  - r1: pattern does not compile']);
  });

  it('anything else is internal (3): the error name only, never its message or stack', () => {
    const error = new TypeError('cannot read "sk_live_FAKE" of undefined');
    const report = describeError(error);
    expect(report.exitCode).toBe(EXIT.internal);
    expect(report.lines).toEqual(['scrubjay: internal error (TypeError); please report it (set SCRUBJAY_DEBUG=1 for details)']);
    expect(describeError('boom').lines[0]).toContain('internal error (string)');
  });

  it('with debug, the stack follows', () => {
    const report = describeError(new RangeError('r'), true);
    expect(report.lines[1]).toMatch(/^RangeError: r\n\s+at /);
  });
});

describe('fsReason', () => {
  it.each([
    [{ code: 'ENOENT' }, 'no such file or directory'],
    [{ code: 'EACCES' }, 'permission denied'],
    [{ code: 'EWEIRD' }, 'EWEIRD'],
    [new Error('no code'), 'unknown error'],
    [null, 'unknown error'],
  ])('%j → %s', (error, reason) => {
    expect(fsReason(error)).toBe(reason);
  });
});
