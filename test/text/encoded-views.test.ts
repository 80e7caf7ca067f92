import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePrintableBase64, decodedViews, forEachLongRun } from '../../src/text/encoded-views.js';

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

  it('percent-decodes UTF-8 as UTF-8, each character mapped to all its escapes', () => {
    const text = 'v=%C3%84pfel%2D%F0%9F%98%80';
    const [view] = decodedViews(text);
    expect(view!.text).toBe('v=Äpfel-😀');
    expect(text.slice(view!.srcStart[2]!, view!.srcEnd[2]!)).toBe('%C3%84');
    const emoji = view!.text.indexOf('😀');
    expect(text.slice(view!.srcStart[emoji]!, view!.srcEnd[emoji + 1]!)).toBe('%F0%9F%98%80');
  });

  it('percent-decodes bytes that are not UTF-8 one character per byte', () => {
    expect(decodedViews('a%C3%28b%FF')[0]!.text).toBe('a\u00c3(b\u00ff');
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

  // The decoder stops early on binary: it must agree with the platform's atob and TextDecoder plus a
  // printable-ratio check (85% printable bytes, at least 6; the bytes of non-ASCII characters count
  // as printable when the whole run is well-formed UTF-8), in both alphabets, on any run.
  it('decodes what atob (or, for well-formed UTF-8, TextDecoder) decodes when the bytes are mostly printable, else nothing', () => {
    const reference = (run: string): string | undefined => {
      const padded = run.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
      // A last character that holds no whole byte (a run cut short) is left out; atob would refuse it.
      const std = padded.length % 4 === 1 ? padded.slice(0, -1) : padded;
      const bytes = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
      let utf8: string | undefined;
      try {
        utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
      } catch {
        // not well-formed UTF-8: one character per byte
      }
      const nonAscii = [...bytes].filter((c) => c.charCodeAt(0) >= 0x80).length;
      const printable = [...bytes].filter((c) => /[\x20-\x7e\t\n\r]/.test(c)).length + (utf8 !== undefined ? nonAscii : 0);
      if (bytes.length < 6 || printable / bytes.length < 0.85) return undefined;
      return utf8 !== undefined && nonAscii > 0 ? utf8 : bytes;
    };
    const mostlyText = fc.string({ unit: fc.constantFrom(...'abcXYZ019 :/?=+-_~\n\u0001\u00ff'.split('')), maxLength: 60 });
    const utf8Text = fc.string({ unit: fc.constantFrom(...'abc XYZ 019 é Ä ß 中 文 😀 \u0001'.split(' ')), maxLength: 30 });
    const utf8Base64 = utf8Text.map((t) => btoa(String.fromCharCode(...new TextEncoder().encode(t))));
    // Well-formed UTF-8 cut anywhere: a sequence may end short.
    const cutUtf8 = fc.tuple(utf8Text, fc.nat()).map(([t, cut]) => {
      const bytes = new TextEncoder().encode(t);
      return btoa(String.fromCharCode(...bytes.slice(0, bytes.length - (cut % 3))));
    });
    const raw = fc.string({ unit: fc.constantFrom(...'ABYZabyz0189+/-_'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(mostlyText.map((t) => btoa(t)), utf8Base64, cutUtf8, raw), fc.boolean(), (run, urlSafe) => {
        const encoded = urlSafe ? run.replace(/\+/g, '-').replace(/\//g, '_') : run.replace(/-/g, '+').replace(/_/g, '/');
        expect(decodePrintableBase64(encoded)).toBe(reference(encoded));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a run of UTF-8 text as UTF-8, so a non-ASCII value is found in its base64 form', () => {
    const encoded = btoa(String.fromCharCode(...new TextEncoder().encode('ÄPFEL-Birne-7x9q')));
    const view = decodedViews(`token ${encoded} end`).find((v) => v.wholeRun);
    expect(view?.text).toBe('ÄPFEL-Birne-7x9q');
  });

  // A fuzz counterexample (seed 2136998479): a message base64-encoded, then cut, ends in a character
  // that holds no whole byte; the run was left undecoded and the key inside it survived.
  it('decodes a run cut short at its end', () => {
    const encoded = btoa('CredentialsProviderError: Could not sign S3 request with AKIAQNIGHTJARSHOP2X7:bH8s');
    for (const cut of [1, 2, 3, 4]) {
      const run = encoded.slice(0, encoded.length - cut);
      const view = decodedViews(`blob ${run} end`).find((v) => v.wholeRun);
      expect(view?.text).toContain('AKIAQNIGHTJARSHOP2X7');
    }
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

describe('forEachLongRun (reads one character in `min` until it meets a run)', () => {
  it('finds exactly the maximal runs of the base64 alphabets at least 12 long, in order', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '+', '/', '_', '-', ' ', '=', '.', 'é'), maxLength: 120 });
    fc.assert(
      fc.property(text, (t) => {
        const found: [number, number][] = [];
        forEachLongRun(t, 12, (start, end) => {
          found.push([start, end]);
          return true;
        });
        const expected = [...t.matchAll(/[A-Za-z0-9+/_-]{12,}/g)].map((m) => [m.index!, m.index! + m[0].length]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
