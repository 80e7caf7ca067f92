/**
 * Property tests: over random configs with planted values anywhere, no planted value ever appears in a
 * summary; summaries are JSON, deterministic, never throw and leave the input as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledConfigSchemas } from '../../src/config/bundled-schemas.js';
import { extractConfig } from '../../src/config/extract/extract-config.js';
import { ScrubjayError } from '../../src/scrubjay-error.js';
import type { ConfigSchemaNode } from '../../src/config/schema-types.js';
import { summarizeConfig } from '../../src/config/summarize-config.js';
import { anyValue, configFor, planted, plantedNonPublicName, plantedRecordKey } from './arbitraries.js';

const RUNS = 300;
const ZQ = /zq/i;

function collectStrings(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') out.push(value.name);
  else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    const ctor = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
    if (ctor) out.push(ctor);
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      collectStrings(v, out, seen);
    }
  }
  return out;
}

/** Every planted value in `config` (they all contain `zq`), checked against the summary text. */
function leaked(config: unknown, summary: unknown): string[] {
  const text = JSON.stringify(summary);
  const plantedHere = collectStrings(config).filter((s) => ZQ.test(s));
  return [...new Set(plantedHere)].filter((p) => text.includes(p)).concat(ZQ.test(text) ? ['zq'] : []);
}

