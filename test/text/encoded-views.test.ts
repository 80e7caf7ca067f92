import { describe, expect, it } from 'vitest';
import { decodedViews } from '../../src/text/encoded-views.js';

describe('decodedViews', () => {
  it('has none for plain text', () => {
    expect(decodedViews('plain words only')).toEqual([]);
  });

  it('percent-decodes and maps back to source spans', () => {
    const text = 'u=%2Fhome%2Fbob';
    const [view] = decodedViews(text);
    expect(view!.text).toBe('u=/home/bob');
    const i = view!.text.indexOf('bob');
    expect(text.slice(view!.srcStart[i]!, view!.srcEnd[i + 2]!)).toBe('bob');
    expect(text.slice(view!.srcStart[2]!, view!.srcEnd[2]!)).toBe('%2F');
  });

  it('unescapes JSON string escapes including \\u', () => {
    const views = decodedViews('{\\"k\\":\\"\\u0061b\\"}');
    expect(views.map((v) => v.text)).toContain('{"k":"ab"}');
  });

  it('decodes printable base64 runs and marks the whole run', () => {
    const encoded = btoa('user:hunter2-secret');
    const text = `Basic ${encoded} end`;
    const view = decodedViews(text).find((v) => v.wholeRun);
    expect(view?.text).toBe('user:hunter2-secret');
    expect(text.slice(view!.wholeRun!.start, view!.wholeRun!.end)).toBe(encoded);
  });

  it('ignores runs that decode to binary, and plain words', () => {
    expect(decodedViews('/usr/local/lib/node_modules and abcdefghijklmnopqrstu').filter((v) => v.wholeRun)).toEqual([]);
  });
});
