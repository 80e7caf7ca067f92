/**
 * Aho-Corasick automaton over case-folded UTF-16 code units: finds every occurrence of many literal
 * strings in one pass over a text, whatever their number. Built once, searched many times.
 *
 * Case folding, per code unit: ASCII letters fold to lower case, and a non-ASCII code unit folds to its
 * lower case when that is one non-ASCII code unit (`É` → `é`, `Ж` → `ж`). Case mappings that change the
 * length (`ß` → `SS`) or cross into ASCII (the Kelvin sign → `k`) are not followed.
 *
 * The search runs on a dense table: the code units that occur in the literals get a class each (every
 * other unit shares class 0), and `delta[state * classes + class]` is the next state with failure
 * links already followed, so each text character costs two array reads. A very large automaton (more
 * than `DENSE_MAX_CELLS` cells) keeps the sparse trie and follows failure links at search time.
 */

export interface LiteralMatch {
  /** Index of the literal in the list given to the constructor. */
  index: number;
  start: number;
  end: number;
}

/** Table cells above which the sparse trie is searched instead (4M cells: 16 MB of Int32). */
const DENSE_MAX_CELLS = 4_000_000;

function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

const NO_OUTPUT: readonly number[] = [];

let foldTable: Uint16Array | undefined;

/** Each code unit's non-ASCII fold (itself when it has none), built once per process on first need. */
function nonAsciiFolds(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const lower = c < 128 ? '' : String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 && lower.charCodeAt(0) >= 128 ? lower.charCodeAt(0) : c;
  }
  return (foldTable = table);
}

export class AhoCorasick {
  private readonly lengths: number[];
  /** Literal indices ending at each state (including those reached by failure links). */
  private readonly out: (readonly number[])[];
  /** 1 where a state has outputs: most states have none, and a typed array is the cheapest test. */
  private readonly hasOut: Uint8Array;
  private readonly classCount: number;
  /** Class of each ASCII code unit (letters of both cases alike); other code units are looked up in `otherClass`. */
  private readonly asciiClass = new Uint16Array(128);
  private readonly otherClass = new Map<number, number>();
  /** Next state for (state, class), failure links applied; undefined when the automaton is too large. */
  private readonly delta: Int32Array | undefined;
  private readonly next: Map<number, number>[];
  private readonly fail: number[];

