import { describe, expect, it } from 'vitest';
import { createErrorScrubber, scrubError } from '../../src/errors/error-scrubber.js';
import { scrubErrorWith } from '../../src/errors/scrub-error.js';
import { fakeContext } from './fake-context.js';

describe('scrubErrorWith', () => {
  it('returns name, code, message, frames, stack, cause, errors and own properties', () => {
    const error = Object.assign(new TypeError("Cannot read properties of undefined (reading 'SECRET-x')"), {
      code: 'ERR_X',
      cause: 'SECRET-cause',
      errors: ['SECRET-a'],
      detail: 'SECRET-detail',
    });
    error.stack = "TypeError: Cannot read properties of undefined (reading 'SECRET-x')\n    at charge (/srv/a.js:1:2)";
    const out = scrubErrorWith(fakeContext(), error);
    expect(out).toEqual({
      name: 'TypeError',
      code: 'ERR_X',
      message: "Cannot read properties of undefined (reading '<identifier>')",
      frames: [{ fn: '<identifier>', file: '<path>', line: 1, column: 2, kind: 'user' }],
      stack: "TypeError: Cannot read properties of undefined (reading '<identifier>')\n    at <identifier> (<path>:1:2)",
      cause: '<secret>',
      errors: ['<secret>'],
      detail: '<secret>',
    });
    expect(Object.keys(out).slice(0, 7)).toEqual(['name', 'code', 'message', 'frames', 'stack', 'cause', 'errors']);
  });

  it('scrubs error-shaped objects and leaves out what they lack', () => {
    expect(scrubErrorWith(fakeContext(), { name: 'Error', message: 'boom SECRET-1', stack: 'x' })).toEqual({
      name: 'Error',
      message: 'boom <secret>',
      frames: [],
      stack: 'x',
    });
  });

  it('renders structured properties: cmd, spawnargs, frame, lineText, and user values', () => {
    const error = Object.assign(new Error('x'), {
      cmd: 'git push https://x-access-token:SECRET-abc@github.com/a/b.git',
      spawnargs: ['-c', 'curl -H "Authorization: SECRET-t" https://api.acme.example'],
      frame: "1: const key = 'SECRET-abc';\n   ^",
      actual: { user: 'ana', tries: 3 },
      expected: 'marguerite',
      frames: 'an own property named like an output field',
    });
    const out = scrubErrorWith(fakeContext(), error);
    expect(out.cmd).toBe('git push <url>');
    expect(out.spawnargs).toEqual(['-c', 'curl -H <string> <url>']);
    expect(out.frame).toBe('1: const <identifier> = <string>;\n   ^');
    expect(out.actual).toEqual({ user: '<string>', tries: 3 });
    expect(out.expected).toBe('<string>');
    expect(out['frames#2']).toBe('an own property named like an output field');
  });

  it('a user value that starts like a URL keeps its scrubbed form only if a second pass would (fuzz seed 1473639514)', () => {
    const url = 'postgres://app:s3cr3t-pw@db.internal:5432/app';
    const scrubber = createErrorScrubber({ context: { env: { DATABASE_URL: url } } });
    const error = Object.assign(new Error('x'), { actual: `${url} \u0370 `, expected: 'https://billing.acme-corp.example/v1/invoices?token=abc123' });
    const once = scrubber.scrubError(error).value as unknown as { actual: string; expected: string };
    expect(once.actual).toBe('<string>');
    expect(once.expected).toMatch(/^https:\/\/<hostname>\//);
    expect(once.expected).not.toMatch(/acme|abc123|invoices/);
    const twice = scrubber.scrubError(Object.assign(new Error("x"), { actual: once.actual, expected: once.expected })).value as unknown as typeof once;
    expect(twice).toMatchObject({ actual: once.actual, expected: once.expected });
  });

  it('renders esbuild messages in errors by their structure', () => {
    const failure = Object.assign(new Error('Build failed with 1 error:\nsrc/a.ts:1:14: ERROR: Could not resolve "./SECRET-x"'), {
      errors: [{ id: '', location: { file: 'src/a.ts', line: 1, column: 14, lineText: "import x from './SECRET-x';" }, notes: [], text: 'Could not resolve "./SECRET-x"' }],
    });
    const out = scrubErrorWith(fakeContext(), failure);
    expect(out.message).toBe('Build failed with 1 error:\n<path>:1:14: ERROR: Could not resolve "<path>"');
    expect(out.errors).toEqual([
      { id: '', location: { file: '<path>', line: 1, column: 14, lineText: 'import <identifier> from <string>;' }, notes: [], text: 'Could not resolve "<path>"' },
    ]);
  });

  it('survives throwing getters', () => {
    const error = new Error('x');
    Object.defineProperty(error, 'bad', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(() => scrubErrorWith(fakeContext(), error)).not.toThrow();
  });
});

describe('createErrorScrubber (over the engine)', () => {
  const scrubber = createErrorScrubber({ context: { home: '/home/ana', cwd: '/home/ana/app', user: 'ana', env: { API_TOKEN: 'tok_5f2b8c1e9a7d4f3b' } } });

  it('scrubs causes and AggregateError errors recursively, and cycles once', () => {
    const root = new Error('token tok_5f2b8c1e9a7d4f3b rejected');
    const outer = new Error('Checkout failed', { cause: root });
    (root as Error & { cause?: unknown }).cause = outer;
    const aggregate = new AggregateError([outer, new Error("missing '/home/ana/app/x'")], 'All failed');
    const { value, findings } = scrubber.scrubError(aggregate);
    const json = JSON.stringify(value);
    expect(json).not.toContain('tok_5f2b8c1e9a7d4f3b');
    expect(json).not.toContain('/home/ana');
    expect(json).toContain('<circular>');
    expect((value.errors as { message: string }[])[1]?.message).toBe("missing '<project>'");
    expect(findings.some((f) => f.pointer === '/errors/0/cause/message' && f.type === 'env')).toBe(true);
  });

  it('reports findings with offsets into the original strings', () => {
    const error = new Error("ENOENT: no such file or directory, open '/home/ana/app/config.json'");
    const { findings } = scrubber.scrubError(error);
    const finding = findings.find((f) => f.pointer === '/message');
    expect(finding && error.message.slice(finding.start, finding.end)).toBe('/home/ana/app/config.json');
  });

  it('drops messages and stacks over the string limit instead of parsing them', () => {
    const small = createErrorScrubber({ limits: { maxStringLength: 50 } });
    const error = new Error(`long ${'x'.repeat(100)}`);
    const { value } = small.scrubError(error);
    expect(value.message).toBe('<dropped:too-long>');
    expect(value.stack).toBe('<dropped:too-long>');
  });

  it('reuses the compiled rules for the same options object', () => {
    const options = { context: { user: 'ana' } };
    expect(scrubError(new Error('hello ana'), options).message).toBe('hello <user>');
    expect(scrubError(new Error('hi ana'), options).message).toBe('hi <user>');
  });
});

describe('scrubErrorWith: JSON messages', () => {
  it('scrubs a message that is JSON key by key and writes it back as JSON (ZodError)', () => {
    const issues = [{ code: 'invalid_type', expected: 'number', received: 'string', path: ['billing', 'amount'], message: 'Expected number, received string', input: 'SECRET-x' }];
    const out = scrubErrorWith(fakeContext(), Object.assign(new Error(JSON.stringify(issues, null, 2)), { name: 'ZodError' }));
    expect(JSON.parse(out.message)).toEqual([{ ...issues[0], input: '<string>' }]);
  });

  it('leaves messages that only look like JSON to the message rules', () => {
    expect(scrubErrorWith(fakeContext(), new Error("[plugin:x] Unknown 'SECRET-y'")).message).toBe('[plugin:x] Unknown <string>');
  });
});
