import { describe, expect, it } from 'vitest';
import { bundledConfigSchemas } from '../../src/config/bundled-schemas.js';
import { scrubConfigIssues } from '../../src/config/scrub-config-issues.js';

const astro = bundledConfigSchemas.astro;
const pkg = bundledConfigSchemas['package-json'];

describe('scrubConfigIssues', () => {
  it.each([
    ['a named option', ['output'], ['output']],
    ['a nested option', ['markdown', 'syntaxHighlight'], ['markdown', 'syntaxHighlight']],
    ['an env variable name', ['env', 'schema', 'STRIPE_SECRET_KEY', 'access'], ['env', 'schema', '<key>', 'access']],
    ['a redirect path', ['redirects', '/clients/acme/board-deck', 'status'], ['redirects', '<key>', 'status']],
    ['an array index', ['integrations', 2, 'name'], ['integrations', 2, '<key>']],
    ['an unknown option', ['acmeSecretOption', 'nested'], ['<key>', '<key>']],
    ['a listed experimental flag', ['experimental', 'svg'], ['experimental', 'svg']],
    ['an unlisted experimental flag', ['experimental', 'acmeFlag'], ['experimental', '<key>']],
    ['through a union', ['prefetch', 'defaultStrategy'], ['prefetch', 'defaultStrategy']],
    ['a symbol', [Symbol('x')], ['<key>']],
    ['a negative number', [-1], ['<key>']],
  ] as Array<[string, PropertyKey[], Array<string | number>]>)('%s', (_label, path, expected) => {
    expect(scrubConfigIssues([{ path, code: 'invalid_type', message: 'Expected string, received acme' }], astro)).toEqual([{ code: 'invalid_type', path: expected }]);
  });

  it('keeps registry dependency names of package.json paths through the package policy', () => {
    const issues = [
      { path: ['dependencies', 'react'], code: 'custom' },
      { path: ['dependencies', '@acme/private-ui'], code: 'custom' },
    ];
    expect(scrubConfigIssues(issues, pkg).map((i) => i.path)).toEqual([
      ['dependencies', 'react'],
      ['dependencies', '<package>'],
    ]);
  });

  it('drops messages unless scrubMessage is given, and odd codes', () => {
    const issues = [{ path: [], code: 'invalid enum: acme', message: "Invalid enum value, received 'acme-prod'" }];
    expect(scrubConfigIssues(issues, astro)).toEqual([{ code: 'unknown', path: [] }]);
    expect(scrubConfigIssues(issues, astro, { scrubMessage: () => 'Invalid enum value' })[0]?.message).toBe('Invalid enum value');
  });

  it('without a schema, every key is a placeholder', () => {
    expect(scrubConfigIssues([{ path: ['site', 0], code: 'x' }])).toEqual([{ code: 'x', path: ['<key>', 0] }]);
  });
});
