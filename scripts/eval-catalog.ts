/**
 * Evaluates scrubjay against tokens generated from providers' documented formats (not from our
 * fixtures or rules) placed in realistic contexts, plus benign look-alikes that must stay untouched,
 * and compares with redact-pii, @redactpii/node and secretlint on the same texts.
 *
 *   npx tsx scripts/eval-catalog.ts [--verbose]
 *
 * Prints counts only, never the generated values. Always exits 0; prints "target met" / "NOT met".
 */
import redactPii from 'redact-pii';
import { Redactor } from '@redactpii/node';
import { lintSource } from '@secretlint/core';
import { creator as recommendPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { createScrubber } from '../src/index.js';
import { buildBenign, buildPlanted } from './eval-catalog/catalog.js';
import { buildGenericBenign, buildGenericPlanted } from './eval-catalog/generic.js';

const SEED = 20240601;
const PER_FORMAT = 7;
const PER_BENIGN_KIND = 18;
const TARGET_RECALL = 0.95;
const TARGET_BENIGN = 0.98;
const verbose = process.argv.includes('--verbose');

interface Tool {
  name: string;
  /** Whether the planted value was caught in this text. */
  caught: (text: string, value: string) => Promise<boolean>;
  /** Whether the benign text was left untouched. */
  untouched: (text: string) => Promise<boolean>;
}

const scrubber = createScrubber({ context: {} });
const syncRedactor = new redactPii.SyncRedactor();
const redactor = new Redactor();

async function secretlintRanges(text: string): Promise<(readonly [number, number])[]> {
  const result = await lintSource({
    source: { content: text, filePath: '/virtual/input.txt', contentType: 'text' },
    options: { config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendPreset }] }, noPhysicFilePath: true },
  });
  return result.messages.map((m) => m.range);
}

const textTool = (name: string, redact: (text: string) => string): Tool => ({
  name,
  caught: async (text, value) => !redact(text).includes(value),
  untouched: async (text) => redact(text) === text,
});

const TOOLS: Tool[] = [
  textTool('scrubjay', (t) => scrubber.scrubText(t).text),
  textTool('redact-pii', (t) => syncRedactor.redact(t)),
  textTool('@redactpii/node', (t) => redactor.redact(t)),
  {
    name: 'secretlint',
    caught: async (text, value) => {
      const start = text.indexOf(value);
      const end = start + value.length;
      return (await secretlintRanges(text)).some(([s, e]) => s <= start && e >= end);
    },
    untouched: async (text) => (await secretlintRanges(text)).length === 0,
  },
];

const planted = [...buildPlanted(SEED, PER_FORMAT), ...buildGenericPlanted(SEED + 2, PER_FORMAT)];
const benign = [...buildBenign(SEED + 1, PER_BENIGN_KIND), ...buildGenericBenign(SEED + 3, PER_BENIGN_KIND)];
const families = [...new Set(planted.map((p) => p.family))];

interface Score {
  caughtByFamily: Map<string, number>;
  caught: number;
  untouched: number;
  misses: Map<string, number>;
  touchedKinds: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

const scores = new Map<string, Score>();
for (const tool of TOOLS) {
  const score: Score = { caughtByFamily: new Map(), caught: 0, untouched: 0, misses: new Map(), touchedKinds: new Map() };
  for (const c of planted) {
    if (await tool.caught(c.text, c.value)) {
      score.caught++;
      bump(score.caughtByFamily, c.family);
    } else bump(score.misses, `${c.family}/${c.format} (${c.context})`);
  }
  for (const b of benign) {
    if (await tool.untouched(b.text)) score.untouched++;
    else bump(score.touchedKinds, `${b.kind} (${b.context})`);
  }
  scores.set(tool.name, score);
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((n / d) * 100).toFixed(1)}%`);
const familySize = (f: string) => planted.filter((p) => p.family === f).length;

const header = ['', ...TOOLS.map((t) => t.name)];
const rows: string[][] = [];
rows.push(['recall (all)', ...TOOLS.map((t) => pct(scores.get(t.name)?.caught ?? 0, planted.length))]);
for (const f of families) rows.push([`  ${f} (n=${familySize(f)})`, ...TOOLS.map((t) => pct(scores.get(t.name)?.caughtByFamily.get(f) ?? 0, familySize(f)))]);
rows.push(['benign untouched', ...TOOLS.map((t) => pct(scores.get(t.name)?.untouched ?? 0, benign.length))]);

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(`planted values: ${planted.length} (${new Set(planted.map((p) => p.format)).size} formats, ${families.length} families); benign texts: ${benign.length}\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const own = scores.get('scrubjay');
if (own) {
  const recall = own.caught / planted.length;
  const benignRate = own.untouched / benign.length;
  console.log(`\nscrubjay: recall ${recall.toFixed(3)} (target ${TARGET_RECALL}), benign untouched ${benignRate.toFixed(3)} (target ${TARGET_BENIGN}): ${recall >= TARGET_RECALL && benignRate >= TARGET_BENIGN ? 'target met' : 'NOT met'}`);
  const missByFamily = new Map<string, number>();
  for (const [k, n] of own.misses) missByFamily.set(k.split('/')[0] ?? k, (missByFamily.get(k.split('/')[0] ?? k) ?? 0) + n);
  console.log(`scrubjay misses by family: ${[...missByFamily].map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
  if (verbose) {
    console.log('\nscrubjay misses (format, context):');
    for (const [k, n] of [...own.misses].sort()) console.log(`  ${n}× ${k}`);
    console.log('scrubjay benign texts changed (kind, context):');
    for (const [k, n] of [...own.touchedKinds].sort()) console.log(`  ${n}× ${k}`);
  }
}
