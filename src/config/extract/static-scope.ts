/**
 * The top-level names of a config module that static evaluation may follow: imports (ES `import`,
 * CommonJS `require`, TypeScript's `import x = require(…)`; type-only imports have no value and are
 * skipped), `const`/`let`/`var` initialisers, and local function and class names.
 * Reassignments and mutations after the declaration are not tracked: the config is what is written.
 */
import type { Expression, Node, Pattern, Program, VariableDeclarator } from 'acorn';
import { formatPlaceholder } from '../../placeholder.js';
import { classifySpecifier } from '../specifiers.js';
import { isTypeOnly } from './typescript-nodes.js';

export interface ImportBinding {
  /** The source as written for bare specifiers and `node:` built-ins; `<path>` or `<url>` otherwise. */
  source: string;
  /** `default`, `*` (namespace) or the imported name. */
  imported: string;
}

export interface StaticScope {
  imports: Map<string, ImportBinding>;
  bindings: Map<string, Expression>;
  /** Names of local functions and classes (their calls are code, not data). */
  locals: Set<string>;
}

/** An import source as a summary may see it: files and URLs never leave as written. */
export function importSource(specifier: string): string {
  const kind = classifySpecifier(specifier).kind;
  if (kind === 'path') return formatPlaceholder('path');
  if (kind === 'url') return formatPlaceholder('url');
  return specifier;
}

/** `require('x')` → 'x'. */
export function requiredSource(node: Node | null | undefined): string | undefined {
  if (node?.type !== 'CallExpression') return undefined;
  const call = node as Extract<Expression, { type: 'CallExpression' }>;
  const arg = call.arguments[0];
  if (call.callee.type !== 'Identifier' || call.callee.name !== 'require' || call.arguments.length !== 1) return undefined;
  return arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : undefined;
}

function nameOf(node: Node): string | undefined {
  if (node.type === 'Identifier') return (node as Extract<Expression, { type: 'Identifier' }>).name;
  if (node.type === 'Literal') {
    const v = (node as Extract<Expression, { type: 'Literal' }>).value;
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

function declare(scope: StaticScope, d: VariableDeclarator): void {
  const required = requiredSource(d.init);
  const id: Pattern = d.id;
  if (id.type === 'Identifier') {
    if (required !== undefined) scope.imports.set(id.name, { source: importSource(required), imported: 'default' });
    else if (d.init) scope.bindings.set(id.name, d.init);
    return;
  }
  if (id.type === 'ObjectPattern' && required !== undefined) {
    for (const p of id.properties) {
      if (p.type !== 'Property' || p.value.type !== 'Identifier') continue;
      const imported = nameOf(p.key);
      if (imported !== undefined) scope.imports.set(p.value.name, { source: importSource(required), imported });
    }
  }
}

/** TypeScript's `import x = require('y')` (a CommonJS import) or `import x = N.y` (an alias: skipped). */
interface ImportEquals {
  id: { name: string };
  importKind?: string;
  moduleReference: { type: string; expression?: Node };
}

function declareImportEquals(scope: StaticScope, d: ImportEquals): void {
  if (isTypeOnly(d) || d.moduleReference.type !== 'TSExternalModuleReference') return;
  const ref = d.moduleReference.expression;
  const specifier = ref?.type === 'Literal' ? nameOf(ref) : undefined;
  if (specifier !== undefined) scope.imports.set(d.id.name, { source: importSource(specifier), imported: 'default' });
}

export function collectScope(program: Program): StaticScope {
  const scope: StaticScope = { imports: new Map(), bindings: new Map(), locals: new Set() };
  for (const statement of program.body) {
    const s = statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement;
    if (s.type === 'ImportDeclaration' && typeof s.source.value === 'string' && !isTypeOnly(s)) {
      const source = importSource(s.source.value);
      for (const spec of s.specifiers) {
        if (isTypeOnly(spec)) continue;
        const imported = spec.type === 'ImportDefaultSpecifier' ? 'default' : spec.type === 'ImportNamespaceSpecifier' ? '*' : nameOf(spec.imported);
        if (imported !== undefined) scope.imports.set(spec.local.name, { source, imported });
      }
    } else if (s.type === 'VariableDeclaration') {
      for (const d of s.declarations) declare(scope, d);
    } else if ((s.type as string) === 'TSImportEqualsDeclaration') {
      declareImportEquals(scope, s as unknown as ImportEquals);
    } else if ((s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration') && s.id) {
      scope.locals.add(s.id.name);
    }
  }
  return scope;
}
