import { describe, expect, it } from 'vitest';
import { classifyAlphabet, createRandomnessTest, expectedEntropy } from '../../src/detectors/token-alphabet.js';
import type { RandomnessSettings } from '../../src/detectors/token-alphabet.js';
import { shannonEntropy } from '../../src/validators/entropy.js';
import generic from '../../rules/generic.json';
import { ALPHABETS, randomToken, seededRandom } from './random-tokens.js';

const options = generic.rules[0]!.options as unknown as RandomnessSettings;
const isRandom = createRandomnessTest(options);

describe('classifyAlphabet', () => {
  it.each([
    ['9f86d081884c7d659a2feaa0c55ad015', 'hex'],
    ['9F86D081884C7D659A2FEAA0C55AD015', 'hex'],
    ['gzk0rzwcyhhkx9zd0pa6ftjq', 'base36'],
    ['NEGHUO66ORZXW26QCVOB666AOUF3GLMO', 'base36'],
    ['8sD4L53KWX8VFm2X1NqMbu9I', 'base62'],
    ['9f86D081884c7d659a2feaa0c55ad015', 'base62'],
    ['Qlx2pN4WAKGBV3p6hV+IotS29tMxSDf/tRRsr8YGmnE', 'base64'],
    ['xrzIUZCvFLez2KTf-2iKZ3okK4M4dIg6_kI1WfAtWGu', 'base64'],
    ['1234567890123456', undefined],
    ['sha512-abc+def', undefined],
    ['abc.def', undefined],
    ['abc=def', undefined],
  ])('%s → %s', (piece, alphabet) => {
    expect(classifyAlphabet(piece)).toBe(alphabet);
  });
});

describe('expectedEntropy', () => {
  it('is exact for two characters: 1 bit unless both are the same symbol', () => {
    for (const k of [2, 16, 62]) expect(expectedEntropy(2, k)).toBeCloseTo(1 - 1 / k, 12);
  });

  it('approaches log2(k) − (k − 1) / (2n ln 2) for long strings', () => {
    for (const [n, k] of [[2000, 16], [4000, 64]] as const) {
      expect(expectedEntropy(n, k)).toBeCloseTo(Math.log2(k) - (k - 1) / (2 * n * Math.LN2), 3);
    }
  });

  it('matches the mean entropy of random strings (seeded sample)', () => {
    const next = seededRandom(7);
    for (const [name, n] of [['hex', 32], ['base62', 20], ['base64', 40]] as const) {
      let sum = 0;
      for (let i = 0; i < 2000; i++) sum += shannonEntropy(randomToken(ALPHABETS[name], n, next));
      expect(sum / 2000).toBeCloseTo(expectedEntropy(n, ALPHABETS[name].length), 1);
    }
  });
});

describe('the randomness test', () => {
  it.each([
    ['random hex (24)', '9c1b7e2f4a6d8c0e1f3a5b7d'],
    ['random base36 (16)', 'gzk0rzwcyhhkx9zd'],
    ['random base62 (20)', '8sD4L53KWX8VFm2X1NqM'],
    ['random base64 with + and /', 'Qlx2pN4WAKGBV3p6hV+IotS29tMxSDf/tRRsr8YGmnE'],
    ['random base64url with - and _', 'xrzIUZCvFLez2KTf-2iKZ3okK4M4dIg6_kI1WfAtWGu'],
  ])('accepts %s', (_why, piece) => {
    expect(isRandom(piece)).toBe(true);
  });

  it.each([
    ['hex below its minimum length', '9c1b7e2f4a6d8c0e1f3a'],
    ['base62 below its minimum length', '8sD4L53KWX8VFm2X1Nq'],
    ['a counting pattern', '0123456789abcdef0123456789abcdef'],
    ['a repeated pattern', 'test1234test1234test1234'],
    ['one repeated character', 'aaaaaaaaaaaaaaaaaaaaaaaa1'],
    ['hex letters without a digit', 'deadbeefcafebabefacadeaddedbead'],
    ['a number with a suffix', '18446744073709551615n'],
    ['a camelCase name with a digit', 'OAuth2ClientCredentials'],
    ['a camelCase name', 'getAccessTokenSilently'],
    ['an error class name', 'TokenExpiredError'],
    ['snake_case', 'password_reset_token_expired'],
    ['SCREAMING_CASE', 'PASSWORD_RESET_TOKEN_TTL'],
    ['a UUID', '8f14e45f-ceea-467a-9d8e-5f3a0e1c2b7d'],
    ['Capitalized words joined by _', 'Add_a_return_type_to_the_method_9034'],
    ['two base64 alphabets (an SRI hash)', 'sha512-Rq3vXm8pKz2WbN7tLc5YhA9+MwZ'],
    ['longer than maxLength', 'aB3'.repeat(400)],
  ])('rejects %s', (_why, piece) => {
    expect(isRandom(piece)).toBe(false);
  });

  // The recall the rule's source documents, on seeded samples (deterministic): what fraction of
  // uniformly random tokens of each alphabet and length the shape tests accept.
  it.each([
    ['hex', 24, 0.995],
    ['hex', 40, 0.999],
    ['base36', 16, 0.99],
    ['base36', 24, 0.998],
    ['base32', 16, 0.95],
    ['base32', 32, 0.995],
    ['base62', 20, 0.95],
    ['base62', 32, 0.985],
    ['base62', 64, 0.998],
    ['base64', 20, 0.95],
    ['base64', 40, 0.99],
    ['base64url', 32, 0.985],
  ] as const)('accepts random %s tokens of length %d at a rate ≥ %d', (name, n, rate) => {
    const next = seededRandom(n * 31 + name.length);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) if (isRandom(randomToken(ALPHABETS[name], n, next))) accepted++;
    expect(accepted / 3000).toBeGreaterThanOrEqual(rate);
  });
});
