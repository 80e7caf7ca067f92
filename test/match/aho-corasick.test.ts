import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/match/aho-corasick.js';

function naive(literals: string[], text: string) {
  const out: { index: number; start: number; end: number }[] = [];
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  literals.forEach((l, index) => {
    const ll = l.replace(/[A-Z]/g, (c) => c.toLowerCase());
    if (!ll) return;
    for (let i = lower.indexOf(ll); i >= 0; i = lower.indexOf(ll, i + 1)) out.push({ index, start: i, end: i + ll.length });
  });
  return out.sort((a, b) => a.end - b.end || a.index - b.index);
}

describe('AhoCorasick', () => {
  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers and HIS shell'],
    [['aa', 'aaa', 'a'], 'aaaa'],
    [['/home/alice', 'alice', 'ALICE-MBP'], 'ssh alice@alice-mbp from /home/alice/x'],
    [['abc'], ''],
    [['', 'x'], 'xx'],
  ])('finds the same matches as a naive search: %j in %j', (literals, text) => {
    const found = new AhoCorasick(literals).findAll(text).sort((a, b) => a.end - b.end || a.index - b.index);
    expect(found).toEqual(naive(literals, text));
  });

  it('reports which literals are present', () => {
    const ac = new AhoCorasick(['ghp_', 'xoxb-', 'sk_live_']);
    expect([...ac.present('token ghp_x and XOXB-1')].sort()).toEqual([0, 1]);
    expect(ac.present('nothing here').size).toBe(0);
  });
});
