import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { ScrubjayError } from '../../src/scrubjay-error.js';
import generic from '../../rules/generic.json';
import { BENIGN_WORDS } from '../arbitraries.js';
import { ALPHABETS, randomToken, seededRandom } from './random-tokens.js';
import type { AlphabetKey } from './random-tokens.js';

const alone = createScrubber({ rules: ['generic-secret'], context: {} });
const recommended = createScrubber({ context: {} });
const scrub = (text: string): string => alone.scrubText(text).text;

describe('generic-secret', () => {
  it.each([
    ['a sentence', 'my api key is 8sD4L53KWX8VFm2X1NqMbu9I', 'my api key is <secret:generic>'],
    ['a log line', 'WARN auth token rejected: a5b019acf507f579310cb5041d5da06a', 'WARN auth token rejected: <secret:generic>'],
    ['an env name without =', 'export STRIPE_SECRET xrzIUZCvFLez2KTf-2iKZ3okK4M4dIg6_kI1WfAtWGu', 'export STRIPE_SECRET <secret:generic>'],
    ['key as a word', 'Authorization failed for key 4e58342d8d732a1bdbaf284ff7556ce6e48ae649', 'Authorization failed for key <secret:generic>'],
    ['a verb in between', 'password was Tq9vLm3XkP7wZr2NcF6h', 'password was <secret:generic>'],
    ['base64 with padding', 'signing secret Qlx2pN4WAKGBV3p6hV+IotS29tMxSDf/tRRsr8YGmnE= rejected', 'signing secret <secret:generic> rejected'],
    ['a named token after it', 'rotated urDEXxkNaxr24gwJBURBNBEnDqGy (deploy key)', 'rotated <secret:generic> (deploy key)'],
    ['a sibling string in JSON text', '{"name":"deploy key","value":"WLYLbr8aLb7NgNqKiOyrXNUIkOrB4Y"}', '{"name":"deploy key","value":"<secret:generic>"}'],
    ['a one-case token', 'session gzk0rzwcyhhkx9zd0pa6ftjq expired', 'session <secret:generic> expired'],
    ['a dotted token', 'token ya29.a0Xk3pQ9vL2mN7bR4tW8yZ1cF6hJ5 refused', 'token <secret:generic> refused'],
    ['the end of a sentence', 'Your token is 8sD4L53KWX8VFm2X1NqMbu9I.', 'Your token is <secret:generic>.'],
    ['two tokens', 'api key 8sD4L53KWX8VFm2X1NqMbu9I w9rrqTF1XW4uvOB5iHJeOzvlA5FteqZp', 'api key <secret:generic> <secret:generic>'],
  ])('redacts %s', (_why, input, output) => {
    const r = alone.scrubText(input);
    expect(r.text).toBe(output);
    expect(r.findings.every((f) => f.ruleId === 'generic-secret' && f.type === 'secret' && f.detail === 'generic')).toBe(true);
  });

  it.each([
    ['no sensitive word', 'request 8sD4L53KWX8VFm2X1NqMbu9I finished'],
    ['a git SHA after commit', 'token refresh at commit 3f3da5f0c9d2e8b7a6f5e4d3c2b1a09f8e7d6c5b'],
    ['a UUID', 'api key for request 8f14e45f-ceea-467a-9d8e-5f3a0e1c2b7d'],
    ['an SRI hash', 'token integrity sha512-Rq3vXm8pKz2WbN7tLc5YhA9sDf4GjE1uQo6iVr0xTn+MwZ/kJlBe2aUyHgPcIs3dOv7RtFqL1nW5zX8bKmY4eA=='],
    ['a data: URI', 'token icon data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAK0lEQVR4nGNgGAWjYBSMglEw'],
    ['minified code', 't.token=e.a;var n=t.getAccessTokenSilently2,r="sessionStorageTokenKey";'],
    ['a name', 'password_reset_token_expired'],
    ['an error class', 'Invalid token: TokenExpiredError'],
    ['a path', 'secret stored under /var/lib/app/w9rrqTF1XW4uvOB5iHJeOzvlA5FteqZp'],
    ['a relative path', 'secret stored under src/secrets/w9rrqTF1XW4uvOB5iHJeOzvlA5FteqZp'],
    ['a hashed file name', 'token bundle main.5d41402abc4b2a76b9719d911017c592.js'],
    ['a host name', 'token host 3c9e7a1f5b2d4e6a8c0b.tunnel.example.io'],
    ['an e-mail address', 'token sent to w9rrqTF1XW4uvOB5iHJeOzvlA5FteqZp@example.com'],
    ['a version', 'token library 2.14.0-beta.3+build.20240601'],
    ['a CSS colour', 'key colour #a3f9c2'],
    ['a cache key', 'token cache key 5d41402abc4b2a76b9719d911017c592'],
    ['a placeholder value', 'api key YOUR_API_KEY_HERE'],
    ['a counting pattern', 'secret 0123456789abcdef0123456789abcdef'],
    ['a variable', 'token ${GITHUB_TOKEN}'],
    ['a placeholder before it', 'token <secret:github-token> 8sD4L53KWX8VFm2X1NqMbu9I'],
  ])('leaves %s', (_why, input) => {
    expect(alone.scrubText(input)).toEqual({ text: input, findings: [] });
  });

  it('loses to specific formats and to sensitive keys on the same span', () => {
    expect(recommended.scrubText('password=8sD4L53KWX8VFm2X1NqMbu9I').text).toBe('password=<redacted>');
    expect(recommended.scrubText('rejected Bearer p_RYnCxGxxiLkXnh2IdRk4S79A7Y8Uu3 token').text).toBe('rejected Bearer <secret:bearer-token> token');
    expect(recommended.scrubText('my api key is 8sD4L53KWX8VFm2X1NqMbu9I').text).toBe('my api key is <secret:generic>');
  });

  it('is idempotent: a redacted token gives no context to a second pass', () => {
    for (const input of ['token 8sD4L53KWX8VFm2X1NqMbu9I w9rrqTF1XW4uvOB5iHJeOzvlA5FteqZp', 'my api key is 8sD4L53KWX8VFm2X1NqMbu9I.']) {
      const once = recommended.scrubText(input).text;
      expect(recommended.scrubText(once)).toEqual({ text: once, findings: [] });
    }
  });

  it('refuses bad options, listing each', () => {
    const rule = { ...generic.rules[0]!, id: 'my-generic', options: { ...generic.rules[0]!.options, windowChars: 'far', phrases: [1] } };
    expect(() => createScrubber({ rules: [], extraRules: [rule as never] })).toThrow(ScrubjayError);
    expect(() => createScrubber({ rules: [], extraRules: [rule as never] })).toThrow(/"phrases" must be an array of strings[\s\S]*"windowChars" must be a non-negative number/);
  });
});

