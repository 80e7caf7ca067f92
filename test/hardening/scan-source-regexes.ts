/**
 * Finds every regular expression the engine's own code builds, by parsing `src/**\/*.ts` with the
 * TypeScript compiler (no regex guesswork over source text):
 * - regex literals `/…/flags`;
 * - `new RegExp(a, f)` / `RegExp(a, f)` whose arguments evaluate statically: string and template
 *   literals, `String.raw`, `+`, `[…].join(s)`, `X.source` of a literal, and `const` names of the file
 *   or imported by name from another file of `src/`;
 * - `.match('…')`, `.matchAll('…')`, `.search('…')` with a string argument (JS turns it into a regex).
 * A construction whose source is not static is returned as dynamic: the test requires each one to be
 * listed, with where its regexes are checked instead, in `redos-exceptions.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export interface SourceRegex {
  /** `src/detectors/urls.ts:10` */
  origin: string;
  source: string;
  flags: string;
}

export interface DynamicRegex {
  /** `src/detectors/pattern-detector.ts:12` */
  origin: string;
  file: string;
  /** The construction with blanks collapsed: `new RegExp(rule.pattern, flags)`. */
  code: string;
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

function splitLiteral(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

type Loader = (path: string) => Evaluator | undefined;

/** A static evaluator for the few expression forms regex sources are built from. */
class Evaluator {
  private readonly consts = new Map<string, ts.Expression>();
  private readonly imports = new Map<string, { path: string; name: string }>();
  private readonly active = new Set<string>();

  constructor(
    file: ts.SourceFile,
    private readonly load: Loader,
  ) {
    // Names bound in another file: `import { X } from './y.js'` and `export { X } from './y.js'`.
    for (const st of file.statements) {
      const spec = ts.isImportDeclaration(st) || ts.isExportDeclaration(st) ? st.moduleSpecifier : undefined;
      if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
      const bindings = ts.isImportDeclaration(st) ? st.importClause?.namedBindings : ts.isExportDeclaration(st) ? st.exportClause : undefined;
      if (!bindings || !(ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) continue;
      const path = join(dirname(file.fileName), spec.text).replace(/\.js$/, '.ts');
      for (const el of bindings.elements) this.imports.set(el.name.text, { path, name: (el.propertyName ?? el.name).text });
    }
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
        for (const d of node.declarations) {
          if (!ts.isIdentifier(d.name) || !d.initializer) continue;
          // A name declared twice in one file is ambiguous: treat it as not static.
          if (this.consts.has(d.name.text)) this.consts.set(d.name.text, ts.factory.createIdentifier('__ambiguous__'));
          else this.consts.set(d.name.text, d.initializer);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  /** The regex literal a name or expression stands for: `{ source, flags }`. */
  regexOf(node: ts.Expression): { source: string; flags: string } | undefined {
    const e = this.unwrap(node);
    if (ts.isRegularExpressionLiteral(e)) return splitLiteral(e.text);
    return ts.isIdentifier(e) ? this.named(e.text, (ev, init) => ev.regexOf(init)) : undefined;
  }

  /** Evaluates the const `name` of this file, or of the file it is imported from. */
  private named<T>(name: string, fn: (ev: Evaluator, init: ts.Expression) => T | undefined): T | undefined {
    const init = this.consts.get(name);
    if (init) {
      if (this.active.has(name)) return undefined;
      this.active.add(name);
      try {
        return fn(this, init);
      } finally {
        this.active.delete(name);
      }
    }
    const imp = this.imports.get(name);
    const other = imp ? this.load(imp.path) : undefined;
    return other && imp ? other.named(imp.name, fn) : undefined;
  }

  private unwrap(node: ts.Expression): ts.Expression {
    let e = node;
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
    return e;
  }

  string(node: ts.Expression | undefined): string | undefined {
    if (!node) return undefined;
    const e = this.unwrap(node);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) return this.template(e, false);
    if (ts.isTaggedTemplateExpression(e) && e.tag.getText() === 'String.raw') {
      const t = e.template;
      return ts.isNoSubstitutionTemplateLiteral(t) ? t.rawText : this.template(t, true);
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = this.string(e.left);
      const b = this.string(e.right);
      return a === undefined || b === undefined ? undefined : a + b;
    }
    if (ts.isIdentifier(e)) return this.named(e.text, (ev, init) => ev.string(init));
    if (ts.isPropertyAccessExpression(e) && (e.name.text === 'source' || e.name.text === 'flags')) {
      const re = this.regexOf(e.expression);
      return re ? re[e.name.text] : undefined;
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'join') {
      const target = this.unwrap(e.expression.expression);
      if (!ts.isArrayLiteralExpression(target)) return undefined;
      const sep = e.arguments.length === 0 ? ',' : this.string(e.arguments[0]);
      const parts = target.elements.map((el) => this.string(el));
      if (sep === undefined || parts.some((p) => p === undefined)) return undefined;
      return parts.join(sep);
    }
    return undefined;
  }

  private template(e: ts.TemplateExpression, raw: boolean): string | undefined {
    let out = raw ? (e.head.rawText ?? '') : e.head.text;
    for (const span of e.templateSpans) {
      const v = this.string(span.expression);
      if (v === undefined) return undefined;
      out += v + (raw ? (span.literal.rawText ?? '') : span.literal.text);
    }
    return out;
  }
}

const STRING_AS_REGEX = new Map([
  ['match', ''],
  ['matchAll', 'g'],
  ['search', ''],
]);

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** Scans one file; appends what it finds. */
function scanFile(path: string, root: string, load: Loader, found: SourceRegex[], dynamic: DynamicRegex[]): void {
  const file = parse(path);
  const rel = relative(root, path).split('\\').join('/');
  const evaluator = load(path)!;
  const where = (node: ts.Node) => `${rel}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;

  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      found.push({ origin: where(node), ...splitLiteral(node.text) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const first = args[0];
      const literal = first ? evaluator.regexOf(first) : undefined;
      const source = literal ? literal.source : evaluator.string(first);
      const flags = args[1] === undefined ? (literal ? literal.flags : '') : evaluator.string(args[1]);
      if (source !== undefined && flags !== undefined) found.push({ origin: where(node), source, flags });
      else dynamic.push({ origin: where(node), file: rel, code: node.getText(file).replace(/\s+/g, ' ') });
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const flags = STRING_AS_REGEX.get(node.expression.name.text);
      const arg = node.arguments[0];
      if (flags !== undefined && arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
        found.push({ origin: where(node), source: arg.text, flags });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** Every regex of `src/` (relative to `root`), and the constructions that could not be evaluated. */
export function scanSourceRegexes(root: string): { regexes: SourceRegex[]; dynamic: DynamicRegex[]; files: number } {
  const regexes: SourceRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const files = listTs(join(root, 'src'));
  const evaluators = new Map<string, Evaluator | undefined>();
  const load: Loader = (path) => {
    if (!evaluators.has(path)) {
      let ev: Evaluator | undefined;
      try {
        ev = new Evaluator(parse(path), load);
      } catch {
        ev = undefined;
      }
      evaluators.set(path, ev);
    }
    return evaluators.get(path);
  };
  for (const path of files) scanFile(path, root, load, regexes, dynamic);
  return { regexes, dynamic, files: files.length };
}
