/**
 * TypeScript nodes (from `@sveltejs/acorn-typescript`) as static evaluation sees them: wrappers whose
 * value is their inner expression, and type-only imports, exports and declarations, which have no value.
 */
import type { AnyNode } from 'acorn';

// `x as T`, `x as const`, `x satisfies T`, `x!`, `<T>x`, `f<T>` (an instantiation expression).
const WRAPPERS = new Set([
  'ParenthesizedExpression',
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
]);

/** Whether the node is a wrapper (parentheses or a type wrapper) whose value is its `expression`. */
export function isWrapper(node: AnyNode): boolean {
  return WRAPPERS.has(node.type);
}

/** The expression inside any number of wrappers: `(x as A)!` → `x`. */
export function unwrapExpression(node: AnyNode): AnyNode {
  let n = node;
  for (let i = 0; i < 32 && WRAPPERS.has(n.type); i++) n = (n as unknown as { expression: AnyNode }).expression;
  return n;
}

/** `import type …`, `import { type A }`, `export type { … }`, `export { type A as default }`. */
export function isTypeOnly(node: object): boolean {
  const n = node as { importKind?: unknown; exportKind?: unknown };
  return n.importKind === 'type' || n.exportKind === 'type';
}

/** A default export that declares only a type (`export default interface X {}`) or an overload signature. */
export function isTypeDeclaration(node: AnyNode): boolean {
  const type: string = node.type;
  return type === 'TSInterfaceDeclaration' || type === 'TSDeclareFunction' || type === 'TSTypeAliasDeclaration';
}
