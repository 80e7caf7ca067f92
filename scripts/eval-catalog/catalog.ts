/** Builds the planted set (formats in contexts) and the benign look-alike set, deterministically. */
import { B64, HEX, LOWER, ALNUM, Rng } from './random.js';
import { FORMATS } from './formats.js';

export interface PlantedCase {
  format: string;
  family: string;
  context: string;
  text: string;
  /** The value exactly as it appears in `text`. */
  value: string;
}

export interface BenignCase {
  kind: string;
  context: string;
  text: string;
}

const NEUTRAL_KEYS = ['value', 'id', 'data', 'ref', 'item', 'param', 'field', 'v', 'entry', 'arg'];
const SENSITIVE_KEYS = ['api_key', 'token', 'secret', 'password', 'auth_token', 'credential'];

type Placer = (key: string, value: string, rng: Rng) => { text: string; value: string };

const camel = (key: string) => key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

const CONTEXTS: Record<string, Placer> = {
  env: (k, v) => ({ text: `${k.toUpperCase()}=${v}`, value: v }),
  json: (k, v) => {
    const escaped = JSON.stringify(v).slice(1, -1);
    return { text: `{"${k}":"${escaped}","count":3,"ok":true}`, value: escaped };
  },
  yaml: (k, v) => ({ text: `settings:\n  ${k}: ${v}\n  retries: 3`, value: v }),
  js: (k, v) => ({ text: `const ${camel(k)} = "${v}";`, value: v }),
  url: (k, v) => {
    const encoded = encodeURIComponent(v);
    return { text: `GET https://api.example.com/v2/items?${k}=${encoded}&page=2`, value: encoded };
  },
  log: (k, v, r) => ({ text: `2024-0${r.int(1, 9)}-1${r.int(0, 9)}T10:${r.int(10, 59)}:07Z INFO worker[${r.int(10, 99)}] processed ${k}=${v} in ${r.int(2, 900)}ms`, value: v }),
  error: (k, v) => ({ text: `Error: could not process ${k} "${v}": request failed with status 400`, value: v }),
};

const MULTILINE_CONTEXTS = ['json', 'env', 'log'];

export function buildPlanted(seed: number, perFormat: number): PlantedCase[] {
  const rng = new Rng(seed);
  const out: PlantedCase[] = [];
  const contextNames = Object.keys(CONTEXTS);
  for (const format of FORMATS) {
    for (let i = 0; i < perFormat; i++) {
      const names = format.multiline ? MULTILINE_CONTEXTS : contextNames;
      const context = names[(i + out.length) % names.length] ?? 'env';
      const key = i % 2 === 0 ? rng.pick(NEUTRAL_KEYS) : rng.pick(SENSITIVE_KEYS);
      let raw = format.generate(rng);
      if (format.multiline && context === 'env') raw = raw.replace(/\n/g, '\\n');
      const placer = CONTEXTS[context];
      if (!placer) throw new Error(context);
      const placed = placer(key, raw, rng);
      out.push({ format: format.name, family: format.family, context, text: placed.text, value: placed.value });
    }
  }
  return out;
}

interface BenignKind {
  kind: string;
  keys: readonly string[];
  generate: (r: Rng) => string;
}

