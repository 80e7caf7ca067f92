/**
 * Static evaluation of config expressions: literals, arrays, objects, template literals without
 * expressions, unary minus and plus on numbers, references to top-level constants, and imported
 * factories (called → a factory-call marker, referenced → an import marker). TypeScript wrappers (`as`,
 * `as const`, `satisfies`, `!`, `<T>x`, `f<T>`) are their inner expression; types are never looked at.
 * Everything else — run-time values, local functions, operators, `process.env`, enum members — is
 * `<dynamic>`; functions are `<function>`.
 */
import type { AnyNode, Expression, ObjectExpression, Property, SpreadElement } from 'acorn';
import { DYNAMIC, FUNCTION, numbered } from '../config-placeholders.js';
import { createFactoryCall, createImportRef, isFactoryCall, isImportRef } from '../markers.js';
import type { ImportBinding, StaticScope } from './static-scope.js';
import { importSource, requiredSource } from './static-scope.js';
import { isWrapper, unwrapExpression } from './typescript-nodes.js';

export interface EvaluateContext {
  scope: StaticScope;
  /** Constants being evaluated (a constant that refers to itself is `<dynamic>`). */
  resolving: Set<string>;
  /** Expressions left as `<dynamic>` so far. */
  dynamic: number;
  /** Nodes still to visit; when spent, the rest is `<dynamic>`. */
  budget: number;
}

const MAX_DEPTH = 64;

export function createEvaluateContext(scope: StaticScope): EvaluateContext {
  return { scope, resolving: new Set(), dynamic: 0, budget: 50_000 };
}

function dynamic(ctx: EvaluateContext): string {
  ctx.dynamic++;
  return DYNAMIC;
}

/** The import a callee or member chain starts from, with its export path: `envField.string`, `default.config`. */
export function resolveImport(node: AnyNode, ctx: EvaluateContext): ImportBinding | undefined {
  const members: string[] = [];
  let n: AnyNode = unwrapExpression(node);
  while (n.type === 'MemberExpression') {
    const p = n.property;
    if (!n.computed && p.type === 'Identifier') members.unshift(p.name);
    else if (n.computed && p.type === 'Literal' && typeof p.value === 'string') members.unshift(p.value);
    else return undefined;
    n = unwrapExpression(n.object);
  }
  let binding: ImportBinding | undefined;
  if (n.type === 'Identifier') binding = ctx.scope.imports.get(n.name);
  else {
    const required = requiredSource(n);
    if (required !== undefined) binding = { source: importSource(required), imported: 'default' };
  }
  if (!binding) return undefined;
  const path = binding.imported === '*' ? members : [binding.imported, ...members];
  return { source: binding.source, imported: path.length > 0 ? path.join('.') : '*' };
}

/** Sets a key without touching a prototype: `__proto__` stays a plain key. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function propertyKey(p: Property, ctx: EvaluateContext, depth: number): string | undefined {
  if (!p.computed) {
    if (p.key.type === 'Identifier') return p.key.name;
    if (p.key.type === 'Literal' && (typeof p.key.value === 'string' || typeof p.key.value === 'number')) return String(p.key.value);
    return undefined;
  }
  const k = evaluate(p.key, ctx, depth + 1);
  return typeof k === 'string' && k !== DYNAMIC ? k : typeof k === 'number' ? String(k) : undefined;
}

function evaluateObject(node: ObjectExpression, ctx: EvaluateContext, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let unnamed = 0;
  for (const p of node.properties) {
    if (p.type === 'SpreadElement') {
      const spread = evaluate(p.argument, ctx, depth + 1);
      if (typeof spread === 'object' && spread !== null && !Array.isArray(spread) && !isFactoryCall(spread) && !isImportRef(spread)) {
        for (const [k, v] of Object.entries(spread)) setKey(out, k, v);
      } else {
        setKey(out, numbered(DYNAMIC, ++unnamed), dynamic(ctx));
      }
      continue;
    }
    const key = propertyKey(p, ctx, depth);
    const value = p.kind !== 'init' || p.method ? FUNCTION : evaluate(p.value, ctx, depth + 1);
    if (key === undefined) setKey(out, numbered(DYNAMIC, ++unnamed), value);
    else if (value !== undefined) setKey(out, key, value);
  }
  return out;
}

function evaluateElements(elements: ReadonlyArray<Expression | SpreadElement | null>, ctx: EvaluateContext, depth: number): unknown[] {
  const out: unknown[] = [];
  for (const e of elements) {
    if (e === null) out.push(null);
    else if (e.type === 'SpreadElement') {
      const spread = evaluate(e.argument, ctx, depth + 1);
      if (Array.isArray(spread)) out.push(...spread);
      else out.push(spread === DYNAMIC ? DYNAMIC : dynamic(ctx));
    } else {
      const v = evaluate(e, ctx, depth + 1);
      out.push(v === undefined ? null : v);
    }
  }
  return out;
}

function evaluateIdentifier(name: string, ctx: EvaluateContext, depth: number): unknown {
  if (name === 'undefined') return undefined;
  const imported = ctx.scope.imports.get(name);
  if (imported) return createImportRef(imported.source, imported.imported);
  if (ctx.scope.locals.has(name)) return FUNCTION;
  const init = ctx.scope.bindings.get(name);
  if (init && !ctx.resolving.has(name)) {
    ctx.resolving.add(name);
    try {
      return evaluate(init, ctx, depth + 1);
    } finally {
      ctx.resolving.delete(name);
    }
  }
  return dynamic(ctx);
}

/** The value of an expression, as far as it can be known without running anything. */
export function evaluate(node: AnyNode, ctx: EvaluateContext, depth = 0): unknown {
  if (--ctx.budget < 0 || depth > MAX_DEPTH) return dynamic(ctx);
  if (isWrapper(node)) return evaluate((node as unknown as { expression: AnyNode }).expression, ctx, depth + 1);
  switch (node.type) {
    case 'Literal':
      return node.regex !== undefined || node.bigint !== undefined ? dynamic(ctx) : node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0]?.value.cooked ?? dynamic(ctx) : dynamic(ctx);
    case 'UnaryExpression': {
      if (node.operator === 'void') return undefined;
      const v = node.operator === '-' || node.operator === '+' ? evaluate(node.argument, ctx, depth + 1) : undefined;
      if (typeof v === 'number') return node.operator === '-' ? -v : v;
      return dynamic(ctx);
    }
    case 'ArrayExpression':
      return evaluateElements(node.elements, ctx, depth);
    case 'ObjectExpression':
      return evaluateObject(node, ctx, depth);
    case 'Identifier':
      return evaluateIdentifier(node.name, ctx, depth);
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return FUNCTION;
    case 'MemberExpression': {
      const ref = resolveImport(node, ctx);
      return ref ? createImportRef(ref.source, ref.imported) : dynamic(ctx);
    }
    case 'CallExpression': {
      const callee = node.callee.type === 'Super' ? undefined : resolveImport(node.callee, ctx);
      const required = requiredSource(node);
      if (required !== undefined) return createImportRef(importSource(required), 'default');
      if (!callee) return dynamic(ctx);
      return createFactoryCall(callee.source, callee.imported, evaluateElements(node.arguments, ctx, depth));
    }
    default:
      return dynamic(ctx);
  }
}
