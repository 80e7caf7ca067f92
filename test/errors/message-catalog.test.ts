import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../rules/messages.schema.json';
import { matchTemplate } from '../../src/errors/match-template.js';
import { builtinTemplates, messageCatalog } from '../../src/errors/message-catalog.js';

describe('rules/messages.json', () => {
  it('follows its JSON Schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(messageCatalog), JSON.stringify(validate.errors)).toBe(true);
  });

  it('compiles, with at least 80 templates', () => {
    expect(builtinTemplates().length).toBeGreaterThanOrEqual(80);
  });

  const examples = messageCatalog.templates.flatMap((t) => t.examples.map((example) => [t.id, example] as const));
  it.each(examples)('%s matches its example %j first', (id, example) => {
    const match = matchTemplate(builtinTemplates(), example, 0, { multiline: true });
    expect(match?.id).toBe(id);
    expect(match?.end).toBe(example.length);
  });

  it('runs in linear time on long adversarial lines', () => {
    const inputs = [
      'a'.repeat(50_000),
      "'".repeat(50_000),
      ' '.repeat(50_000) + 'x',
      '('.repeat(50_000),
      'ENOENT: no such file or directory, rename \'' + "' -> '".repeat(10_000),
      "Unexpected token 'x', \"" + '"'.repeat(50_000),
      '/a'.repeat(25_000) + ':',
      'x.'.repeat(25_000) + ' is not a functio',
      '1:'.repeat(25_000),
    ];
    const started = performance.now();
    for (const input of inputs) matchTemplate(builtinTemplates(), input, 0, { multiline: true });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