const BENIGN_KINDS: readonly BenignKind[] = [
  { kind: 'git-sha', keys: ['commit', 'sha', 'revision', 'head'], generate: (r) => r.hex(40) },
  { kind: 'short-sha', keys: ['commit', 'build'], generate: (r) => r.hex(7) },
  { kind: 'uuid', keys: ['request_id', 'trace', 'id', 'order_id'], generate: (r) => r.uuid() },
  { kind: 'sha256-digest', keys: ['digest', 'checksum'], generate: (r) => `sha256:${r.hex(64)}` },
  { kind: 'npm-integrity', keys: ['integrity'], generate: (r) => `sha512-${r.str(B64, 86)}==` },
  { kind: 'base64-image', keys: ['thumbnail', 'icon', 'image'], generate: (r) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.str(B64, 60)}` },
  { kind: 'semver', keys: ['version', 'release'], generate: (r) => `${r.int(0, 20)}.${r.int(0, 40)}.${r.int(0, 99)}${r.pick(['', '-beta.1', '-rc.2', '+build.7'])}` },
  { kind: 'version-range', keys: ['engines', 'peer', 'range'], generate: (r) => r.pick([`^${r.int(1, 9)}.${r.int(0, 9)}.0`, `~${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`, `>=${r.int(1, 9)}.0.0 <${r.int(10, 20)}.0.0`]) },
  { kind: 'minified-identifier', keys: ['symbol', 'fn'], generate: (r) => r.pick([`_0x${r.hex(4)}`, `${r.str(LOWER, 1)}${r.str(ALNUM, 2)}`, `__webpack_require__${r.int(1, 9)}`, `t.${r.str(LOWER, 2)}`]) },
  { kind: 'css-color', keys: ['color', 'background', 'border'], generate: (r) => r.pick([`#${r.hex(6)}`, `#${r.hex(3)}`, `rgba(${r.int(0, 255)}, ${r.int(0, 255)}, ${r.int(0, 255)}, 0.${r.int(1, 9)})`]) },
  { kind: 'hashed-filename', keys: ['chunk', 'bundle', 'asset'], generate: (r) => `${r.pick(['app', 'vendor', 'main', 'runtime'])}.${r.hex(r.pick([6, 8, 20]))}.${r.pick(['js', 'css'])}` },
  { kind: 'iso-date', keys: ['created_at', 'updated', 'date'], generate: (r) => `20${r.int(10, 29)}-0${r.int(1, 9)}-${r.int(10, 28)}T${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z` },
  { kind: 'port', keys: ['port', 'listen'], generate: (r) => String(r.pick([80, 443, 3000, 5432, 6379, 8080, 9229, r.int(1024, 65535)])) },
  { kind: 'http-status-line', keys: ['status', 'response'], generate: (r) => r.pick(['HTTP/1.1 200 OK', 'HTTP/1.1 404 Not Found', 'HTTP/2 503 Service Unavailable', 'HTTP/1.1 301 Moved Permanently']) },
  { kind: 'w3c-traceparent', keys: ['traceparent'], generate: (r) => `00-${r.hex(32)}-${r.hex(16)}-01` },
  { kind: 'etag', keys: ['etag'], generate: (r) => `W/"${r.hex(8)}-${r.str(ALNUM, 27)}"` },
  { kind: 'number', keys: ['duration_ms', 'bytes', 'count', 'timestamp'], generate: (r) => String(r.pick([r.int(0, 999), r.int(1600000000, 1800000000), r.int(100000, 99999999)])) },
  { kind: 'hex-hash', keys: ['hash', 'fingerprint', 'md5'], generate: (r) => r.hex(r.pick([32, 64])) },
];

const BENIGN_CONTEXTS: Record<string, (key: string, value: string, r: Rng) => string> = {
  env: (k, v) => `${k.toUpperCase()}=${v}`,
  json: (k, v) => `{"${k}":${JSON.stringify(v)},"count":3,"ok":true}`,
  yaml: (k, v) => `settings:\n  ${k}: ${v.includes(' ') || v.startsWith('#') || v.startsWith('^') || v.startsWith('>') ? JSON.stringify(v) : v}\n  retries: 3`,
  js: (k, v) => `const ${camel(k)} = "${v}";`,
  log: (k, v, r) => `2024-0${r.int(1, 9)}-1${r.int(0, 9)}T10:${r.int(10, 59)}:07Z INFO worker[${r.int(10, 99)}] processed ${k}=${v} in ${r.int(2, 900)}ms`,
  error: (k, v) => `Error: unexpected ${k} "${v}" (expected a different value)`,
};

export function buildBenign(seed: number, perKind: number): BenignCase[] {
  const rng = new Rng(seed);
  const out: BenignCase[] = [];
  const names = Object.keys(BENIGN_CONTEXTS);
  for (const kind of BENIGN_KINDS) {
    for (let i = 0; i < perKind; i++) {
      const context = names[(i + out.length) % names.length] ?? 'env';
      const place = BENIGN_CONTEXTS[context];
      if (!place) throw new Error(context);
      out.push({ kind: kind.kind, context, text: place(rng.pick(kind.keys), kind.generate(rng), rng) });
    }
  }
  return out;
}

export { HEX };
