import type { AnyNode, ExpressionStatement } from 'acorn';
import { describe, expect, it } from 'vitest';
import { parseConfigSource } from '../../../src/config/extract/parse-config-source.js';
import { isTypeDeclaration, isTypeOnly, isWrapper, unwrapExpression } from '../../../src/config/extract/typescript-nodes.js';

function statements(source: string): AnyNode[] {
  const parsed = parseConfigSource(source, { typescript: true, sourceType: 'module' });
  if (!parsed.ok) throw new Error('test source does not parse');
  return parsed.program.body;
}

const expressionOf = (source: string) => (statements(`(${source});`)[0] as ExpressionStatement).expression;

describe('isWrapper / unwrapExpression', () => {
  it.each([
    ['x as T', 'TSAsExpression'],
    ['x as const', 'TSAsExpression'],
    ['x satisfies T', 'TSSatisfiesExpression'],
    ['x!', 'TSNonNullExpression'],
    ['<T>x', 'TSTypeAssertion'],
    ['f<T>', 'TSInstantiationExpression'],
  ])('%s is a %s around x', (source, type) => {
    const node = expressionOf(source);
    expect(node.type).toBe(type);
    expect(isWrapper(node)).toBe(true);
    expect(unwrapExpression(node)).toMatchObject({ type: 'Identifier' });
  });

  it('unwraps nested wrappers, and leaves other nodes as they are', () => {
    expect(unwrapExpression(expressionOf('(<A>(x as B)!) satisfies C'))).toMatchObject({ type: 'Identifier', name: 'x' });
    const call = expressionOf('f<T>(x as A)');
    expect(isWrapper(call)).toBe(false);
    expect(unwrapExpression(call)).toBe(call);
  });
});

describe('isTypeOnly / isTypeDeclaration', () => {
  it('tells type-only imports and exports from value ones', () => {
    const [typeImport, mixed, typeExport, valueExport] = statements("import type { A } from 'a';\nimport { type B, c } from 'b';\nexport type { A };\nexport { c, type B };") as unknown as Array<{
      specifiers: object[];
    }>;
    expect(isTypeOnly(typeImport as object)).toBe(true);
    expect(isTypeOnly(mixed as object)).toBe(false);
    expect(mixed?.specifiers.map(isTypeOnly)).toEqual([true, false]);
    expect(isTypeOnly(typeExport as object)).toBe(true);
    expect(valueExport?.specifiers.map(isTypeOnly)).toEqual([false, true]);
  });

  it.each([
    ['export default interface I {}', true],
    ['export default function f(): void;', true],
    ['export default function f() {}', false],
    ['export default class {}', false],
    ['export default {} as T;', false],
  ])('%s: a type declaration %s', (source, expected) => {
    const statement = statements(source)[0] as { declaration: AnyNode };
    expect(isTypeDeclaration(statement.declaration)).toBe(expected);
  });
});
