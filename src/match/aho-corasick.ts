/**
 * Aho-Corasick automaton over ASCII-case-folded UTF-16 code units: finds every occurrence of many
 * literal strings in one pass over a text, whatever their number. Built once, searched many times.
 */

export interface LiteralMatch {
  /** Index of the literal in the list given to the constructor. */
  index: number;
  start: number;
  end: number;
}

function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Literal indices ending at each state (including those reached by failure links). */
  private readonly out: number[][] = [[]];
  private readonly lengths: number[];
  /** Transitions out of the root for ASCII, the hot path (most characters start nothing). */
  private readonly rootAscii = new Int32Array(128);

  constructor(literals: readonly string[]) {
    this.lengths = literals.map((l) => l.length);
    literals.forEach((literal, index) => {
      if (literal.length === 0) return;
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const c = fold(literal.charCodeAt(i));
        let to = this.next[state]!.get(c);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[state]!.set(c, to);
        }
        state = to;
      }
      this.out[state]!.push(index);
    });
    this.link();
    for (const [c, to] of this.next[0]!) if (c < 128) this.rootAscii[c] = to;
  }

  private step(state: number, c: number): number {
    if (state === 0 && c < 128) return this.rootAscii[c]!;
    let to = this.next[state]!.get(c);
    while (to === undefined && state !== 0) {
      state = this.fail[state]!;
      if (state === 0 && c < 128) return this.rootAscii[c]!;
      to = this.next[state]!.get(c);
    }
    return to ?? 0;
  }

  private link(): void {
    const queue: number[] = [];
    for (const to of this.next[0]!.values()) queue.push(to);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [c, to] of this.next[state]!) {
        queue.push(to);
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        const inherited = this.out[this.fail[to]!]!;
        if (inherited.length > 0) this.out[to] = this.out[to]!.concat(inherited);
      }
    }
  }

  /** Every occurrence, in order of end offset. */
  findAll(text: string): LiteralMatch[] {
    const found: LiteralMatch[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, fold(text.charCodeAt(i)));
      if (state === 0) continue;
      const outs = this.out[state]!;
      for (let k = 0; k < outs.length; k++) {
        const index = outs[k]!;
        found.push({ index, start: i + 1 - this.lengths[index]!, end: i + 1 });
      }
    }
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
    if (this.lengths.length === 0) return;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, fold(text.charCodeAt(i)));
      if (state === 0) continue;
      const outs = this.out[state]!;
      for (let k = 0; k < outs.length; k++) visit(outs[k]!);
    }
  }
}
