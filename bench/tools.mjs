/**
 * The three tools, behind one shape: `prepare(input)` (not timed) then `run(prepared)` (timed).
 * scrubjay scrubs the value itself; redact-pii and @redactpii/node only take strings, so each input
 * is serialized with JSON.stringify beforehand (not timed) and the string is redacted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DIST = new URL('../dist/node.js', import.meta.url);

/** Limits raised so every input is scrubbed in full (the default 1 s budget would drop values, flattering scrubjay). */
export const BENCH_LIMITS = { timeBudgetMs: 60_000, maxNodes: 10_000_000 };

/** Exits with a hint when dist/ is missing (the bench measures the built package). */
export function requireDist() {
  if (!existsSync(DIST)) {
    console.error('run npm run build first');
    process.exit(1);
  }
}

export function versionOf(name) {
  const file = name === 'scrubjay' ? '../package.json' : `../node_modules/${name}/package.json`;
  return JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')).version;
}

export async function loadTools(context) {
  const { createScrubber } = await import(DIST.href);
  const scrubber = createScrubber({ context, limits: BENCH_LIMITS });
  const { SyncRedactor } = require('redact-pii');
  const redactPii = new SyncRedactor();
  const { Redactor } = await import('@redactpii/node');
  const redactpiiNode = new Redactor();
  return [
    { name: 'scrubjay', version: versionOf('scrubjay'), prepare: (input) => input.object, run: (v) => scrubber.scrub(v) },
    { name: 'redact-pii', version: versionOf('redact-pii'), prepare: (input) => input.text, run: (s) => redactPii.redact(s) },
    { name: '@redactpii/node', version: versionOf('@redactpii/node'), prepare: (input) => input.text, run: (s) => redactpiiNode.redact(s) },
  ];
}

/** What a tool's result leaves for the reader: scrubjay's scrubbed value, the others' string. */
export const outputOf = (result) => (typeof result === 'string' ? result : result.value);

/** Values scrubjay dropped whole because of a limit (should be none with BENCH_LIMITS). */
export const droppedIn = (result) => (typeof result === 'string' ? 0 : result.findings.filter((f) => f.type === 'dropped').length);
