/**
 * Inputs of the invariant properties: random payloads with planted values of every rule, scrubbed by
 * recommended scrubbers for every fixture context (and none).
 */
import fc from 'fast-check';
import { createScrubber } from '../../src/index.js';
import type { ScrubContext, Scrubber } from '../../src/types.js';
import { benignText, buildPlant, encode, jsonValue, plantInText, plantInTextOf, plantOf } from '../arbitraries.js';
import type { Plant } from '../arbitraries.js';
import { groupByContext, plantedCases } from './planted-cases.js';

const { enabled } = plantedCases();

/** Every distinct fixture context, and none. */
export const CONTEXTS: readonly ScrubContext[] = [{}, ...groupByContext(enabled).map((g) => g.context).filter((c) => Object.keys(c).length > 0)];

export const SCRUBBERS: readonly Scrubber[] = CONTEXTS.map((context) => createScrubber({ context }));
export const NUMBERED: readonly Scrubber[] = CONTEXTS.map((context) => createScrubber({ context, numbering: true }));
/** Second scrubbers of the same options, compiled separately (determinism across instances). */
export const TWINS: readonly Scrubber[] = CONTEXTS.map((context) => createScrubber({ context }));
export const NUMBERED_TWINS: readonly Scrubber[] = CONTEXTS.map((context) => createScrubber({ context, numbering: true }));

/** Index of a scrubber in SCRUBBERS / NUMBERED / CONTEXTS. */
export const scrubberIndex = fc.nat({ max: CONTEXTS.length - 1 });

const anyPlant: fc.Arbitrary<Plant> = fc.oneof(...enabled.map((c) => plantOf(c)));

export interface PayloadShape {
  base: unknown;
  plants: Plant[];
}

/** A random JSON-like payload with zero to three planted values anywhere in it. */
export const payloadShape: fc.Arbitrary<PayloadShape> = fc.record({ base: jsonValue, plants: fc.array(anyPlant, { maxLength: 3 }) });

export function buildPayload(p: PayloadShape): unknown {
  return p.plants.length === 0 ? p.base : { base: p.base, planted: p.plants.map(buildPlant) };
}

/** Text with planted values (or carriers) of any rule, or benign text, or random text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.oneof(...enabled.map((c) => plantInTextOf(c))).map(({ carrier, encoding, site }) => plantInText(encode(carrier, encoding), site)),
  benignText,
  fc.string({ maxLength: 40 }),
);
