import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EXIT } from '../../src/cli/exit-codes.js';
import { escapeData, escapeProperty } from '../../src/cli/check/format-github.js';
import { formatJunit } from '../../src/cli/check/format-junit.js';
import { formatSarif } from '../../src/cli/check/format-sarif.js';
import type { CheckReport } from '../../src/cli/check/report.js';
import { runCli, tempDir } from './fake-io.js';
import { GATE_CONFIG, LEAK_CONFIG, ROOT, SHAPE_CONFIG, plantedIn } from './gate/gate-fixtures.js';
import { createSarifValidator } from './gate/sarif-validator.js';

const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
const CONFIGS = { pass: GATE_CONFIG, leak: LEAK_CONFIG, shape: SHAPE_CONFIG } as const;
const check = (config: string, format: string) => runCli(['check', '--config', config, '--format', format], { cwd: ROOT });
const validateSarif = createSarifValidator();

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: Array<{ fullyQualifiedName: string }> }>;
}

describe.each(Object.entries(CONFIGS))('check --format * on the %s example', (name, config) => {
  it.each(FORMATS)('%s: exit code as for text, and no planted value anywhere', async (format) => {
    const r = await check(config, format);
    expect(r.code).toBe(name === 'pass' ? EXIT.ok : EXIT.findings);
    expect(plantedIn(r.stdout + r.stderr)).toEqual([]);
  });
});

describe('check --format sarif', () => {
  it.each(Object.entries(CONFIGS))('validates against the SARIF 2.1.0 schema (%s)', async (_name, config) => {
    const log = JSON.parse((await check(config, 'sarif')).stdout);
    expect(validateSarif(log)).toEqual([]);
  });

  it('describes the rules and locates each result: file, line, JSON Pointer', async () => {
    const log = JSON.parse((await check(LEAK_CONFIG, 'sarif')).stdout);
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('scrubjay');
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(['planted-value-leak', 'shape-field-added', 'shape-field-removed', 'shape-type-changed']);
    const results = run.results as SarifResult[];
    expect(results).toHaveLength(3);
    for (const result of results) {
      expect(result.ruleId).toBe('planted-value-leak');
      expect(ids[result.ruleIndex]).toBe(result.ruleId);
      expect(result.level).toBe('error');
      expect(result.locations[0]?.physicalLocation.artifactLocation.uri).toBe('fixtures/gate/negative/leak/events/support-tickets.ndjson');
    }
    expect(results.map((r) => r.locations[0]?.physicalLocation.region.startLine)).toEqual([1, 2, 3]);
    expect(results.map((r) => r.locations[0]?.logicalLocations[0]?.fullyQualifiedName)).toEqual(['/body', '/body', '/attachment/contentBase64']);
    expect(results[2]?.message.text).toContain('survives (base64)');
  });

  it('percent-encodes file names into valid URI references', () => {
    const report: CheckReport = {
      version: '0.0.0',
      files: [],
      unused: [],
      problems: [{ ruleId: 'planted-value-leak', file: 'my events/50% #1?.json', line: 2, pointer: '', kind: 'raw', target: 'value', planted: 'p.txt:1', firedRules: [] }],
      stats: { files: 1, events: 1, planted: 1, redactions: 0, ms: 1 },
    };
    const log = JSON.parse(formatSarif(report));
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20events/50%25%20%231%3F.json');
  });
});

