/**
 * A small parser for JavaScript regex sources (flags i, m, s, u, g, y; not v), enough to reason about
 * backtracking cost: where the lookarounds are, whether there are backreferences, and the longest
 * text a (sub)pattern can match. Used to let recheck's exact automaton checker prove patterns with
 * lookarounds safe (see redos-check.ts for the argument).
 */

type Node =
  | { kind: 'alt'; options: Node[][] }
  | { kind: 'char'; literal?: boolean; end?: number }
  | { kind: 'assert' }
  | { kind: 'backref' }
  | { kind: 'group'; look: boolean; body: Node; start: number; end: number }
  | { kind: 'quant'; node: Node; max: number; brace?: { start: number; end: number } };

export interface RegexShape {
  /** The source with every outermost lookaround replaced by `(?:)`. */
  stripped: string;
  /** `stripped`, also with every bounded repetition `{n,m}` nested in an unbounded one made `*`. */
  relaxed: string;
  /** For a sticky pattern (flag y), the source length and the text of the leading literal left out of stripped and relaxed. */
  prefixLength: number;
  prefixText: string;
  /** Sources of the outermost lookaround bodies. */
  lookarounds: string[];
  hasBackref: boolean;
  /** Longest match (Infinity when unbounded). */
  maxLength: number;
}

class Parser {
  private i = 0;
  readonly looks: { start: number; end: number; bodyStart: number }[] = [];
  hasBackref = false;

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation(0);
    if (this.i < this.src.length) throw new Error(`unbalanced ")" at ${this.i}`);
    return node;
  }

  private alternation(depth: number): Node {
    const options: Node[][] = [this.sequence(depth)];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence(depth));
    }
    return { kind: 'alt', options };
  }

  private sequence(depth: number): Node[] {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom(depth);
      items.push(this.quantifier(atom));
    }
    return items;
  }

  private quantifier(node: Node): Node {
    const c = this.src[this.i];
    let max: number | undefined;
    let brace: { start: number; end: number } | undefined;
    if (c === '*' || c === '+') max = Infinity;
    else if (c === '?') max = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return node;
      max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      brace = { start: this.i, end: this.i + m[0].length };
      this.i += m[0].length - 1;
    }
    if (max === undefined) return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return this.quantifier(brace ? { kind: 'quant', node, max, brace } : { kind: 'quant', node, max });
  }

  private atom(depth: number): Node {
    const c = this.src[this.i]!;
    if (c === '(') return this.group(depth);
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    return c === '^' || c === '$' ? { kind: 'assert' } : { kind: 'char', literal: c !== '.', end: this.i };
  }

  private group(depth: number): Node {
    const start = this.i;
    const rest = this.src.slice(this.i, this.i + 4);
    let look = false;
    if (rest.startsWith('(?=') || rest.startsWith('(?!')) (look = true), (this.i += 3);
    else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) (look = true), (this.i += 4);
    else if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?<')) this.i = this.src.indexOf('>', this.i) + 1;
    else if (rest.startsWith('(?')) throw new Error(`unsupported group syntax at ${this.i}`);
    else this.i++;
    const bodyStart = this.i;
    const body = this.alternation(depth + 1);
    if (this.src[this.i] !== ')') throw new Error(`unclosed group at ${start}`);
    this.i++;
    if (look) this.looks.push({ start, end: this.i, bodyStart });
    return { kind: 'group', look, body, start, end: this.i };
  }

  private charClass(): Node {
    this.i++;
    if (this.src[this.i] === '^') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    if (this.i >= this.src.length) throw new Error('unclosed character class');
    this.i++;
    return { kind: 'char' };
  }

  private escape(): Node {
    const next = this.src[this.i + 1] ?? '';
    this.i += 2;
    if (next === 'b' || next === 'B') return { kind: 'assert' };
    if (/[1-9]/.test(next) || (next === 'k' && this.src[this.i] === '<')) {
      this.hasBackref = true;
      while (/[0-9]/.test(this.src[this.i] ?? '')) this.i++;
      if (next === 'k') this.i = this.src.indexOf('>', this.i) + 1;
      return { kind: 'backref' };
    }
    if ((next === 'p' || next === 'P') && this.unicode && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
    else if (next === 'u' && this.src[this.i] === '{' && this.unicode) this.i = this.src.indexOf('}', this.i) + 1;
    else if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(this.src.slice(this.i, this.i + 4))) this.i += 4;
    else if (next === 'x' && /^[0-9A-Fa-f]{2}$/.test(this.src.slice(this.i, this.i + 2))) this.i += 2;
    else if (next === 'c' && /^[A-Za-z]$/.test(this.src[this.i] ?? '')) this.i += 1;
    return { kind: 'char', literal: !/[dDsSwWpP]/.test(next), end: this.i };
  }
}

