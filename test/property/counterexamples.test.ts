/**
 * Counterexamples found by the property tests that are not one rule's fixture, minimized. Values are
 * fake. Those that belong to one rule are fixtures instead:
 * - fixtures/rules/file-path/ng.colon-separated-path-lists (a path right after `:`)
 * - fixtures/rules/url/ng.scp-remote-after-colon (a git remote right after `:`)
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';

describe('counterexamples: a path glued to a path placeholder', () => {
  // The path rule keeps a path right after `<home>`, `<project>`, `<tmp>` or `<path>` as "the rest of
  // an already scrubbed path". Text that never came out of the scrubber then leaks: a drive or UNC
  // path, a relative path, or an absolute path (the engine never writes `<home>/…` itself).
  const scrubber = createScrubber();

  it.each([
    ['a drive path after <home>', 'copied from <home>C:\\Users\\Odalys\\app\\index.js', 'Odalys'],
    ['a UNC path after <home>', 'copied from <home>\\\\fileshare-07\\finance\\q3.xlsx', 'fileshare-07'],
    ['a relative path after <path>', 'imported <path>./src/payroll-export.ts', 'payroll-export'],
    ['an absolute user path after <home>', 'see <home>/Users/odalys/.npmrc', 'odalys'],
  ])('%s: the planted value does not survive', (_name, input, planted) => {
    expect(scrubber.scrubText(input).text).not.toContain(planted);
    expect(JSON.stringify(scrubber.scrub({ message: input }).value)).not.toContain(planted);
  });
});

describe('counterexamples: idempotence', () => {
  // A key that is a known value becomes `<env:DEPLOY_TOKEN>`; on the next pass that key reads as a
  // sensitive key (its placeholder says TOKEN) and its value is redacted then, not the first time.
  it('a key replaced by a placeholder naming a sensitive word', () => {
    const scrubber = createScrubber({ context: { env: { DEPLOY_TOKEN: 'dpl_Q7vL2mX9kR4tW8zN3bY6' } } });
    const once = scrubber.scrub({ dpl_Q7vL2mX9kR4tW8zN3bY6: 'staging-eu' });
    expect(scrubber.scrub(once.value)).toEqual({ value: once.value, findings: [] });
  });

  // A Date under a sensitive key is rendered as its ISO string but not redacted; the next pass redacts it.
  it('a Date under a sensitive key', () => {
    const scrubber = createScrubber();
    const once = scrubber.scrub({ password: new Date(0) });
    expect(scrubber.scrub(once.value)).toEqual({ value: once.value, findings: [] });
  });
});

describe('counterexamples: the whole value of a sensitive key is redacted', () => {
  // An Error (or error-shaped object) under a sensitive key is rendered field by field without the
  // sensitive key's redaction: its message survives.
  it.each([
    ['an Error', () => ({ password: new Error('Hunter2Pass-error') })],
    ['an error-shaped object', () => ({ credentials: { name: 'Error', message: 'Hunter2Pass-error', stack: 'Error: x' } })],
  ])('%s under a sensitive key', (_name, make) => {
    expect(JSON.stringify(createScrubber().scrub(make()).value)).not.toContain('Hunter2Pass-error');
  });
});
