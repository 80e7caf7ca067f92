import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePrintableBase64, decodedViews } from '../../src/text/encoded-views.js';

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

  // The decoder stops early on binary: it must agree with the platform's atob plus a printable-ratio
  // check (85% printable bytes, at least 6), in both alphabets, on any run.
  it('decodes exactly what atob decodes when the bytes are mostly printable, else nothing', () => {
    const reference = (run: string): string | undefined => {
      const std = run.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
      if (std.length % 4 === 1) return undefined;
      const bytes = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
      const printable = [...bytes].filter((c) => /[\x20-\x7e\t\n\r]/.test(c)).length;
      return bytes.length >= 6 && printable / bytes.length >= 0.85 ? bytes : undefined;
    };
    const mostlyText = fc.string({ unit: fc.constantFrom(...'abcXYZ019 :/?=+-_~\n\u0001\u00ff'.split('')), maxLength: 60 });
    const raw = fc.string({ unit: fc.constantFrom(...'ABYZabyz0189+/-_'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(mostlyText.map((t) => btoa(t)), raw), fc.boolean(), (run, urlSafe) => {
        const encoded = urlSafe ? run.replace(/\+/g, '-').replace(/\//g, '_') : run.replace(/-/g, '+').replace(/_/g, '/');
        expect(decodePrintableBase64(encoded)).toBe(reference(encoded));
      }),
      { numRuns: 500 },
    );
  });

  // A fuzz counterexample: text glued into a base64 blob cut the run off its first character.
  it('decodes a run that starts off its 4-character alignment, and marks the whole run', () => {
    const encoded = btoa('Error: request to http://127.0.0.1/v1?token=njs_live_7c1f4e9a2b8d failed');
    for (const skip of [1, 2, 3]) {
      const text = `R <env:GITHUB_TOKEN> ${encoded.slice(skip)} end`;
      const view = decodedViews(text).find((v) => v.wholeRun);
      expect(view?.text).toContain('njs_live_7c1f4e9a2b8d');
      expect(text.slice(view!.wholeRun!.start, view!.wholeRun!.end)).toBe(encoded.slice(skip));
    }
  });

  it('drops a run as soon as too much of it is binary', () => {
    const bytes = String.fromCharCode(...Array.from({ length: 30 }, (_, i) => (i * 37) % 256));
    expect(decodedViews(`blob ${btoa(bytes)} end`).filter((v) => v.wholeRun)).toEqual([]);
  });
});
