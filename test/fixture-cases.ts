/** Reads the per-rule fixture cases of fixtures/rules/ (format: fixtures/README.md). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScrubContext } from '../src/types.js';

export const FIXTURE_ROOT = join(import.meta.dirname, '..', 'fixtures', 'rules');

export interface FixtureCase {
  ruleId: string;
  kind: 'ok' | 'ng';
  name: string;
  dir: string;
  input: { text: string } | { json: unknown };
  expected?: { text: string } | { json: unknown };
  planted: string[];
  context?: ScrubContext;
}

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function readCase(ruleId: string, entry: string): FixtureCase {
  const dir = join(FIXTURE_ROOT, ruleId, entry);
  const kind = entry.startsWith('ng.') ? 'ng' : 'ok';
  const inputText = readOptional(join(dir, 'input.txt'));
  const inputJson = readOptional(join(dir, 'input.json'));
  const outText = readOptional(join(dir, 'output.txt'));
  const outJson = readOptional(join(dir, 'output.json'));
  const planted = readOptional(join(dir, 'planted.txt'));
  const context = readOptional(join(dir, 'context.json'));
  const c: FixtureCase = {
    ruleId,
    kind,
    name: entry,
    dir,
    input: inputJson !== undefined ? { json: JSON.parse(inputJson) } : { text: inputText ?? '' },
    planted: planted ? planted.split('\n').filter((l) => l.length > 0) : [],
  };
  if (!inputText && inputJson === undefined) throw new Error(`${dir}: no input.txt or input.json`);
  if (outJson !== undefined) c.expected = { json: JSON.parse(outJson) };
  else if (outText !== undefined) c.expected = { text: outText };
  if (context) c.context = JSON.parse(context) as ScrubContext;
  return c;
}

export function listFixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const ruleId of readdirSync(FIXTURE_ROOT).sort()) {
    const ruleDir = join(FIXTURE_ROOT, ruleId);
    for (const entry of readdirSync(ruleDir).sort()) {
      if (/^(ok|ng)\.[A-Za-z0-9._-]+$/.test(entry)) cases.push(readCase(ruleId, entry));
    }
  }
  return cases;
}

/** Every planted value of every ng case, with its rule (the property tests plant them). */
export function plantedSecrets(): { ruleId: string; value: string; context?: ScrubContext }[] {
  return listFixtureCases().flatMap((c) => c.planted.map((value) => (c.context ? { ruleId: c.ruleId, value, context: c.context } : { ruleId: c.ruleId, value })));
}
