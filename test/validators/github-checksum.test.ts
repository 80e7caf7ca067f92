import { describe, expect, it } from 'vitest';
import { isGithubChecksumValid } from '../../src/validators/github-checksum.js';

// Fake tokens made for these tests: random base62 bodies with a correct CRC-32 checksum.
describe('github-checksum', () => {
  it.each([
    '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',
    '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',
    'ghu_NLqjAquIbnFJvkmN2m3TI1l0j4XLJX0JEHD1',
    'ghs_G2UdM0YTxksiqivGJEnPAtxAyyak0w0SRl7C',
    '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',
  ])('accepts %s', (token) => {
    expect(isGithubChecksumValid(token)).toBe(true);
  });

  it.each([
    ['last character changed', 'ghp_DayO24Pj7Q6gGMU4Z0YLM7VEDK8OUV04ZUpb'],
    ['body character changed', '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'.replace('D', 'E')],
    ['checksum of another token', 'ghp_DayO24Pj7Q6gGMU4Z0YLM7VEDK8OUwryd8'],
    ['unknown prefix', 'ghx_DayO24Pj7Q6gGMU4Z0YLM7VEDK8OUV04ZUpa'],
    ['npm prefix', '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'],
    ['too short', 'ghp_DayO24Pj7Q6gGMU4Z0YLM7VEDK8OUV04ZUp'],
    ['too long', '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a'],
    ['not base62', 'ghp_DayO24Pj7Q6gGMU4Z0YLM7VEDK8OU-04ZUpa'],
    ['docs-style example', 'ghp_A1bC2dE3fH4iJ5kL6mN7oP8qR9sT0uV1wX2y'],
    ['empty', ''],
  ])('rejects %s', (_why, token) => {
    expect(isGithubChecksumValid(token)).toBe(false);
  });
});
