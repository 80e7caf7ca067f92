/**
 * Secrets of no known format, and their look-alikes, in the sentences error messages and logs put them
 * in. Planted: uniformly random tokens over the alphabets keys are drawn from (hex, one-case and mixed-
 * case alphanumerics, base64, base64url), at lengths keys are issued in, with a sensitive word nearby
 * but no `key=value` assignment. Benign: git SHAs, UUIDs, SRI hashes, data: URIs, minified code, names,
 * versions, colours, hashed file names, cache keys and public keys, each next to a sensitive word
 * but never as the value of an assignment (`token: …`, `t.token=…`), which the sensitive-key rule
 * redacts whatever it holds. Lengths and alphabets come from the formats, not from scrubjay's thresholds.
 */
import type { BenignCase, PlantedCase } from './catalog.js';
import { ALNUM, B64, B64URL, DIGITS, HEX, LOWER, UPPER, Rng } from './random.js';

const base64Bytes = (r: Rng, bytes: number): string => {
  const out: number[] = [];
  for (let i = 0; i < bytes; i++) out.push(r.int(0, 255));
  return Buffer.from(out).toString('base64');
};

const FORMATS: readonly { name: string; generate: (r: Rng) => string }[] = [
  { name: 'generic-hex', generate: (r) => r.hex(r.pick([32, 40, 64])) },
  { name: 'generic-base36', generate: (r) => r.str(LOWER + DIGITS, r.int(24, 40)) },
  { name: 'generic-base62', generate: (r) => r.str(ALNUM, r.int(20, 48)) },
  { name: 'generic-base64', generate: (r) => base64Bytes(r, r.pick([18, 24, 32, 48])) },
  { name: 'generic-base64url', generate: (r) => r.str(B64URL, r.int(32, 64)) },
];

/** Where a secret sits in prose: a sensitive word before it, or naming it after it. */
const SENTENCES: Record<string, (v: string, r: Rng) => string> = {
  sentence: (v) => `Deploy failed: my api key is ${v}, please rotate it.`,
  log: (v, r) => `2024-05-1${r.int(0, 9)}T09:12:44Z WARN gateway[${r.int(10, 99)}] auth token rejected: ${v} (retrying in 30s)`,
  shell: (v) => `+ export STRIPE_SECRET ${v}`,
  failure: (v) => `Authorization failed for key ${v}`,
  using: (v) => `using token ${v} for the upload`,
  after: (v) => `rotated ${v} (deploy key) at 09:14`,
  session: (v) => `session ${v} is no longer valid`,
  signing: (v) => `webhook signing secret ${v} did not match`,
  // The sensitive word is four names away: a window of a few names does not reach it.
  far: (v) => `token from the identity provider: ${v}`,
};

export function buildGenericPlanted(seed: number, perFormat: number): PlantedCase[] {
  const rng = new Rng(seed);
  const names = Object.keys(SENTENCES);
  const out: PlantedCase[] = [];
  for (const format of FORMATS) {
    for (let i = 0; i < perFormat; i++) {
      const context = names[out.length % names.length] ?? 'sentence';
      const value = format.generate(rng);
      const place = SENTENCES[context];
      if (!place) throw new Error(context);
      out.push({ format: format.name, family: 'generic', context, text: place(value, rng), value });
    }
  }
  return out;
}

const semver = (r: Rng): string => `${r.int(0, 20)}.${r.int(0, 40)}.${r.int(0, 99)}${r.pick(['', '-beta.1', '-rc.2', '+build.7'])}`;
const pascal = (r: Rng): string => r.pick(['Access', 'Session', 'Refresh', 'Signing', 'Api']) + r.pick(['Token', 'Key', 'Secret']);

const LOOK_ALIKES: readonly { kind: string; generate: (r: Rng) => string }[] = [
  { kind: 'git-sha-after-commit', generate: (r) => `token refresh failed at commit ${r.hex(40)}` },
  { kind: 'uuid-near-key', generate: (r) => `api key lookup for request ${r.uuid()} failed` },
  { kind: 'sri-integrity', generate: (r) => `token package integrity sha512-${base64Bytes(r, 64)}` },
  { kind: 'data-uri', generate: (r) => `auth provider token page logo data:image/png;base64,iVBORw0KGgo${base64Bytes(r, 48)}` },
  { kind: 'minified-code', generate: (r) => `function(t){return t.token&&e.a(t.token)}var n=r(${r.int(10, 999)}),o=n.get${pascal(r)}${r.int(2, 9)}(t.apiKey)` },
  { kind: 'identifier', generate: (r) => `auth error: ${r.pick(['password_reset_token_expired', 'TokenExpiredError', 'ERR_INVALID_AUTH_TOKEN', 'getAccessTokenSilently', `use${pascal(r)}Storage`])}` },
  { kind: 'version', generate: (r) => `token library ${semver(r)} loaded` },
  { kind: 'css-colour', generate: (r) => `secret badge colour #${r.hex(6)}` },
  { kind: 'hashed-filename', generate: (r) => `token bundle ${r.pick(['main', 'vendor', 'app'])}.${r.hex(r.pick([8, 20, 32]))}.js` },
  { kind: 'cache-key', generate: (r) => `token cache key ${r.hex(32)}` },
  { kind: 'public-key', generate: (r) => `deploy public key AAAAC3NzaC1lZDI1NTE5AAAAI${base64Bytes(r, 32)}` },
  { kind: 'lockfile', generate: (r) => `js-tokens@^${semver(r)}:\n  version "${semver(r)}"\n  integrity sha512-${base64Bytes(r, 64)}` },
  { kind: 'timestamp', generate: (r) => `session started ${r.int(1600000000, 1800000000)}${r.digits(3)} (${r.str(UPPER, 3)} ${r.str(DIGITS, 2)})` },
  { kind: 'short-id', generate: (r) => `token ${r.str(HEX, 8)} for user ${r.str(B64.slice(0, 62), 10)}` },
];

export function buildGenericBenign(seed: number, perKind: number): BenignCase[] {
  const rng = new Rng(seed);
  const out: BenignCase[] = [];
  for (const k of LOOK_ALIKES) for (let i = 0; i < perKind; i++) out.push({ kind: k.kind, context: 'prose', text: k.generate(rng) });
  return out;
}
