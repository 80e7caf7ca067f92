/**
 * Counterexamples found by the property tests that are not one rule's fixture, minimized, kept as
 * regressions. Values are fake. Those that belong to one rule are fixtures instead:
 * - fixtures/rules/file-path/ng.colon-separated-path-lists (a path right after `:`)
 * - fixtures/rules/url/ng.scp-remote-after-colon (a git remote right after `:`)
 * - fixtures/rules/mac-address/ng.next-to-colon (a dashed or dotted MAC address next to `:`)
 * - fixtures/rules/private-hostname/ng.percent-encoded (`%2F%2Fnpm.internal`: the match took `2F`)
 * - fixtures/rules/ipv6/ok.loopback-and-unspecified-other-forms (`0::1`, `0::` were redacted, `::1` not)
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';

describe('counterexamples: a path glued to a path placeholder', () => {
  // Found: the path rule kept any path right after `<home>`, `<project>`, `<tmp>` or `<path>` as "the
  // rest of an already scrubbed path", so text that never came out of the scrubber leaked: a drive or
  // UNC path, a relative path, an absolute path (the engine never writes `<home>/…` itself).
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
  // Sensitive keys are judged on the input key. A key scrubbed into something that reads as a
  // sensitive key (`<env:DEPLOY_TOKEN>`, `DATABASE_URL=<redacted>`, `X-Algolia-API-Key: <secret:…>`)
  // had its value redacted only on the next pass.
  it.each([
    ['a known value', { env: { DEPLOY_TOKEN: 'dpl_Q7vL2mX9kR4tW8zN3bY6' } }, 'dpl_Q7vL2mX9kR4tW8zN3bY6'],
    ['an assignment', {}, 'DATABASE_URL=postgres://app:Zr8pQ2xL9vT4@db.internal:5432/orders'],
  ])('a key holding %s, scrubbed into a sensitive-looking key', (_name, context, key) => {
    const scrubber = createScrubber({ context });
    const once = scrubber.scrub({ [key]: 'staging-eu' });
    expect(scrubber.scrub(once.value)).toEqual({ value: once.value, findings: [] });
  });

  // Found: the private host name rule matched `2Fnpm.internal` in the raw text, half of the `%2F`
  // escape: `%2F%<hostname>`; the next pass read `%2F%` as a path.
  it('a host name right after a percent escape', () => {
    const scrubber = createScrubber();
    const once = scrubber.scrubText('%2F%2Fnpm.internal');
    expect(scrubber.scrubText(once.text)).toEqual({ text: once.text, findings: [] });
  });

  // An IPv6 match (`fe80::b…`) loses to an overlapping host name (`build-7.corp`); what is left,
  // `fe80::`, is an address on its own and is redacted on the next pass.
  it('an IPv6 prefix glued to a host name', () => {
    const scrubber = createScrubber();
    const once = scrubber.scrubText('peer fe80::build-7.corp down');
    expect(scrubber.scrubText(once.text)).toEqual({ text: once.text, findings: [] });
  });

  // Found: a Date under a sensitive key was rendered as its ISO string, not redacted; the next pass redacted it.
  it('a Date under a sensitive key', () => {
    const scrubber = createScrubber();
    const once = scrubber.scrub({ password: new Date(0) });
    expect(scrubber.scrub(once.value)).toEqual({ value: once.value, findings: [] });
  });
});

describe('counterexamples: the whole value of a sensitive key is redacted', () => {
  // Found: an Error (or error-shaped object) under a sensitive key was rendered field by field without
  // the sensitive key's redaction: its message survived.
  it.each([
    ['an Error', () => ({ password: new Error('Hunter2Pass-error') })],
    ['an error-shaped object', () => ({ credentials: { name: 'Error', message: 'Hunter2Pass-error', stack: 'Error: x' } })],
  ])('%s under a sensitive key', (_name, make) => {
    expect(JSON.stringify(createScrubber().scrub(make()).value)).not.toContain('Hunter2Pass-error');
  });
});

describe('counterexamples: no planted value survives', () => {
  // Found: an email address followed by `:` was left to the git-remote (scp) syntax, whose user part
  // takes no `+`, so neither rule took `jane.doe+alerts@example.com:x`.
  it('an email address with a plus sign right before `:`', () => {
    const out = createScrubber().scrubText('notify jane.doe+alerts@example.com:x').text;
    expect(out).not.toContain('jane.doe+alerts');
    expect(out).not.toContain('alerts@example.com');
  });
});
