/**
 * No planted value survives, exhaustively over encodings: every planted value of every ng fixture, in
 * every encoding that applies (every base64 wrapper too), as a value, as a key, inside text and glued
 * between placeholders, scrubbed with the default `recommended` rules and its fixture's context.
 * (The random positions are in no-leak.test.ts; the two files run in parallel.)
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { encode, wrappersFor } from '../arbitraries.js';
import type { EncodedPlant } from '../arbitraries.js';
import { findLeak } from './leak-check.js';
import { formsFor, groupByContext, leakForms, plantedCases } from './planted-cases.js';
import type { PlantCase } from './planted-cases.js';

const { enabled } = plantedCases();

/** Every encoding the case allows, each base64 encoding with every wrapper that applies. */
function allEncodings(c: PlantCase): EncodedPlant[] {
  return c.encodings.flatMap((encoding) =>
    encoding.startsWith('base64') ? wrappersFor(c.ownChars).map((wrapper) => ({ encoding, wrapper })) : [{ encoding, wrapper: 0 }],
  );
}

describe.each(groupByContext(enabled).map((g) => [g.label, g] as const))('no leak in any encoding, %s', (_label, group) => {
  const scrubber = createScrubber({ context: group.context });
  const scrubValue = (v: unknown): unknown => scrubber.scrub(v).value;

  it.each(group.cases.map((c) => [`${c.fixture} ${c.carrier} ${JSON.stringify(c.value)}`, c] as const))('%s', (_name, c) => {
    const leaks: string[] = [];
    const check = (where: string, out: unknown, forms: string[]): void => {
      const leak = findLeak(out, forms);
      if (leak) leaks.push(`${where}: ${leak}`);
    };
    for (const text of c.texts) {
      for (const e of allEncodings(c)) {
        const token = encode(text, e);
        const forms = formsFor(c, text, e);
        const name = `${e.encoding}${e.encoding.startsWith('base64') ? `#${e.wrapper}` : ''}`;
        check(`${name} value`, scrubValue({ message: token }), forms);
        check(`${name} key`, scrubValue({ [token]: 1 }), forms);
        check(`${name} in text`, scrubber.scrubText(`failed with ${token} (retry)`).text, forms);
        check(`${name} between placeholders`, scrubber.scrubText(`<email>${token}<redacted>`).text, forms);
      }
    }
    for (const json of c.jsons) check('json value', scrubValue([{ data: json }]), leakForms(c.value));
    expect(leaks).toEqual([]);
  });
});
