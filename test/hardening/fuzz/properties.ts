/**
 * The fuzzer's properties. Each is a fast-check property over plain-data shapes, checked with the
 * invariants of check.ts. Scrubbers use the default (`recommended`) rules and the context the
 * planted values come from.
 */
import fc from 'fast-check';
import { createScrubber } from '../../../src/index.js';
import type { ScrubContext, Scrubber } from '../../../src/types.js';
import { anyValue, buildPlant, encode, exoticValue, plantInText, plantInTextOf, plantOf } from '../../arbitraries.js';
import { formsFor, leakForms, plantedCases } from '../../property/planted-cases.js';
import { checkScrub, checkScrubText } from './check.js';
import { loadEvents, mutate, mutation } from './events.js';
import { buildStack, stackShape } from './stacks.js';

export interface FuzzProperty {
  name: string;
  property: fc.IProperty<[unknown]>;
}

const scrubbers = new Map<string, Scrubber>();
function scrubberFor(context: ScrubContext, numbering = false): Scrubber {
  const key = JSON.stringify([context, numbering]);
  let s = scrubbers.get(key);
  if (!s) scrubbers.set(key, (s = createScrubber({ context, numbering })));
  return s;
}

const def = <T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => void): FuzzProperty => ({
  name,
  property: fc.property(arb as fc.Arbitrary<unknown>, (v) => check(v as T)),
});

export function fuzzProperties(): FuzzProperty[] {
  const cases = plantedCases().enabled;
  const events = loadEvents();
  const real = events.find((e) => Object.keys(e.context).length > 0) ?? events[0]!;
  const planted = fc.nat({ max: cases.length - 1 });

  return [
    def('anything', fc.tuple(fc.oneof(anyValue, exoticValue, fc.tuple(anyValue, exoticValue)), fc.boolean()), ([value, numbering]) =>
      checkScrub(scrubberFor({}, numbering), value),
    ),
    def('json', fc.tuple(fc.json({ maxDepth: 6 }), fc.boolean()), ([text, numbering]) => checkScrub(scrubberFor({}, numbering), JSON.parse(text))),
    def(
      'json with planted values',
      fc.tuple(fc.json({ maxDepth: 4 }), planted.chain((i) => plantOf(cases[i]!).map((p) => ({ i, p })))),
      ([text, { i, p }]) => {
        const c = cases[i]!;
        const forms = 'json' in p ? leakForms(c.value) : formsFor(c, p.carrier, p.encoding);
        checkScrub(scrubberFor(c.context), { base: JSON.parse(text) as unknown, planted: buildPlant(p) }, forms);
      },
    ),
    def('text with planted values', planted.chain((i) => plantInTextOf(cases[i]!).map((t) => ({ i, t }))), ({ i, t }) => {
      const c = cases[i]!;
      checkScrubText(scrubberFor(c.context), plantInText(encode(t.carrier, t.encoding), t.site), formsFor(c, t.carrier, t.encoding));
    }),
    def(
      'mutated real events',
      fc.tuple(fc.nat({ max: events.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 })),
      ([e, mutations]) => {
        const event = events[e]!;
        const { input, forms } = mutate(event, mutations);
        checkScrub(scrubberFor(event.context), input, forms);
      },
    ),
    def('random stack traces', stackShape, (shape) => {
      const { input, text } = buildStack(shape, real.context, real.planted);
      const forms = [...real.planted, ...(real.context.user ? [real.context.user] : [])].flatMap(leakForms);
      const scrubber = scrubberFor(real.context);
      checkScrub(scrubber, input, forms);
      checkScrubText(scrubber, text, forms);
    }),
  ];
}
