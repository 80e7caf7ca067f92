/**
 * fast-check arbitraries for config property tests: planted values (sensitive strings that must never
 * reach a summary), random JSON-ish values with planted strings anywhere, and configs shaped by a schema
 * (known keys, wrong types, plugin objects, named functions, class instances, factory calls).
 */
import fc from 'fast-check';
import { createFactoryCall, createImportRef } from '../../src/config/markers.js';
import type { ConfigSchemaNode } from '../../src/config/schema-types.js';

/** Realistic sensitive values of config files (fake tokens, paths, hosts, names of clients). */
export const PLANTED_CORPUS: readonly string[] = [
  'sk_live_51FAKEfakeFAKEfake00Zq',
  'ghp_FAKEfakeFAKEfakeFAKEfakeFAKEfake0Zq9',
  'glpat-FAKEfakeZq12345678',
  '/Users/alice/zq-globex/src',
  'C:\\Users\\bob\\zq-initech',
  'billing.corp.zq-initech.internal',
  'http://10.20.30.41:8080/zq',
  'alice.zq@globex-internal.com',
  'STRIPE_SECRET_KEY_ZQ',
  'zq-globex-portal-sync',
  '@zq-globex/design-system',
  'Umbrella Zq Corp SSO',
  'zqHooliAnalytics',
  '/clients/zq-globex/board-deck',
];

const zqToken = fc.stringMatching(/^[a-z0-9]{4,10}$/).map((s) => `zq${s}`);

/** A planted value: from the corpus, or generated in several shapes (all contain `zq`). */
export const planted: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PLANTED_CORPUS),
  zqToken.map((t) => `${t}-client`),
  zqToken.map((t) => `@${t}/ui`),
  zqToken.map((t) => `https://${t}.internal/api`),
  zqToken.map((t) => `/home/${t}/x`),
  zqToken.map((t) => t.toUpperCase()),
);

/** Planted values that could be record keys of a structure-only summary: not lowerCamelCase option names. */
export const plantedRecordKey: fc.Arbitrary<string> = planted.filter((s) => !/^[a-z]+(?:[A-Z][a-z]+)*[0-9]{0,2}$/.test(s));

/** A name no registry package has (scoped in a private scope, upper case, spaces, paths …). */
export const plantedNonPublicName: fc.Arbitrary<string> = planted.filter((s) => !/^[a-z0-9][a-z0-9._~-]*$/.test(s));

function named(name: string): unknown {
  return Object.defineProperty(function () {}, 'name', { value: name });
}

function instanceOf(name: string): unknown {
  const ctor = Object.defineProperty(class {}, 'name', { value: name }) as new () => object;
  return new ctor();
}

/** A runtime value carrying a planted string: plugin object, named function, class instance, tuple, marker. */
export const plantedCarrier: fc.Arbitrary<unknown> = planted.chain((p) =>
  fc.constantFrom<unknown>(
    p,
    { name: p, hooks: {} },
    named(p),
    instanceOf(p),
    [named(p), { option: p }],
    createFactoryCall(p, 'default', [{ apiKey: p }]),
    createFactoryCall('astro/config', 'envField.string', [{ default: p }]),
    createImportRef(p, p),
    `git+https://${p}@github.com/x/y.git`,
    `file:../${p}`,
    `npm:${p}@^1.0.0`,
  ),
);

/** Any JSON-ish value, with planted strings and carriers anywhere, as values and as keys. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.boolean(), fc.integer(), fc.constant(null), fc.string(), planted, plantedCarrier),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(planted, fc.string()), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Configs shaped by a schema: right and wrong kinds, planted values in every slot, unknown keys. */
export function configFor(node: ConfigSchemaNode, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return anyValue;
  const inner = (n: ConfigSchemaNode) => configFor(n, depth + 1);
  switch (node.kind) {
    case 'object': {
      const entries = Object.entries(node.properties);
      return fc
        .tuple(fc.subarray(entries, { maxLength: Math.min(8, entries.length) }).chain((picked) => fc.tuple(...picked.map(([k, n]) => inner(n).map((v) => [k, v] as const)))), fc.dictionary(planted, anyValue, { maxKeys: 2 }))
        .map(([known, extra]) => Object.assign(Object.fromEntries(known), extra));
    }
    case 'keys':
      return fc.dictionary(planted, inner(node.values ?? { kind: 'defined' }), { maxKeys: 4 });
    case 'array':
      return fc.array(fc.oneof(inner(node.items), fc.array(inner(node.items), { maxLength: 2 })), { maxLength: 4 });
    case 'union':
      return fc.oneof(...node.of.map(inner), anyValue);
    case 'enum':
      return fc.oneof(fc.constantFrom(...node.values), planted, ...(node.property ? [fc.constantFrom(...node.values).map((v) => ({ [node.property as string]: v, other: 'zqleak' }))] : []));
    case 'call':
      return fc.oneof(
        fc.tuple(fc.constantFrom('astro/config', '@astrojs/x'), fc.oneof(fc.constantFrom(...(node.exports ?? ['default'])), planted), fc.tuple(...(node.args ?? []).map(inner)))
          .map(([source, exp, args]) => createFactoryCall(source, exp, args)),
        plantedCarrier,
      );
    default:
      return fc.oneof(anyValue, plantedCarrier);
  }
}
