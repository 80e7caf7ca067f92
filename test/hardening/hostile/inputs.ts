/** Builders of hostile inputs, and the fake values planted in them. */
import { HOSTILE_CONTEXT } from '../full-scrubber.js';

export const KB = 1_000;
export const MB = 1_000_000;

const ENV_TOKEN = HOSTILE_CONTEXT.env!.FAKE_API_TOKEN!;

/** Fake sensitive values the full scrubber must remove wherever they are planted. */
export const PLANTED = [ENV_TOKEN, 'jane.fake@fake-corp.example', '/home/fakeuser/projects/hardening-app/src/secret.ts', 'fakeuser'] as const;

/** `unit` repeated to exactly `length` characters. */
export function run(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * `length` characters of log-like text with the planted values every ~`every` characters, and with
 * percent-encoded, JSON-escaped and base64 pieces so that every decoded view of the engine is built.
 */
export function plantedText(length: number, every = 100 * KB): string {
  const filler = 'request failed while rendering the page; retrying in 5s (attempt 3 of 5). ';
  const pieces = [...PLANTED, 'path=%2Fhome%2Ffakeuser%2F.ssh', 'json=\\"\\/home\\/fakeuser\\"', 'b64=ZmFrZS10b2tlbi12YWx1ZS0wMTIzNDU2Nzg5'];
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < length) {
    const block = run(filler, every) + ' ' + pieces[i++ % pieces.length] + ' ';
    parts.push(block);
    size += block.length;
  }
  return parts.join('').slice(0, length);
}

/** `depth` arrays nested in each other, built without recursion. */
export function nestedArrays(depth: number): unknown[] {
  let v: unknown[] = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** `depth` objects nested under the key `a`. */
export function nestedObjects(depth: number): Record<string, unknown> {
  let v: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** An object with `count` keys made by `key(i)`. */
export function manyKeys(count: number, key: (i: number) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) out[key(i)] = i;
  return out;
}
