import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/match/aho-corasick.js';

/**
 * The folding the automaton documents, written per code unit from String#toLowerCase: a unit whose
 * lower case is one unit, both ASCII or both not, becomes that unit.
 */
function foldUnit(unit: string): string {
  const lower = unit.toLowerCase();
  return lower.length === 1 && lower.charCodeAt(0) >= 128 === unit.charCodeAt(0) >= 128 ? lower : unit;
}
const fold = (s: string) => Array.from({ length: s.length }, (_, i) => foldUnit(s[i]!)).join('');

function naive(literals: string[], text: string) {
  const out: { index: number; start: number; end: number }[] = [];
  const lower = fold(text);
  literals.forEach((l, index) => {
    const ll = fold(l);
    if (!ll) return;
    for (let i = lower.indexOf(ll); i >= 0; i = lower.indexOf(ll, i + 1)) out.push({ index, start: i, end: i + ll.length });
  });
  return out.sort((a, b) => a.end - b.end || a.index - b.index);
}

const sorted = (found: { index: number; start: number; end: number }[]) => found.sort((a, b) => a.end - b.end || a.index - b.index);

describe('AhoCorasick', () => {
  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers and HIS shell'],
    [['aa', 'aaa', 'a'], 'aaaa'],
    [['/home/alice', 'alice', 'ALICE-MBP'], 'ssh alice@alice-mbp from /home/alice/x'],
    [['abc'], ''],
    [['', 'x'], 'xx'],
    [['zoë', 'ÉCOLE', 'é'], 'zoë went to ÉCOLE and école'],
    [['Jérôme', 'ЖУК', 'straße'], 'JÉRÔME, jérôme, жук, Жук and STRASSE, Straße'],
    [['kelvin', 'ǅ'], 'KELVIN \u212Aelvin ǆ Ǆ ǅ'],
  ])('finds the same matches as a naive search: %j in %j', (literals, text) => {
    expect(sorted(new AhoCorasick(literals).findAll(text))).toEqual(naive(literals, text));
  });

  it('reports which literals are present', () => {
    const ac = new AhoCorasick(['ghp_', 'xoxb-', 'sk_live_']);
    expect([...ac.present('token ghp_x and XOXB-1')].sort()).toEqual([0, 1]);
    expect(ac.present('nothing here').size).toBe(0);
  });

  // Small alphabets make overlaps and failure links frequent; both the dense table and the sparse
  // trie (forced with a zero cell limit) must agree with the naive search.
  const unit = fc.constantFrom('a', 'b', 'A', 'B', 'é', 'É', 'ж', 'Ж', 'ß', '\u212A', 'k', '-', '1');
  const word = fc.array(unit, { minLength: 0, maxLength: 5 }).map((a) => a.join(''));
  const text = fc.array(unit, { maxLength: 60 }).map((a) => a.join(''));
  it.each([
    ['dense table', undefined],
    ['sparse trie', 0],
  ])('agrees with a naive search on random literals and texts (%s)', (_name, cells) => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), text, (literals, t) => {
        expect(sorted(new AhoCorasick(literals, cells).findAll(t))).toEqual(naive(literals, t));
      }),
      { numRuns: 300 },
    );
  });
});
