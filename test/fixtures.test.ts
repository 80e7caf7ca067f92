/** One test per fixtures/rules/<rule>/<ok|ng>.<case>/ directory, run with only that rule enabled. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../src/index.js';
import { builtinRulePacks } from '../src/rules/builtin-rules.js';
import { FIXTURE_ROOT, listFixtureCases } from './fixture-cases.js';
import type { FixtureCase } from './fixture-cases.js';

const cases = listFixtureCases();
const builtinIds = builtinRulePacks.flatMap((p) => p.rules.map((r) => r.id));

function run(c: FixtureCase) {
  const scrubber = createScrubber({ rules: [c.ruleId], context: c.context ?? {} });
  if ('text' in c.input) {
    const r = scrubber.scrubText(c.input.text);
    return { out: { text: r.text } as FixtureCase['expected'], findings: r.findings, serialized: r.text };
  }
  const r = scrubber.scrub(c.input.json);
  return { out: { json: r.value } as FixtureCase['expected'], findings: r.findings, serialized: JSON.stringify(r.value) };
}

describe.each(cases.map((c) => [`${c.ruleId}/${c.name}`, c] as const))('%s', (_label, c) => {
  it(c.kind === 'ng' ? 'is redacted as expected' : 'stays untouched', () => {
    const { out, findings, serialized } = run(c);
    if (c.kind === 'ok') {
      expect(findings).toEqual([]);
      expect(out).toEqual(c.input);
      return;
    }
    expect(c.expected, `${c.dir} has no output.txt or output.json`).toBeDefined();
    expect(out).toEqual(c.expected);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.ruleId).toBe(c.ruleId);
    for (const planted of c.planted) expect(serialized.includes(planted), `planted value survives in ${c.dir}`).toBe(false);
  });
});

describe('fixture coverage', () => {
  it.each(builtinIds)('rule %s has ng and ok cases', (id) => {
    const kinds = new Set(cases.filter((c) => c.ruleId === id).map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['ng', 'ok']);
  });

  it('every fixture directory names a built-in rule', () => {
    const unknown = readdirSync(FIXTURE_ROOT).filter((d) => !builtinIds.includes(d));
    expect(unknown).toEqual([]);
  });
});
