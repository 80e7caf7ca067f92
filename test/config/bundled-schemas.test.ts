import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { bundledConfigSchemas, findBundledSchema } from '../../src/config/bundled-schemas.js';
import { findSchemaProblems } from '../../src/config/validate-schema.js';

const DIR = join(import.meta.dirname, '..', '..', 'rules', 'config-schemas');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(DIR, 'config-schema.schema.json'), 'utf8')) as object);

describe('rules/config-schemas', () => {
  it.each(files)('%s validates against config-schema.schema.json and the code validator', (file) => {
    const schema = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { name: string };
    expect(validate(schema)).toBe(true);
    expect(findSchemaProblems(schema)).toEqual([]);
    expect(`${schema.name}.json`).toBe(file);
  });

  it('every file is bundled, under its name', () => {
    expect(Object.keys(bundledConfigSchemas).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
  });
});

describe('findBundledSchema', () => {
  it.each([
    ['astro.config.mjs', 'astro'],
    ['/home/x/site/astro.config.ts', 'astro'],
    ['C:\\site\\vite.config.js', 'vite'],
    ['package.json', 'package-json'],
    ['.eslintrc.cjs', undefined],
    ['my-astro.config.mjs', undefined],
  ])('%s → %s', (file, name) => {
    expect(findBundledSchema(file)?.name).toBe(name);
  });
});