describe.each(['astro', 'vite'] as const)('the %s schema', (name) => {
  const schema = bundledConfigSchemas[name] as { root: ConfigSchemaNode; name: string };

  it('never lets a planted value through', () => {
    fc.assert(
      fc.property(configFor(schema.root), (config) => {
        expect(leaked(config, summarizeConfig(config, bundledConfigSchemas[name]))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lets a planted value through any value at all', () => {
    fc.assert(
      fc.property(anyValue, (config) => {
        expect(leaked(config, summarizeConfig(config, bundledConfigSchemas[name]))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the package-json schema', () => {
  const spec = fc.oneof(fc.constantFrom('^1.2.3', '~0.4.0', 'latest', '*'), planted.map((p) => `git+https://${p}@github.com/a/b.git`), planted.map((p) => `file:../${p}`), planted.map((p) => `npm:@${p}/x@^2`), planted);
  const nonRegistry = planted.chain((p) => fc.constantFrom(`git+https://${p}@h.dev/a.git`, `file:${p}`, `link:../${p}`, 'workspace:*', `https://${p}.dev/a.tgz`, `npm:${p}@^1`, `zq${p.length}-tag`));
  const deps = fc.dictionary(plantedNonPublicName, spec, { maxKeys: 5 });
  const unscopedNonRegistry = fc.dictionary(planted, nonRegistry, { maxKeys: 5 });
  const pkg = fc.record({ name: planted, version: planted, scripts: fc.dictionary(planted, planted), dependencies: fc.oneof(deps, unscopedNonRegistry), devDependencies: deps, repository: planted, custom: anyValue }, { requiredKeys: [] });

  it('keeps no private, non-registry or aliased dependency name and no planted version', () => {
    fc.assert(
      fc.property(pkg, (config) => {
        expect(leaked(config, summarizeConfig(config, bundledConfigSchemas['package-json']))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('structure-only summaries', () => {
  const structured = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.oneof(planted, fc.boolean(), fc.integer(), fc.constant(null)),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(plantedRecordKey, fc.constantFrom('root', 'plugins', 'rules', 'outDir')), tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  it('never show a planted string value, or a planted record key', () => {
    fc.assert(
      fc.property(structured, (config) => {
        expect(leaked(config, summarizeConfig(config))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('static extraction, then summary', () => {
  const literal = (key: fc.Arbitrary<string>) => fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      planted.map((p) => JSON.stringify(p)),
      fc.constantFrom('true', '42', 'null', 'process.env.ZQ_SECRET', 'mdx()', 'acme({ key: "zqkey" })', 'priv()', '`zq${x}`'),
      fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
      fc.array(fc.tuple(fc.oneof(key, fc.constantFrom('integrations', 'adapter', 'env', 'redirects', 'site')), tie('value')), { maxLength: 4 })
        .map((entries) => `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')} }`),
    ),
  })).value;
  const header = "import mdx from '@astrojs/mdx';\nimport acme from './zq-acme.mjs';\nimport priv from '@zq-acme/astro';\n";

  // Structure-only summaries show option-like keys (documented), so there planted keys have record-key shapes.
  it.each([
    ['astro', planted],
    [undefined, plantedRecordKey],
  ] as const)('never lets a planted value through (schema %s)', (name, key) => {
    fc.assert(
      fc.property(literal(key), (body) => {
        const { value } = extractConfig(`${header}export default defineConfig(${body});\n`);
        const summary = summarizeConfig(value, name === undefined ? undefined : bundledConfigSchemas[name]);
        expect(JSON.stringify(summary)).not.toMatch(ZQ);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('static extraction of TypeScript, then summary', () => {
  // Every value may sit behind a TypeScript wrapper; types, interfaces and enums carry planted names too.
  const WRAPPERS = [
    (v: string) => v,
    (v: string) => `(${v}) as const`,
    (v: string) => `(${v}) satisfies ZqShape`,
    (v: string) => `(${v})!`,
    (v: string) => `<ZqShape>(${v})`,
    (v: string) => `(${v}) as unknown as ZqConfig<'zq-type-arg'>`,
  ];
  const wrapped = (value: fc.Arbitrary<string>) => fc.tuple(value, fc.nat(WRAPPERS.length - 1)).map(([v, i]) => (WRAPPERS[i] ?? WRAPPERS[0])!(v));
  const literal = fc.letrec((tie) => ({
    value: wrapped(
      fc.oneof(
        { depthSize: 'small' },
        planted.map((p) => JSON.stringify(p)),
        fc.constantFrom('true', '42', 'process.env.ZQ_SECRET!', 'mdx<ZqShape>()', 'acme({ key: "zqkey" } as ZqShape)', 'priv()', 'ZqMode.Secret', 'typedZq'),
        fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
        fc.array(fc.tuple(fc.oneof(planted, fc.constantFrom('integrations', 'adapter', 'env', 'redirects', 'site')), tie('value')), { maxLength: 4 })
          .map((entries) => `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')} }`),
      ),
    ),
  })).value;
  const header = `import mdx from '@astrojs/mdx';
import type { ZqConfig } from '@zq-acme/types';
import { type ZqShape } from 'zq-shapes';
import acme from './zq-acme';
import priv from '@zq-acme/astro';
interface ZqOptions { key: 'zq-interface-literal' }
type ZqAlias = 'zq-type-alias';
enum ZqMode { Secret = 'zq-enum-value' }
const typedZq: ZqOptions = { key: 'zq-interface-literal' };
`;

  it('never lets a planted value through (astro schema)', () => {
    fc.assert(
      fc.property(literal, (body) => {
        const { value } = extractConfig(`${header}export default defineConfig<ZqOptions>(${body} satisfies ZqConfig);\n`, { filename: 'astro.config.ts' });
        expect(JSON.stringify(summarizeConfig(value, bundledConfigSchemas.astro))).not.toMatch(ZQ);
      }),
      { numRuns: RUNS },
    );
  });

  it('on any token soup, extracting either succeeds or throws INVALID_INPUT without source text', () => {
    const token = fc.constantFrom(
      'zqname', "'zq-string'", '`zq${x}`', '/zq/', ':', '<', '>', '<ZqT,>', 'as', 'satisfies', 'const', '!', '?', '{', '}', '(', ')', '[', ']',
      '=', '=>', ',', ';', '.', '@zq', 'interface', 'type', 'enum', 'declare', 'abstract', 'namespace', 'import', 'export', 'default',
      'from', 'require', 'readonly', 'public', 'keyof', 'typeof', 'infer', 'extends', 'implements', 'get', 'set', 'class', 'function',
      ' ', '\n', '#', '"', "'", '`',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        try {
          extractConfig(tokens.join(' '), { typescript: true });
        } catch (error) {
          expect(error).toBeInstanceOf(ScrubjayError);
          expect((error as ScrubjayError).code).toBe('INVALID_INPUT');
          expect((error as Error).message).not.toMatch(ZQ);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

describe('invariants', () => {
  const astroRoot = (bundledConfigSchemas.astro as { root: ConfigSchemaNode }).root;
  it('summaries are JSON, deterministic, and leave the input unchanged; summarizing never throws', () => {
    fc.assert(
      fc.property(configFor(astroRoot), (config) => {
        const before = collectStrings(config);
        const a = summarizeConfig(config, bundledConfigSchemas.astro);
        const b = summarizeConfig(config, bundledConfigSchemas.astro);
        expect(a).toEqual(b);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(collectStrings(config)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});