describe('check --format junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) });
  const parse = (xml: string) => {
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml).testsuites;
  };

  it('has one testsuite per file and one testcase per event, failures on the events with leaks', async () => {
    const suites = parse((await check(LEAK_CONFIG, 'junit')).stdout);
    expect(suites['@tests']).toBe('4');
    expect(suites['@failures']).toBe('3');
    expect(suites.testsuite).toHaveLength(1);
    const suite = suites.testsuite[0];
    expect(suite['@name']).toBe('fixtures/gate/negative/leak/events/support-tickets.ndjson');
    expect(suite.testcase.map((c: Record<string, string>) => c['@name'])).toEqual(['line 1', 'line 2', 'line 3', 'line 4']);
    const failures = suite.testcase.map((c: { failure?: Array<Record<string, string>> }) => c.failure?.[0]?.['@type'] ?? null);
    expect(failures).toEqual(['planted-value-leak', 'planted-value-leak', 'planted-value-leak', null]);
    expect(suite.testcase[2].failure[0]['@message']).toContain('survives (base64) at /attachment/contentBase64');
  });

  it('puts shape changes on the event that shows them and removed fields in a snapshot suite', async () => {
    const suites = parse((await check(SHAPE_CONFIG, 'junit')).stdout);
    expect(suites.testsuite.map((s: Record<string, string>) => s['@name'])).toEqual([
      'fixtures/gate/events/cli-errors.ndjson',
      'fixtures/gate/negative/shape/events/checkout-error.json',
      'snapshot fixtures/gate/snapshot.json',
    ]);
    const [ndjson, doc, snapshot] = suites.testsuite;
    expect(ndjson.testcase).toHaveLength(5);
    expect(ndjson['@failures']).toBe('0');
    expect(doc.testcase[0].failure[0]['@type']).toBe('shape-field-added');
    expect(doc.testcase[0].failure[0]['#text']).toContain('[shape-type-changed]');
    expect(snapshot.testcase[0].failure[0]['@type']).toBe('shape-field-removed');
  });

  it('passes with no failure on the bundled example', async () => {
    const suites = parse((await check(GATE_CONFIG, 'junit')).stdout);
    expect(suites['@failures']).toBe('0');
    expect(suites.testsuite.flatMap((s: { testcase: object[] }) => s.testcase)).toHaveLength(7);
  });

  it('escapes names and messages (markup, quotes, control characters)', () => {
    const report: CheckReport = {
      version: '0.0.0',
      files: [{ file: 'a&b<"c">\'.json', lines: [1] }],
      unused: [],
      problems: [{ ruleId: 'shape-field-added', file: 'a&b<"c">\'.json', line: 1, pointer: '/x<y>/\u0001&"', types: ['string'], below: 0 }],
      stats: { files: 1, events: 1, planted: 0, redactions: 0, ms: 1 },
    };
    const suites = parse(formatJunit(report));
    expect(suites.testsuite[0]['@name']).toBe('a&b<"c">\'.json');
    expect(suites.testsuite[0].testcase[0].failure[0]['@message']).toBe('new field /x<y>/\ufffd&" (string) is not in the approved snapshot');
  });
});

describe('check --format github', () => {
  it('writes one ::error workflow command per problem, then the verdict', async () => {
    const r = await check(LEAK_CONFIG, 'github');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '::error file=fixtures/gate/negative/leak/events/support-tickets.ndjson,line=1,title=scrubjay planted-value-leak::planted value fixtures/gate/negative/leak/events/support-tickets.planted.txt:1 survives (raw) at /body; no rule redacted anything there',
    );
    expect(lines[2]).toMatch(/^::error file=.*,line=3,title=scrubjay planted-value-leak::.* survives \(base64\) at \/attachment\/contentBase64;/);
    expect(lines[3]).toMatch(/^scrubjay check: FAIL: 3 leaks/);
    expect(r.stderr).toBe('');
  });

  it('escapes properties and messages as the runner expects', () => {
    expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae');
    expect(escapeData('50%: a,b\r\n')).toBe('50%25: a,b%0D%0A');
  });
});

describe('check --format text and json', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('json lists the problems with their messages and the numbers', async () => {
    const out = JSON.parse((await check(LEAK_CONFIG, 'json')).stdout);
    expect(out.ok).toBe(false);
    expect(out.stats).toMatchObject({ files: 1, events: 4, planted: 1, redactions: 0 });
    expect(out.problems[1]).toMatchObject({ ruleId: 'planted-value-leak', line: 2, pointer: '/body', kind: 'case-insensitive', target: 'value' });
  });

  it('text is coloured only when asked', async () => {
    writeFileSync(`${tmp.dir}/x.json`, '{}');
    const plain = await runCli(['check', 'x.json'], { cwd: tmp.dir });
    expect(plain.stdout).not.toContain('\u001b[');
    const colored = await runCli(['check', 'x.json'], { cwd: tmp.dir, env: { FORCE_COLOR: '1' } });
    expect(colored.stdout).toContain('\u001b[32mscrubjay check: ok');
    const file = await runCli(['check', 'x.json', '--output', 'report.txt'], { cwd: tmp.dir, env: { FORCE_COLOR: '1' } });
    expect(file.stdout).toBe('');
    expect(readFileSync(`${tmp.dir}/report.txt`, 'utf8')).toMatch(/^scrubjay check: ok: 1 file/);
  });
});
