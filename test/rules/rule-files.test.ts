/** Every rules/*.json file validates against its JSON Schema, and the code validator agrees with the schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateRules } from '../../src/rules/validate-rules.js';
import { builtinRulePacks } from '../../src/rules/builtin-rules.js';
import { validators } from '../../src/validators/index.js';
import { detectorFactories } from '../../src/detectors/registry.js';

const RULES_DIR = join(import.meta.dirname, '..', '..', 'rules');
const readJson = (name: string) => JSON.parse(readFileSync(join(RULES_DIR, name), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
const validatePack = ajv.compile(readJson('rule-pack.schema.json'));
const validateIndex = ajv.compile(readJson('packs.schema.json'));
const names = { validators: new Set(Object.keys(validators)), detectors: new Set(Object.keys(detectorFactories)) };
const schemaFiles = new Set(['packs.json', 'messages.json']);
const packFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && !schemaFiles.has(f));

describe('rule pack files', () => {
  it.each(packFiles)('%s validates against rule-pack.schema.json', (file) => {
    const ok = validatePack(readJson(file));
    expect(validatePack.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(packFiles)('%s is listed in the built-in index under its own name', (file) => {
    const pack = readJson(file);
    expect(`${pack.name}.json`).toBe(file);
    expect(builtinRulePacks.map((p) => p.name)).toContain(pack.name);
  });

  it('packs.json validates against packs.schema.json', () => {
    expect(validateIndex(readJson('packs.json'))).toBe(true);
  });

  it('the built-in rules pass the code validator', () => {
    expect(validateRules(builtinRulePacks.map((p) => ({ origin: p.name, rules: p.rules })), names)).toEqual([]);
  });
});

describe('the code validator agrees with the JSON Schema', () => {
  const base = { id: 'ok-rule', type: 'secret', pattern: 'abc', source: 'test' };
  it.each([
    ['a valid rule', base, true],
    ['a bad id', { ...base, id: 'Bad_Id' }, false],
    ['a bad type', { ...base, type: 'Secret' }, false],
    ['a bad detail', { ...base, detail: 'a b' }, false],
    ['g in flags', { ...base, flags: 'g' }, false],
    ['upper-case keyword', { ...base, keywords: ['ABC'] }, false],
    ['missing source', { id: 'x', type: 'secret', pattern: 'abc' }, false],
    ['unknown field', { ...base, colour: 'red' }, false],
    ['a negative group', { ...base, group: -1 }, false],
    ['priority out of range', { ...base, priority: 5000 }, false],
    ['a detector rule', { id: 'd', kind: 'detector', detector: 'url', type: 'url', source: 'test' }, true],
    ['a detector rule without detector', { id: 'd', kind: 'detector', type: 'url', source: 'test' }, false],
  ])('%s', (_name, rule, valid) => {
    const bySchema = validatePack({ name: 'p', rules: [rule] });
    const byCode = validateRules([{ origin: 'p', rules: [rule] }], names).length === 0;
    expect(bySchema).toBe(valid);
    expect(byCode).toBe(valid);
  });
});

describe('schema and code validator agree on edge cases', () => {
  const base = { id: 'ok-rule', type: 'secret', pattern: 'abc', source: 'test' };
  it.each([
    ['empty keywords', { ...base, keywords: [] }],
    ['duplicate flags', { ...base, flags: 'ii' }],
  ])('%s are refused by both', (_name, rule) => {
    expect(validatePack({ name: 'p', rules: [rule] })).toBe(false);
    expect(validateRules([{ origin: 'p', rules: [rule] }], names)).not.toEqual([]);
  });
});