function maxLength(node: Node): number {
  switch (node.kind) {
    case 'char':
      return 1;
    case 'assert':
      return 0;
    case 'backref':
      return Infinity;
    case 'group':
      return node.look ? 0 : maxLength(node.body);
    case 'quant': {
      const inner = maxLength(node.node);
      return inner === 0 ? 0 : inner * node.max;
    }
    case 'alt':
      return Math.max(0, ...node.options.map((seq) => seq.reduce((sum, n) => sum + maxLength(n), 0)));
  }
}

/** Braces of bounded repetitions (`{n,m}`, m > 1) inside an unbounded repetition. */
function nestedBounds(node: Node, underUnbounded: boolean, out: { start: number; end: number }[]): void {
  switch (node.kind) {
    case 'group':
      if (!node.look) nestedBounds(node.body, underUnbounded, out);
      return;
    case 'quant':
      if (underUnbounded && node.brace && Number.isFinite(node.max) && node.max > 1) out.push(node.brace);
      nestedBounds(node.node, underUnbounded || !Number.isFinite(node.max), out);
      return;
    case 'alt':
      for (const seq of node.options) for (const n of seq) nestedBounds(n, underUnbounded, out);
      return;
    default:
      return;
  }
}

/** End offset of the unquantified literal characters the pattern starts with (one alternative only). */
function literalPrefix(root: Node): number {
  if (root.kind !== 'alt' || root.options.length !== 1) return 0;
  let end = 0;
  for (const n of root.options[0]!) {
    if (n.kind !== 'char' || !n.literal || n.end === undefined) break;
    end = n.end;
  }
  return end;
}

const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** The text a source made of literal characters only matches. */
function unescapeLiteral(source: string): string {
  return source.replace(/\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|c([A-Za-z])|([\s\S]))/g, (_, x, u, c, other: string) =>
    x || u ? String.fromCharCode(parseInt(x ?? u, 16)) : c ? String.fromCharCode(c.charCodeAt(0) % 32) : (CONTROL[other] ?? other),
  );
}

function applyEdits(source: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

/** Parses `source`; throws on syntax this parser does not know (the caller then falls back to fuzzing). */
export function regexShape(source: string, flags: string): RegexShape {
  if (flags.includes('v')) throw new Error('the v flag is not supported');
  const parser = new Parser(source, flags.includes('u'));
  const root = parser.parse();
  const outermost = parser.looks.filter((l) => !parser.looks.some((o) => o !== l && o.start <= l.start && l.end <= o.end));
  const edits = outermost.map((l) => ({ start: l.start, end: l.end, text: '(?:)' }));
  const lookarounds = outermost.sort((a, b) => a.start - b.start).map((l) => source.slice(l.bodyStart, l.end - 1));
  const braces: { start: number; end: number }[] = [];
  nestedBounds(root, false, braces);
  // A sticky match reads a leading literal on one path only: it cannot add backtracking, and leaving
  // it out shrinks the automaton a lot for message templates (`EISDIR: illegal operation on …`).
  const prefixLength = flags.includes('y') ? literalPrefix(root) : 0;
  const prefix = prefixLength > 0 ? [{ start: 0, end: prefixLength, text: '' }] : [];
  const stripped = applyEdits(source, [...prefix, ...edits]);
  const relaxed = applyEdits(source, [...prefix, ...edits, ...braces.map((b) => ({ ...b, text: '*' }))]);
  return { stripped, relaxed, prefixLength, prefixText: unescapeLiteral(source.slice(0, prefixLength)), lookarounds, hasBackref: parser.hasBackref, maxLength: maxLength(root) };
}
