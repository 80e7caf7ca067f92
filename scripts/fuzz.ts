/**
 * Long-running fuzzer (not part of `npm test`): runs the properties of test/hardening/fuzz/ in turns,
 * with a new seed per batch, for N minutes. Checked on every run: scrubbing never throws, the output is
 * JSON-safe and idempotent, no planted value survives, no run takes over 5 s.
 *
 *   npx tsx scripts/fuzz.ts [--minutes N] [--seed S] [--out DIR]    fuzz (default: 1 minute, fixtures/fuzz)
 *   npx tsx scripts/fuzz.ts --replay fixtures/fuzz/FILE.json        re-run one counterexample
 *
 * A failing property is shrunk by fast-check; its minimal counterexample is written to
 * `<out>/<property>-<seed>.json` with the seed and path to replay it, and the exit code is 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import fc from 'fast-check';
import { fuzzProperties } from '../test/hardening/fuzz/properties.js';
import type { FuzzProperty } from '../test/hardening/fuzz/properties.js';

const ROOT = join(import.meta.dirname, '..');
const BATCH_RUNS = 100;

interface Counterexample {
  property: string;
  seed: number;
  path: string;
  error: string;
  /** The shrunk input as fast-check prints it (JavaScript). */
  counterexample: string;
  /** The same as JSON, when JSON keeps it whole: test/hardening/fuzz-counterexamples.test.ts re-checks it. */
  shape?: unknown;
  replay: string;
}

/** The value itself when a JSON round trip keeps it whole, else undefined. */
function asJson(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text !== undefined && isDeepStrictEqual(JSON.parse(text), value) ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function slug(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

function errorOf(details: fc.RunDetails<[unknown]>): string {
  const e = details.errorInstance;
  return e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n') : String(e);
}

function writeCounterexample(out: string, p: FuzzProperty, details: fc.RunDetails<[unknown]>): string {
  mkdirSync(out, { recursive: true });
  const file = join(out, `${slug(p.name)}-${details.seed}.json`);
  const ce: Counterexample = {
    property: p.name,
    seed: details.seed,
    path: details.counterexamplePath ?? '',
    error: errorOf(details),
    counterexample: fc.stringify(details.counterexample?.[0]),
    ...(asJson(details.counterexample?.[0]) !== undefined ? { shape: asJson(details.counterexample?.[0]) } : {}),
    replay: `npx tsx scripts/fuzz.ts --replay ${relative(ROOT, file)}`,
  };
  writeFileSync(file, JSON.stringify(ce, null, 2) + '\n');
  return file;
}

function replay(file: string, properties: readonly FuzzProperty[]): number {
  const ce = JSON.parse(readFileSync(file, 'utf8')) as Counterexample;
  const p = properties.find((x) => x.name === ce.property);
  if (!p) {
    console.error(`no property named "${ce.property}"`);
    return 2;
  }
  const details = fc.check(p.property, { seed: ce.seed, path: ce.path, endOnFailure: true });
  if (!details.failed) {
    console.log(`${ce.property}: passes now (seed ${ce.seed}, path ${ce.path})`);
    return 0;
  }
  console.log(`${ce.property}: still fails\n${errorOf(details)}\ninput: ${fc.stringify(details.counterexample?.[0])}`);
  return 1;
}

function fuzz(minutes: number, baseSeed: number, out: string, properties: readonly FuzzProperty[]): number {
  const deadline = Date.now() + minutes * 60_000;
  const runs = new Map(properties.map((p) => [p.name, 0]));
  const failed = new Set<string>();
  let batch = 0;
  console.log(`fuzzing ${properties.length} properties for ${minutes} min, base seed ${baseSeed}`);
  while (Date.now() < deadline && failed.size < properties.length) {
    for (const p of properties) {
      if (failed.has(p.name) || Date.now() >= deadline) continue;
      const seed = (baseSeed + batch++) | 0;
      const details = fc.check(p.property, { seed, numRuns: BATCH_RUNS });
      runs.set(p.name, (runs.get(p.name) ?? 0) + details.numRuns);
      if (!details.failed) continue;
      failed.add(p.name);
      const file = writeCounterexample(out, p, details);
      console.log(`FAIL ${p.name} (seed ${seed}): ${errorOf(details).split('\n')[0]}\n  counterexample: ${relative(ROOT, file)}`);
    }
  }
  for (const [name, n] of runs) console.log(`${failed.has(name) ? 'FAIL' : 'ok  '} ${name}: ${n} runs`);
  return failed.size > 0 ? 1 : 0;
}

const USAGE = 'usage: npx tsx scripts/fuzz.ts [--minutes N] [--seed S] [--out DIR] | --replay FILE';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        minutes: { type: 'string', default: '1' },
        seed: { type: 'string' },
        out: { type: 'string', default: join(ROOT, 'fixtures', 'fuzz') },
        replay: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const properties = fuzzProperties();
  if (values.replay) return replay(values.replay, properties);
  const minutes = Number(values.minutes);
  if (!(minutes > 0)) {
    console.error('--minutes takes a positive number');
    return 2;
  }
  const seed = values.seed === undefined ? Date.now() ^ (process.pid << 16) : Number(values.seed);
  return fuzz(minutes, seed, values.out!, properties);
}

process.exitCode = main();
