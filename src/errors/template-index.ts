/**
 * Candidate templates for a line, without trying all of them: templates with a fixed prefix are
 * grouped by its first characters; the others are found by their longest fixed part with one
 * Aho-Corasick pass over the line. Candidates keep catalog order (the first match wins).
 */
import { AhoCorasick } from '../match/aho-corasick.js';
import type { CompiledTemplate } from './template-types.js';
import { sortNumbers } from '../util/sort-small.js';

const HEAD = 3;

export class TemplateIndex {
  private readonly byHead = new Map<string, number[]>();
  private readonly shortPrefix: number[] = [];
  private readonly byLiteral: number[];
  private readonly literals: AhoCorasick;
  private readonly unindexed: number[] = [];

  constructor(readonly templates: readonly CompiledTemplate[]) {
    const literals: string[] = [];
    this.byLiteral = [];
    templates.forEach((t, i) => {
      if (t.prefix.length >= HEAD) {
        const head = t.prefix.slice(0, HEAD);
        const list = this.byHead.get(head) ?? [];
        list.push(i);
        this.byHead.set(head, list);
      } else if (t.prefix) this.shortPrefix.push(i);
      else if (t.literal) {
        literals.push(t.literal);
        this.byLiteral.push(i);
      } else this.unindexed.push(i);
    });
    this.literals = new AhoCorasick(literals);
  }

  /** Indices of the templates that may match at `from`, in catalog order. */
  candidates(text: string, from: number, line: string, multiline: boolean): number[] {
    const out = [...(this.byHead.get(text.slice(from, from + HEAD)) ?? []), ...this.shortPrefix, ...this.unindexed];
    // Multi-line templates look past the line; the rest only inside it.
    this.literals.forEachPresent(multiline ? text.slice(from) : line, (k) => out.push(this.byLiteral[k]!));
    return sortNumbers([...new Set(out)]);
  }
}

const indexes = new WeakMap<readonly CompiledTemplate[], TemplateIndex>();

/** The index of a compiled catalog, built once per catalog array. */
export function templateIndex(templates: readonly CompiledTemplate[]): TemplateIndex {
  let index = indexes.get(templates);
  if (!index) {
    index = new TemplateIndex(templates);
    indexes.set(templates, index);
  }
  return index;
}
