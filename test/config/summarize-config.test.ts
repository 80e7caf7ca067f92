import { describe, expect, it } from 'vitest';
import { ScrubjayError } from '../../src/scrubjay-error.js';
import { defineConfigSchema } from '../../src/config/schema-types.js';
import { createConfigSummarizer, summarizeConfig } from '../../src/config/summarize-config.js';

const schema = defineConfigSchema({
  name: 'mini',
  root: {
    kind: 'object',
    properties: {
      output: { kind: 'enum', values: ['static', 'server'] },
      integrations: { kind: 'array', items: { kind: 'package', allow: ['@astrojs/*'] }, flatten: true },
    },
  },
});

describe('summarizeConfig', () => {
  it('summarizes by the schema', () => {
    expect(summarizeConfig({ output: 'server', integrations: [{ name: '@astrojs/mdx' }, { name: 'acme' }], site: 'https://acme.dev' }, schema)).toEqual({
      output: 'server',
      integrations: ['@astrojs/mdx', '<package>'],
      '<unknown-keys>': 1,
    });
  });

  it('falls back to structure only without a schema', () => {
    expect(summarizeConfig({ output: 'server' })).toEqual({ output: '<string>' });
  });

  it('passes options to the package policy', () => {
    expect(summarizeConfig({ integrations: [{ name: 'acme' }] }, schema, { allowPackages: ['acme'] })).toEqual({ integrations: ['acme'] });
  });

  it('refuses an invalid schema with every problem', () => {
    const bad = { name: 'Bad Name', root: { kind: 'object', properties: { a: { kind: 'nope' } } } };
    try {
      summarizeConfig({}, bad as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScrubjayError);
      expect((error as ScrubjayError).code).toBe('INVALID_OPTIONS');
      expect((error as ScrubjayError).problems.map((p) => p.rule)).toEqual(['Bad Name#/name', 'Bad Name#/root/properties/a']);
    }
  });

  it('refuses invalid limits', () => {
    expect(() => summarizeConfig({}, schema, { maxDepth: 0 })).toThrow(ScrubjayError);
  });

  it('returns plain JSON and does not mutate the input', () => {
    const config = { output: 'server', integrations: [[{ name: '@astrojs/mdx' }]] };
    const copy = structuredClone(config);
    const summary = summarizeConfig(config, schema);
    expect(config).toEqual(copy);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe('createConfigSummarizer', () => {
  it('validates once and summarizes many configs', () => {
    const summarize = createConfigSummarizer(schema);
    expect(summarize({ output: 'static' })).toEqual({ output: 'static' });
    expect(summarize({ output: 'acme' })).toEqual({ output: '<other>' });
  });
});