  /** `denseMaxCells`: table size above which the sparse trie is searched (default 4M cells). */
  constructor(literals: readonly string[], denseMaxCells = DENSE_MAX_CELLS) {
    this.lengths = literals.map((l) => l.length);
    let classes = 1;
    const classOf = (code: number): number => {
      const c = fold(code);
      if (c < 128) {
        if (this.asciiClass[c] === 0) this.asciiClass[c] = classes++;
        return this.asciiClass[c]!;
      }
      const folded = nonAsciiFolds()[c]!;
      let k = this.otherClass.get(folded);
      if (k === undefined) this.otherClass.set(folded, (k = classes++));
      return k;
    };
    // The trie, on classes.
    this.next = [new Map()];
    const out: number[][] = [[]];
    literals.forEach((literal, index) => {
      if (literal.length === 0) return;
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const c = classOf(literal.charCodeAt(i));
        let to = this.next[state]!.get(c);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          out.push([]);
          this.next[state]!.set(c, to);
        }
        state = to;
      }
      out[state]!.push(index);
    });
    this.classCount = classes;
    // Upper-case ASCII letters share their lower-case letter's class, and so does every non-ASCII code
    // unit with the class of the code unit it folds to: the search needs no folding.
    for (let c = 65; c <= 90; c++) this.asciiClass[c] = this.asciiClass[c + 32]!;
    if (this.otherClass.size > 0) {
      const folds = nonAsciiFolds();
      for (let c = 128; c < folds.length; c++) {
        const k = folds[c] === c ? undefined : this.otherClass.get(folds[c]!);
        if (k !== undefined) this.otherClass.set(c, k);
      }
    }
    const { fail, order } = this.link(out);
    this.fail = fail;
    this.out = out.map((o) => (o.length === 0 ? NO_OUTPUT : o));
    this.hasOut = Uint8Array.from(out, (o) => (o.length > 0 ? 1 : 0));
    this.delta = this.next.length * classes <= denseMaxCells ? this.table(order) : undefined;
  }

  /** Failure links (breadth first) and the states in breadth-first order; outputs inherit along failure links. */
  private link(out: number[][]): { fail: number[]; order: number[] } {
    const fail = new Array<number>(this.next.length).fill(0);
    const order = [0];
    for (let head = 0; head < order.length; head++) {
      const state = order[head]!;
      for (const [c, to] of this.next[state]!) {
        order.push(to);
        if (state === 0) continue;
        let f = fail[state]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = fail[f]!;
        const target = this.next[f]!.get(c);
        fail[to] = target !== undefined && target !== to ? target : 0;
        const inherited = out[fail[to]!]!;
        if (inherited.length > 0) out[to] = out[to]!.concat(inherited);
      }
    }
    return { fail, order };
  }

  /**
   * The dense transition table: a state's row is its trie edges over its failure state's row. Cells
   * hold the next state's row offset (state × classes), negated minus one when that state has outputs,
   * so the search needs no multiply and no second lookup for the common step.
   */
  private table(order: readonly number[]): Int32Array {
    const k = this.classCount;
    const delta = new Int32Array(this.next.length * k);
    for (const state of order) {
      const row = state * k;
      if (state !== 0) delta.copyWithin(row, this.fail[state]! * k, this.fail[state]! * k + k);
      for (const [c, to] of this.next[state]!) delta[row + c] = this.hasOut[to] === 1 ? -(to * k) - 1 : to * k;
    }
    return delta;
  }

  /** One step of the sparse automaton (used only when the dense table would be too large). */
  private sparseStep(state: number, c: number): number {
    let to = this.next[state]!.get(c);
    while (to === undefined && state !== 0) {
      state = this.fail[state]!;
      to = this.next[state]!.get(c);
    }
    return to ?? 0;
  }

  /** Calls `visit(literalIndex, end)` for every occurrence, in order of end offset. */
  private scan(text: string, visit: (index: number, end: number) => void): void {
    if (this.lengths.length === 0) return;
    const { delta, out, hasOut, asciiClass, otherClass } = this;
    const k = this.classCount;
    let state = 0;
    if (delta !== undefined && otherClass.size === 0) {
      // The common case: a dense table and ASCII literals only.
      let row = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const next = delta[row + (code < 128 ? asciiClass[code]! : 0)]!;
        if (next >= 0) {
          row = next;
          continue;
        }
        row = -next - 1;
        const outs = out[row / k]!;
        for (let j = 0; j < outs.length; j++) visit(outs[j]!, i + 1);
      }
      return;
    }
    const anyOther = otherClass.size > 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const c = code < 128 ? asciiClass[code]! : anyOther ? (otherClass.get(code) ?? 0) : 0;
      if (delta !== undefined) {
        const next = delta[state * k + c]!;
        state = (next >= 0 ? next : -next - 1) / k;
      } else state = this.sparseStep(state, c);
      if (hasOut[state] === 0) continue;
      const outs = out[state]!;
      for (let j = 0; j < outs.length; j++) visit(outs[j]!, i + 1);
    }
  }

  /** Every occurrence, in order of end offset. */
  findAll(text: string): LiteralMatch[] {
    const found: LiteralMatch[] = [];
    this.scan(text, (index, end) => found.push({ index, start: end - this.lengths[index]!, end }));
    return found;
  }

  /** The set of literal indices that occur at least once. */
  present(text: string): Set<number> {
    const seen = new Set<number>();
    this.forEachPresent(text, (index) => seen.add(index));
    return seen;
  }

  /** Calls `visit` for every literal index that occurs (once per occurrence; callers dedupe). */
  forEachPresent(text: string, visit: (index: number) => void): void {
    this.scan(text, visit);
  }
}
