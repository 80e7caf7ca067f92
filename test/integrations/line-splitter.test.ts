import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/integrations/stream/line-splitter.js';
import type { LineItem } from '../../src/integrations/stream/types.js';

function split(chunks: string[], max = 100): LineItem[] {
  const splitter = new LineSplitter(max);
  const out: LineItem[] = [];
  for (const chunk of chunks) splitter.push(chunk, (item) => out.push(item));
  splitter.end((item) => out.push(item));
  return out;
}

describe('LineSplitter', () => {
  it.each<[string, string[], LineItem[]]>([
    ['LF', ['a\nb\n'], [[1, 'a'], [2, 'b']]],
    ['no final break', ['a\nb'], [[1, 'a'], [2, 'b']]],
    ['CRLF', ['a\r\nb\r\n'], [[1, 'a'], [2, 'b']]],
    ['CRLF split across chunks', ['a\r', '\nb'], [[1, 'a'], [2, 'b']]],
    ['lone CR', ['a\rb'], [[1, 'a'], [2, 'b']]],
    ['CR then CR', ['a\r', '\rb'], [[1, 'a'], [2, ''], [3, 'b']]],
    ['blank lines are lines', ['\n\na\n'], [[1, ''], [2, ''], [3, 'a']]],
    ['BOM on the first line only', ['\uFEFFa\n\uFEFFb'], [[1, 'a'], [2, '\uFEFFb']]],
    ['a line across many chunks', ['ab', 'cd', 'e\nf'], [[1, 'abcde'], [2, 'f']]],
    ['empty input', [], []],
  ])('%s', (_name, chunks, expected) => {
    expect(split(chunks)).toEqual(expected);
  });

  it('reports a line over the limit by its length, without keeping it', () => {
    expect(split(['12345', '678\nok\n', '1234567'], 5)).toEqual([[1, null, 8], [2, 'ok'], [3, null, 7]]);
  });
});
