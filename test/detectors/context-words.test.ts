import { describe, expect, it } from 'vitest';
import { ContextWords } from '../../src/detectors/context-words.js';
import type { ContextConfig } from '../../src/detectors/context-words.js';
import generic from '../../rules/generic.json';

const context = new ContextWords(generic.rules[0]!.options as unknown as ContextConfig);
const TOKEN = 'TOKEN';

/** Whether the context before `TOKEN` (and after it) names a secret. */
const names = (line: string): boolean => {
  const at = line.indexOf(TOKEN);
  return context.before(line, at) || context.after(line, at + TOKEN.length);
};

describe('ContextWords', () => {
  it.each([
    'my api key is TOKEN',
    'auth token rejected: TOKEN',
    'export STRIPE_SECRET TOKEN',
    'Authorization failed for key TOKEN',
    'password was TOKEN',
    'using apiKey TOKEN',
    'GITHUB_AUTHTOKEN TOKEN',
    'the credentials: TOKEN',
    'session id TOKEN',
    'password hash TOKEN',
    '{"name":"deploy key","value":"TOKEN"}',
    'process.env.CLIENT_SECRET TOKEN',
    'TOKEN (api key)',
    'rotated TOKEN  (deploy keys) today',
  ])('%s: a secret', (line) => {
    expect(names(line)).toBe(true);
  });

  it.each([
    ['a nearer commit', 'token refresh at commit TOKEN'],
    ['a nearer digest word', 'api key sha256 TOKEN'],
    ['a cache key', 'token cache key TOKEN'],
    ['a public key', 'deploy public key TOKEN'],
    ['a key id', 'signing key id TOKEN'],
    ['a request id', 'token for request id TOKEN'],
    ['a word ending in key', 'keyboard TOKEN'],
    ['a name whose last word is not sensitive', 'tokenCount TOKEN'],
    ['too many names between', 'token was issued to tenant group alpha TOKEN'],
    ['too far', 'token                                                 TOKEN'],
    ['another line', 'api key\nTOKEN'],
    ['another sentence', 'Invalid token. Request TOKEN'],
    ['a placeholder in between', 'token <redacted> TOKEN'],
    ['parentheses that name something else', 'TOKEN (commit)'],
    ['no sensitive word', 'request finished TOKEN'],
  ])('%s: not a secret (%s)', (_why, line) => {
    expect(names(line)).toBe(false);
  });

  it('has a prefilter keyword inside every sensitive phrase and suffix, and no redundant one', () => {
    const { phrases, suffixes } = generic.rules[0]!.options;
    const { keywords } = context;
    for (const p of [...phrases, ...phrases.map((x) => x.replace(/ /g, '')), ...suffixes]) expect(keywords.some((k) => p.includes(k)), p).toBe(true);
    expect(keywords.filter((k) => keywords.some((o) => o !== k && k.includes(o)))).toEqual([]);
    expect(keywords.every((k) => k === k.toLowerCase() && k.length >= 2)).toBe(true);
  });
});
