/**
 * Finds the expression a config module exports: `export default …`, `export { x as default }`,
 * `module.exports = …` / `exports.default = …` / TypeScript's `export = …`, unwrapping `defineConfig(…)`-style helpers, top-level
 * constants (`const config = {…}; export default config`) and config functions
 * (`defineConfig(({ mode }) => ({…}))`: the returned object, with the parameters `<dynamic>`).
 */
import type { AnyNode, Expression, Program, Statement } from 'acorn';
import type { StaticScope } from './static-scope.js';
import { isTypeDeclaration, isTypeOnly, isWrapper, unwrapExpression } from './typescript-nodes.js';

export type ConfigExportKind = 'export-default' | 'module-exports' | 'none';

export interface FoundConfig {
  kind: ConfigExportKind;
  /** The expression to evaluate; undefined when there is no export or it is code (a class, say). */
  expression?: AnyNode;
}

// defineConfig, defineNuxtConfig, defineAstroConfig …: identity helpers for typing.
const DEFINE_HELPER = /^define(?:[A-Z0-9_$][A-Za-z0-9_$]*)?$/;

function isModuleExports(node: AnyNode): boolean {
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return false;
  const o = node.object;
  if (o.type === 'Identifier' && o.name === 'module' && node.property.name === 'exports') return true;
  return o.type === 'Identifier' && o.name === 'exports' && node.property.name === 'default';
}

function calleeName(callee: AnyNode): string | undefined {
  const node = unwrapExpression(callee);
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') return node.property.name;
  return undefined;
}

/** The value a config function returns: an arrow's expression body, or its last top-level `return`. */
function returned(fn: AnyNode): AnyNode | undefined {
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') return undefined;
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const statements: Statement[] = fn.body.body;
  for (let i = statements.length - 1; i >= 0; i--) {
    const s = statements[i];
    if (s?.type === 'ReturnStatement') return s.argument ?? undefined;
  }
  return undefined;
}

/** Follows constants, `define*()` helpers, TypeScript wrappers and config functions to the config expression. */
export function unwrapConfig(node: AnyNode, scope: StaticScope, seen: Set<string> = new Set()): AnyNode | undefined {
  for (let i = 0; i < 32; i++) {
    if (isWrapper(node)) {
      node = (node as unknown as { expression: AnyNode }).expression;
    } else if (node.type === 'Identifier' && scope.bindings.has(node.name) && !seen.has(node.name)) {
      seen.add(node.name);
      node = scope.bindings.get(node.name) as Expression;
    } else if (node.type === 'CallExpression' && DEFINE_HELPER.test(calleeName(node.callee) ?? '') && node.arguments.length === 1) {
      const arg = node.arguments[0];
      if (!arg || arg.type === 'SpreadElement') return node;
      node = arg;
    } else if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') {
      const r = returned(node);
      if (!r) return undefined;
      node = r;
    } else {
      return node;
    }
  }
  return node;
}

function exportedDefault(program: Program): FoundConfig {
  let found: FoundConfig = { kind: 'none' };
  for (const s of program.body) {
    if (s.type === 'ExportDefaultDeclaration') {
      const d = s.declaration;
      if (isTypeDeclaration(d)) continue;
      found = { kind: 'export-default', ...(d.type === 'ClassDeclaration' ? {} : { expression: d }) };
    } else if (s.type === 'ExportNamedDeclaration' && !s.source && !isTypeOnly(s)) {
      for (const spec of s.specifiers) {
        if (isTypeOnly(spec)) continue;
        const exported = spec.exported.type === 'Identifier' ? spec.exported.name : spec.exported.value;
        if (exported === 'default') found = { kind: 'export-default', expression: spec.local };
      }
    } else if (s.type === 'ExpressionStatement' && s.expression.type === 'AssignmentExpression' && s.expression.operator === '=' && isModuleExports(s.expression.left)) {
      found = { kind: 'module-exports', expression: s.expression.right };
    } else if ((s.type as string) === 'TSExportAssignment') {
      found = { kind: 'module-exports', expression: (s as unknown as { expression: AnyNode }).expression };
    }
  }
  return found;
}

export function findConfigExport(program: Program, scope: StaticScope): FoundConfig {
  const found = exportedDefault(program);
  if (!found.expression) return found;
  const expression = unwrapConfig(found.expression, scope);
  return expression ? { kind: found.kind, expression } : { kind: found.kind };
}
