/** The code validator and rules/config-schemas/config-schema.schema.json agree, on the bundled schemas and on broken ones. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ScrubjayError } from '../../src/scrubjay-error.js';
import { findSchemaProblems, validateConfigSchema } from '../../src/config/validate-schema.js';

const DIR = join(import.meta.dirname, '..', '..', 'rules', 'config-schemas');
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(DIR, 'config-schema.schema.json'), 'utf8')) as object);
const wrap = (root: unknown) => ({ name: 'test', root });

describe('valid schemas', () => {
  it.each([
    wrap({ kind: 'defined' }),
    wrap({ kind: 'enum', values: ['a', 1, true, null], property: 'type' }),
    wrap({ kind: 'number', buckets: [1, 10, 100] }),
    wrap({ kind: 'keys', key: { kind: 'package', policy: 'public' }, values: { kind: 'version' } }),
    wrap({ kind: 'keys', key: { kind: 'enum', values: ['svg'] } }),
    wrap({ kind: 'array', items: { kind: 'package', allow: ['@astrojs/*'] }, flatten: true }),
    wrap({ kind: 'union', of: [{ kind: 'boolean' }, { kind: 'object', properties: { a: { kind: 'count' } } }] }),
    wrap({ kind: 'call', package: { kind: 'package', allow: ['astro'] }, exports: ['envField.string'], args: [{ kind: 'type' }] }),
    { $schema: './config-schema.schema.json', name: 'x-y', description: 'd', files: ['x.config.js'], root: { kind: 'type' } },
  ])('%j', (schema) => {
    expect(findSchemaProblems(schema)).toEqual([]);
    expect(validate(schema)).toBe(true);
    expect(validateConfigSchema(schema)).toBe(schema);
  });
});

describe('invalid schemas', () => {
  it.each([
    ['no kind', wrap({}), '#/root'],
    ['unknown kind', wrap({ kind: 'regex' }), '#/root'],
    ['enum values of objects', wrap({ kind: 'enum', values: [{}] }), '#/root'],
    ['unknown policy', wrap({ kind: 'package', policy: 'everything' }), '#/root'],
    ['keys with an object key', wrap({ kind: 'keys', key: { kind: 'object', properties: {} } }), '#/root/key'],
    ['array without items', wrap({ kind: 'array' }), '#/root/items'],
    ['empty union', wrap({ kind: 'union', of: [] }), '#/root'],
    ['unknown field', wrap({ kind: 'boolean', values: [] }), '#/root'],
    ['nested problem', wrap({ kind: 'object', properties: { a: { kind: 'object', properties: { b: { kind: 'x' } } } } }), '#/root/properties/a/properties/b'],
    ['bad name', { name: 'Astro Config', root: { kind: 'type' } }, '#/name'],
    ['unknown top-level field', { name: 'a', root: { kind: 'type' }, extra: 1 }, '#/extra'],
  ])('%s', (_label, schema, where) => {
    const problems = findSchemaProblems(schema);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.rule.slice(p.rule.indexOf('#')))).toContain(where);
    expect(validate(schema)).toBe(false);
    expect(() => validateConfigSchema(schema)).toThrow(ScrubjayError);
  });

  it('only the code checks that buckets ascend (JSON Schema cannot)', () => {
    const schema = wrap({ kind: 'number', buckets: [10, 1] });
    expect(findSchemaProblems(schema)).toEqual([{ rule: 'test#/root', problem: '"buckets" must be a non-empty list of ascending numbers' }]);
    expect(validate(schema)).toBe(true);
  });

  it('reports a non-object schema', () => {
    expect(findSchemaProblems('astro')).toEqual([{ rule: '<schema>', problem: 'a schema is an object { name, root }' }]);
  });
});