// ------------------------------------------------------------------ properties

/** Phrases that name a secret, as they come before a token; and a form that names it after. */
const CONTEXTS = ['my api key is ', 'auth token rejected: ', 'export STRIPE_SECRET ', 'password was ', 'Authorization failed for key ', 'using token ', 'session ', 'client secret: '];
/** Lengths at which a random token of the alphabet passes the shape tests all but never (see token-alphabet.test.ts). */
const SURE_LENGTHS: Record<AlphabetKey, [number, number]> = {
  hex: [40, 64],
  base36: [40, 64],
  base32: [80, 100],
  base62: [100, 128],
  base64: [100, 128],
  base64url: [100, 128],
};

const alphabet = fc.constantFrom(...(Object.keys(ALPHABETS) as AlphabetKey[]));
/** Uniformly random tokens (fast-check's own strings lean to repeated characters, which are not random). */
const tokenOf = (lengths: (a: AlphabetKey) => [number, number]) =>
  fc.record({ name: alphabet, seed: fc.integer(), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ name, seed, fraction }) => {
    const [min, max] = lengths(name);
    return randomToken(ALPHABETS[name], min + Math.floor(fraction * (max - min)), seededRandom(seed));
  });
const benignPrefix = fc.array(fc.constantFrom(...BENIGN_WORDS), { maxLength: 4 }).map((w) => (w.length ? w.join(' ') + ': ' : ''));
const benignSuffix = fc.constantFrom('', ' retrying', ', done', ' (cache miss)', '.', '\nnext line');

describe('generic-secret properties', () => {
  it('redacts a random token of every alphabet after a sensitive phrase', () => {
    fc.assert(
      fc.property(benignPrefix, fc.constantFrom(...CONTEXTS), tokenOf((a) => SURE_LENGTHS[a]), benignSuffix, (before, context, token, after) => {
        const { text, findings } = alone.scrubText(before + context + token + after);
        expect(text).toBe(before + context + '<secret:generic>' + after);
        expect(findings).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('redacts a random token named in parentheses after it', () => {
    fc.assert(
      fc.property(benignPrefix, tokenOf((a) => SURE_LENGTHS[a]), fc.constantFrom(' (api key)', ' (deploy token)', ' (client secret)'), (before, token, after) => {
        expect(scrub(before + token + after)).toBe(before + '<secret:generic>' + after);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves the same tokens, and shorter ones, alone without a sensitive phrase', () => {
    fc.assert(
      fc.property(benignPrefix, tokenOf((a) => [a === 'hex' ? 24 : 16, 128]), benignSuffix, (before, token, after) => {
        const input = before + token + after;
        expect(alone.scrubText(input)).toEqual({ text: input, findings: [] });
      }),
      { numRuns: 200 },
    );
  });

  // Next to a sensitive phrase, what must stay: git SHAs after `commit`, UUIDs, SRI hashes, data: URIs.
  it('leaves look-alikes next to a sensitive phrase', () => {
    const hex = (n: number) => tokenOf(() => [n, n + 1]).map((t) => t.replace(/[^0-9a-f]/g, '0'));
    const lookAlike = fc.oneof(
      fc.record({ sha: hex(40) }).map(({ sha }) => `token refresh at commit ${sha}`),
      fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((p) => `api key for request ${p.join('-')}`),
      tokenOf(() => [86, 87]).map((b) => `token integrity sha512-${b.replace(/[-_]/g, 'A')}==`),
      tokenOf(() => [64, 65]).map((b) => `token icon data:image/png;base64,iVBORw0KGgo${b.replace(/[-_]/g, 'A')}`),
    );
    fc.assert(
      fc.property(lookAlike, (input) => {
        expect(alone.scrubText(input)).toEqual({ text: input, findings: [] });
      }),
      { numRuns: 200 },
    );
  });
});
