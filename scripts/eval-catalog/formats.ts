/**
 * Token and PII formats as documented by their providers (prefixes, lengths, alphabets, checksums),
 * re-checked against public documentation without looking at scrubjay's rules. Sources, what was
 * checked and what changed are listed per format in ./SOURCES.md. Each generator returns a fresh
 * random value drawn only from the seeded Rng, so the catalog stays deterministic.
 *
 * Where a provider issues several shapes under one name (two prefixes, two lengths, a legacy and a
 * current format), the generator picks among them, so the eval covers every documented variant.
 */
import { ALNUM, B64URL, BASE32, DIGITS, LOWER, UPPER, Rng, base62, checksummedToken, crc32, iban, luhnComplete } from './random.js';

export interface Format {
  name: string;
  family: string;
  generate: (rng: Rng) => string;
  /** Multi-line values (PEM blocks) are only placed in contexts that can hold them. */
  multiline?: boolean;
}

const LOWER_ALNUM = LOWER + DIGITS;
const UPPER_ALNUM = UPPER + DIGITS;
const UPPER_HEX = '0123456789ABCDEF';
/** Devise.friendly_token: urlsafe base64 with l, I, O, 0 replaced (GitLab legacy tokens). */
const FRIENDLY = B64URL.replace(/[lIO0]/g, '');

// ---------------------------------------------------------------------------------------------
// small encoders (all randomness comes from the Rng)

function bytes(r: Rng, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = r.int(0, 255);
  return out;
}

const b64 = (r: Rng, n: number) => bytes(r, n).toString('base64');
const b64url = (r: Rng, n: number) => bytes(r, n).toString('base64url');
const json64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const json64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Wraps a base64 body at `width` columns (PEM: 64 per RFC 7468, OpenSSH: 70). */
function wrap(body: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  return lines;
}

/** BIP-173 bech32 (used by age keys): 8-bit bytes to 5-bit words plus a 6-word checksum. */
const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function bech32Polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i] ?? 0;
  }
  return chk >>> 0;
}
function bech32Encode(hrp: string, data: Buffer): string {
  const words: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of data) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      words.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) words.push((acc << (5 - bits)) & 31);
  const expanded = [...hrp].map((c) => c.charCodeAt(0) >>> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = bech32Polymod([...expanded, ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  for (let i = 0; i < 6; i++) words.push((mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${words.map((w) => BECH32_CHARSET[w]).join('')}`;
}

/** Verhoeff check digit (Aadhaar). */
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffDigit(digits: string): string {
  let c = 0;
  const rev = [...digits].reverse();
  for (let i = 0; i < rev.length; i++) c = VERHOEFF_D[c]?.[VERHOEFF_P[(i + 1) % 8]?.[Number(rev[i])] ?? 0] ?? 0;
  return String(VERHOEFF_INV[c]);
}

/** GitHub-style CRC32 checksum in 6 base62 chars over the random part. */
const withCrc62 = (prefix: string, body: string) => `${prefix}${body}${base62(crc32(body), 6)}`;

/**
 * GitLab routable token (lib/authn/token_field/generator/routable_token.rb): prefix +
 * base64url(16 random bytes + "k:v\n..." payload + payload size byte) + ".01." +
 * base36(payload length, 2) + base36(crc32 of everything before, 7).
 */
function gitlabRoutable(r: Rng, prefix: string, payload: Record<string, number>): string {
  const text = Object.keys(payload)
    .sort()
    .map((k) => `${k}:${(payload[k] ?? 0).toString(36)}`)
    .join('\n');
  const raw = Buffer.concat([bytes(r, 16), Buffer.from(text), Buffer.from([text.length])]).toString('base64url');
  const head = `${prefix}${raw}.01.${raw.length.toString(36).padStart(2, '0')}`;
  return `${head}${crc32(head).toString(36).padStart(7, '0')}`;
}

function jwt(r: Rng, header: object, claims: object, sigBytes: number): string {
  return `${json64url(header)}.${json64url(claims)}.${b64url(r, sigBytes)}`;
}

function uuid(r: Rng): string {
  return r.uuid();
}

/** Card number grouped the way it is printed (4-4-4-4, Amex 4-6-5, Diners 4-6-4), or bare. */
function cardLayout(r: Rng, number: string): string {
  const sep = r.pick(['', '', ' ', '-']);
  if (!sep) return number;
  const groups = number.length === 15 ? [4, 6, 5] : number.length === 14 ? [4, 6, 4] : [4, 4, 4, 4, 3];
  const out: string[] = [];
  let at = 0;
  for (const g of groups) {
    if (at >= number.length) break;
    out.push(number.slice(at, at + g));
    at += g;
  }
  return out.join(sep);
}

/** IBAN in electronic form or in the ISO 13616 print form (groups of four). */
function ibanLayout(r: Rng, value: string): string {
  return r.int(0, 2) === 0 ? (value.match(/.{1,4}/g) ?? [value]).join(' ') : value;
}

function pemBlock(label: string, body: string): string {
  return [`-----BEGIN ${label}-----`, ...wrap(body, 64), `-----END ${label}-----`].join('\n');
}

// ---------------------------------------------------------------------------------------------

export const FORMATS: readonly Format[] = [
  // cloud ---------------------------------------------------------------------------------------
  { name: 'aws-access-key-id', family: 'cloud', generate: (r) => `AKIA${r.str(BASE32, 16)}` },
  { name: 'aws-temporary-key-id', family: 'cloud', generate: (r) => `ASIA${r.str(BASE32, 16)}` },
  // 40 chars of base64 alphabet, e.g. the docs' wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.
  { name: 'aws-secret-access-key', family: 'cloud', generate: (r) => r.str(ALNUM + '+/', 40) },
  {
    name: 'aws-session-token',
    family: 'cloud',
    generate: (r) => `${r.pick(['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE', 'AQoDYXdzE'])}${b64(r, r.int(250, 650)).replace(/=+$/, '')}`,
  },
  {
    name: 'google-api-key',
    family: 'cloud',
    generate: (r) => `AIza${r.pick(['Sy', r.str(B64URL, 2)])}${r.str(B64URL, 33)}`,
  },
  { name: 'google-auth-key', family: 'cloud', generate: (r) => `AQ.Ab${r.str(B64URL, r.int(48, 72))}` },
  { name: 'google-oauth-client-secret', family: 'cloud', generate: (r) => `GOCSPX-${r.str(B64URL, 28)}` },
  { name: 'google-oauth-access-token', family: 'cloud', generate: (r) => `ya29.${r.pick(['a0', 'c.', 'A0'])}${r.str(B64URL, r.int(110, 240))}` },
  {
    name: 'gcp-service-account-private-key',
    family: 'cloud',
    // The private_key field of a service-account JSON key file, with its \n escapes, as it is
    // pasted into env vars and JSON configs.
    generate: (r) => {
      const body = `MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ${b64(r, 1180).slice(0, 1573)}=`;
      return `-----BEGIN PRIVATE KEY-----\\n${wrap(body, 64).join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
    },
  },
  {
    name: 'azure-storage-account-key',
    family: 'cloud',
    generate: (r) => `${b64(r, 64).slice(0, 86)}==`,
  },
  {
    name: 'azure-storage-connection-string',
    family: 'cloud',
    generate: (r) =>
      `DefaultEndpointsProtocol=https;AccountName=${r.str(LOWER_ALNUM, r.int(6, 20))};AccountKey=${b64(r, 64).slice(0, 86)}==;EndpointSuffix=core.windows.net`,
  },
  {
    name: 'azure-service-bus-connection-string',
    family: 'cloud',
    generate: (r) =>
      `Endpoint=sb://${r.str(LOWER, r.int(5, 12))}-${r.pick(['bus', 'events', 'prod'])}.servicebus.windows.net/;SharedAccessKeyName=${r.pick(['RootManageSharedAccessKey', 'send-only', 'listen'])};SharedAccessKey=${b64(r, 32)}`,
  },
  {
    name: 'azure-sas-token',
    family: 'cloud',
    generate: (r) => {
      const day = `20${r.int(25, 27)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`;
      const sig = encodeURIComponent(b64(r, 32));
      return r.pick([
        `sv=2022-11-02&ss=${r.pick(['b', 'bfqt', 'bf'])}&srt=${r.pick(['sco', 'co', 'o'])}&sp=${r.pick(['rwdlacupiytfx', 'rl', 'r', 'rwdlac'])}&se=${day}T${pad(r.int(0, 23), 2)}:00:00Z&st=${day}T00:00:00Z&spr=https&sig=${sig}`,
        `sp=r&st=${day}T08:00:00Z&se=${day}T20:00:00Z&spr=https&sv=2021-06-08&sr=b&sig=${sig}`,
      ]);
    },
  },
  {
    name: 'azure-ad-client-secret',
    family: 'cloud',
    generate: (r) => `${r.str(ALNUM + '_~.', 3)}${r.digits(1)}Q~${r.str(ALNUM + '_~.-', r.int(31, 34))}`,
  },
  {
    name: 'digitalocean-pat',
    family: 'cloud',
    generate: (r) => `${r.pick(['dop_v1_', 'dop_v1_', 'doo_v1_', 'dor_v1_'])}${r.hex(64)}`,
  },
  { name: 'alibaba-access-key-id', family: 'cloud', generate: (r) => `LTAI${r.str(ALNUM, r.pick([20, 20, 12]))}` },
  { name: 'databricks-token', family: 'cloud', generate: (r) => `dapi${r.hex(32)}${r.pick(['', '', '-2', '-3'])}` },
  { name: 'netlify-pat', family: 'cloud', generate: (r) => `nfp_${r.str(ALNUM, r.int(36, 40))}` },
  {
    name: 'heroku-api-key',
    family: 'cloud',
    generate: (r) => (r.int(0, 2) === 0 ? uuid(r) : `HRKU-AA${r.str(B64URL, 42)}_____w${r.str(B64URL, 10)}`),
  },
  {
    name: 'cloudflare-api-token',
    family: 'cloud',
    generate: (r) => {
      const kind = r.pick(['cfut_', 'cfat_', 'cfk_', 'legacy-token', 'legacy-global']);
      if (kind === 'legacy-token') return r.str(ALNUM, 40);
      if (kind === 'legacy-global') return r.hex(r.int(37, 45));
      const body = r.str(ALNUM, 40);
      return `${kind}${body}${crc32(kind + body).toString(16).padStart(8, '0')}`;
    },
  },
  {
    name: 'vercel-token',
    family: 'cloud',
    generate: (r) => (r.int(0, 3) === 0 ? r.str(ALNUM, 24) : `${r.pick(['vcp', 'vci', 'vca', 'vcr', 'vck'])}_${r.str(ALNUM, r.int(40, 60))}`),
  },
  {
    name: 'supabase-secret-key',
    family: 'cloud',
    generate: (r) =>
      r.pick([
        () => `sb_secret_${r.str(B64URL, 22)}_${r.str(B64URL, 8)}`,
        () => `sbp_${r.hex(40)}`,
        () =>
          jwt(r, { alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: r.str(LOWER, 20), role: 'service_role', iat: r.int(1650000000, 1760000000), exp: r.int(1970000000, 2080000000) }, 32),
      ])(),
  },
  {
    name: 'firebase-fcm-server-key',
    family: 'cloud',
    generate: (r) => `AAAA${r.str(B64URL, 7)}:APA91b${r.str(B64URL, 134)}`,
  },
  // version control -----------------------------------------------------------------------------
  { name: 'github-pat-classic', family: 'vcs', generate: (r) => checksummedToken(r, 'ghp_') },
  { name: 'github-oauth-token', family: 'vcs', generate: (r) => checksummedToken(r, 'gho_') },
  { name: 'github-user-to-server-token', family: 'vcs', generate: (r) => checksummedToken(r, 'ghu_') },
  { name: 'github-app-installation-token', family: 'vcs', generate: (r) => checksummedToken(r, 'ghs_') },
  { name: 'github-refresh-token', family: 'vcs', generate: (r) => checksummedToken(r, 'ghr_') },
  { name: 'github-pat-fine-grained', family: 'vcs', generate: (r) => `github_pat_${r.str(ALNUM, 22)}_${r.str(ALNUM, 59)}` },
  {
    name: 'gitlab-pat',
    family: 'vcs',
    // Every new PAT is routable (payload o: organization, u: user, c: cell when configured);
    // older ones are 20 Devise friendly-token characters.
    generate: (r) =>
      r.int(0, 3) === 0
        ? `glpat-${r.str(FRIENDLY, 20)}`
        : gitlabRoutable(r, 'glpat-', r.int(0, 1) ? { o: 1, u: r.int(1, 30_000_000) } : { c: r.int(1, 9), o: r.int(1, 5000), u: r.int(1, 30_000_000) }),
  },
  { name: 'gitlab-deploy-token', family: 'vcs', generate: (r) => `gldt-${r.str(FRIENDLY, 20)}` },
  {
    name: 'gitlab-runner-token',
    family: 'vcs',
    generate: (r) =>
      r.pick([
        () => `glrt-${r.str(FRIENDLY, 20)}`,
        () => `glrt-t${r.int(1, 3)}_${r.str(FRIENDLY, 20)}`,
        () => gitlabRoutable(r, `glrt-t${r.int(2, 3)}_`, { c: r.int(1, 9), g: r.int(1, 90_000_000), o: 1, u: r.int(1, 30_000_000) }),
      ])(),
  },
  { name: 'gitlab-pipeline-trigger-token', family: 'vcs', generate: (r) => `glptt-${r.hex(40)}` },
  { name: 'gitlab-runner-registration-token', family: 'vcs', generate: (r) => `GR1348941${r.str(FRIENDLY, 20)}` },
  { name: 'gitlab-feed-token', family: 'vcs', generate: (r) => `glft-${r.str(FRIENDLY, 20)}` },
  {
    name: 'bitbucket-app-password',
    family: 'vcs',
    generate: (r) => `ATBB${r.str(ALNUM, 24)}${r.str(UPPER_HEX, 8)}`,
  },
  {
    name: 'bitbucket-access-token',
    family: 'vcs',
    generate: (r) => `ATCTT3xFfGN0${r.str(B64URL, 171)}=${r.str(UPPER_HEX, 8)}`,
  },
  // registries ----------------------------------------------------------------------------------
  { name: 'npm-access-token', family: 'registries', generate: (r) => checksummedToken(r, 'npm_') },
  // docs.pypi.org: "pypi-" + base64 macaroon of at least 85 chars, arbitrarily long.
  { name: 'pypi-upload-token', family: 'registries', generate: (r) => `pypi-AgEIcHlwaS5vcmc${r.str(B64URL, r.int(70, 210))}` },
  {
    name: 'docker-hub-pat',
    family: 'registries',
    generate: (r) => (r.int(0, 3) === 0 ? `dckr_oat_${r.str(B64URL, 32)}` : `dckr_pat_${r.str(B64URL, 27)}`),
  },
  { name: 'rubygems-api-key', family: 'registries', generate: (r) => `rubygems_${r.hex(48)}` },
  { name: 'nuget-api-key', family: 'registries', generate: (r) => `oy2${r.str(LOWER_ALNUM, 43)}` },
  // payments ------------------------------------------------------------------------------------
  // Stripe: sk_/rk_ + live_/test_; key bodies up to 128 chars per Stripe (24 legacy, 99 current).
  { name: 'stripe-secret-key', family: 'payments', generate: (r) => `sk_live_${r.str(ALNUM, r.pick([24, 99, 99, r.int(24, 128)]))}` },
  { name: 'stripe-restricted-key', family: 'payments', generate: (r) => `rk_live_${r.str(ALNUM, r.pick([24, 99, 99, r.int(24, 128)]))}` },
  { name: 'stripe-test-secret-key', family: 'payments', generate: (r) => `${r.pick(['sk', 'rk'])}_test_${r.str(ALNUM, r.pick([24, 99]))}` },
  { name: 'stripe-webhook-secret', family: 'payments', generate: (r) => `whsec_${r.str(ALNUM, 32)}` },
  {
    name: 'square-access-token',
    family: 'payments',
    generate: (r) => (r.int(0, 3) === 0 ? `sq0atp-${r.str(B64URL, 22)}` : `EAAA${r.str(B64URL, 60)}`),
  },
  { name: 'square-application-secret', family: 'payments', generate: (r) => `sq0csp-${r.str(B64URL, 43)}` },
  {
    name: 'shopify-access-token',
    family: 'payments',
    generate: (r) => `${r.pick(['shpat_', 'shpat_', 'shpca_', 'shppa_'])}${r.hex(32)}`,
  },
  { name: 'shopify-shared-secret', family: 'payments', generate: (r) => `shpss_${r.hex(32)}` },
  { name: 'braintree-access-token', family: 'payments', generate: (r) => `access_token$${r.pick(['production', 'production', 'sandbox'])}$${r.str(LOWER_ALNUM, 16)}$${r.hex(32)}` },
  // chat and messaging --------------------------------------------------------------------------
  { name: 'slack-bot-token', family: 'chat', generate: (r) => `xoxb-${r.digits(r.int(10, 13))}-${r.digits(r.int(10, 13))}-${r.str(ALNUM, 24)}` },
  { name: 'slack-user-token', family: 'chat', generate: (r) => `xoxp-${r.digits(r.int(10, 13))}-${r.digits(r.int(10, 13))}-${r.digits(13)}-${r.hex(32)}` },
  { name: 'slack-app-token', family: 'chat', generate: (r) => `xapp-1-A${r.str(UPPER_ALNUM, 10)}-${r.digits(13)}-${r.hex(64)}` },
  {
    name: 'slack-rotating-token',
    family: 'chat',
    generate: (r) => (r.int(0, 2) === 0 ? `xoxe-1-${r.str(ALNUM, 146)}` : `xoxe.${r.pick(['xoxb', 'xoxp'])}-1-${r.str(ALNUM, r.int(163, 166))}`),
  },
  {
    name: 'slack-webhook',
    family: 'chat',
    generate: (r) =>
      r.pick([
        () => `https://hooks.slack.com/services/T${r.str(UPPER_ALNUM, r.int(8, 10))}/B${r.str(UPPER_ALNUM, r.int(8, 10))}/${r.str(ALNUM, 24)}`,
        () => `https://hooks.slack.com/workflows/T${r.str(UPPER_ALNUM, r.int(8, 10))}/A${r.str(UPPER_ALNUM, r.int(8, 10))}/${r.digits(18)}/${r.str(ALNUM, 24)}`,
        () => `https://hooks.slack.com/triggers/T${r.str(UPPER_ALNUM, r.int(8, 10))}/${r.digits(13)}/${r.hex(32)}`,
      ])(),
  },
  {
    name: 'discord-bot-token',
    family: 'chat',
    generate: (r) => `${Buffer.from(String(r.int(100000000, 1400000000)) + r.digits(9)).toString('base64').replace(/=+$/, '')}.${r.str(B64URL, 6)}.${r.str(B64URL, r.pick([27, 38]))}`,
  },
  {
    name: 'discord-webhook',
    family: 'chat',
    generate: (r) => `https://${r.pick(['discord.com', 'discordapp.com'])}/api/webhooks/${r.int(100000000, 1400000000)}${r.digits(9)}/${r.str(B64URL, 68)}`,
  },
  { name: 'sendgrid-api-key', family: 'chat', generate: (r) => `SG.${r.str(B64URL, 22)}.${r.str(B64URL, 43)}` },
  { name: 'twilio-api-key-sid', family: 'chat', generate: (r) => `SK${r.hex(32)}` },
  { name: 'twilio-auth-token', family: 'chat', generate: (r) => r.hex(32) },
  {
    name: 'mailgun-api-key',
    family: 'chat',
    generate: (r) => (r.int(0, 1) === 0 ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`),
  },
  { name: 'mailchimp-api-key', family: 'chat', generate: (r) => `${r.hex(32)}-us${r.int(1, 21)}` },
  { name: 'telegram-bot-token', family: 'chat', generate: (r) => `${r.int(1, 8)}${r.digits(r.int(7, 9))}:AA${r.str(B64URL, 33)}` },
  { name: 'brevo-api-key', family: 'chat', generate: (r) => `${r.pick(['xkeysib-', 'xkeysib-', 'xsmtpsib-'])}${r.hex(64)}-${r.str(ALNUM, 16)}` },
  // AI providers --------------------------------------------------------------------------------
  {
    name: 'openai-project-key',
    family: 'ai',
    generate: (r) => {
      const half = r.pick([74, 58]);
      return `sk-proj-${r.str(B64URL, half)}T3BlbkFJ${r.str(B64URL, half)}`;
    },
  },
  {
    name: 'openai-service-account-or-admin-key',
    family: 'ai',
    generate: (r) => {
      const half = r.pick([74, 58]);
      return `sk-${r.pick(['svcacct', 'admin'])}-${r.str(B64URL, half)}T3BlbkFJ${r.str(B64URL, half)}`;
    },
  },
  { name: 'openai-legacy-key', family: 'ai', generate: (r) => `sk-${r.str(ALNUM, 20)}T3BlbkFJ${r.str(ALNUM, 20)}` },
  { name: 'anthropic-api-key', family: 'ai', generate: (r) => `sk-ant-api03-${r.str(B64URL, 93)}AA` },
  { name: 'anthropic-admin-key', family: 'ai', generate: (r) => `sk-ant-admin01-${r.str(B64URL, 93)}AA` },
  { name: 'groq-api-key', family: 'ai', generate: (r) => `gsk_${r.str(ALNUM, 52)}` },
  { name: 'huggingface-token', family: 'ai', generate: (r) => `hf_${r.str(UPPER + LOWER, 34)}` },
  { name: 'perplexity-api-key', family: 'ai', generate: (r) => `pplx-${r.str(ALNUM, 48)}` },
  { name: 'replicate-token', family: 'ai', generate: (r) => `r8_${r.str(ALNUM, 37)}` },
  { name: 'openrouter-key', family: 'ai', generate: (r) => `sk-or-v1-${r.hex(64)}` },
  { name: 'cohere-api-key', family: 'ai', generate: (r) => r.str(ALNUM, 40) },
  // developer tools and SaaS --------------------------------------------------------------------
  {
    name: 'vault-service-token',
    family: 'devtools',
    generate: (r) =>
      r.pick([
        () => `hvs.CAESI${r.str(B64URL, r.int(86, 110))}`,
        () => `hvb.AAAAAQ${r.str(B64URL, r.int(132, 220))}`,
        () => `s.${r.str(ALNUM, 24)}`,
      ])(),
  },
  { name: 'terraform-cloud-token', family: 'devtools', generate: (r) => `${r.str(ALNUM, 14)}.atlasv1.${r.str(ALNUM + '-_', r.int(60, 70))}` },
  {
    name: 'doppler-token',
    family: 'devtools',
    generate: (r) =>
      r.pick([
        () => `dp.${r.pick(['pt', 'ct', 'sa', 'scim', 'audit'])}.${r.str(ALNUM, 43)}`,
        () => `dp.st.${r.pick(['dev', 'stg', 'prd', 'ci'])}.${r.str(ALNUM, 40)}`,
      ])(),
  },
  { name: 'pulumi-token', family: 'devtools', generate: (r) => `pul-${r.hex(40)}` },
  { name: 'postman-api-key', family: 'devtools', generate: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}` },
  { name: 'sonarqube-token', family: 'devtools', generate: (r) => `${r.pick(['squ_', 'sqp_', 'sqa_'])}${r.hex(40)}` },
  { name: 'linear-api-key', family: 'devtools', generate: (r) => `lin_api_${r.str(ALNUM, 40)}` },
  { name: 'airtable-pat', family: 'devtools', generate: (r) => `pat${r.str(ALNUM, 14)}.${r.hex(64)}` },
  {
    name: 'notion-token',
    family: 'devtools',
    generate: (r) => (r.int(0, 2) === 0 ? `secret_${r.str(ALNUM, 43)}` : `ntn_${r.digits(11)}${r.str(ALNUM, 35)}`),
  },
  { name: 'atlassian-api-token', family: 'devtools', generate: (r) => `ATATT3xFfGF0${r.str(B64URL, 171)}=${r.str(UPPER_HEX, 8)}` },
  { name: 'okta-api-token', family: 'devtools', generate: (r) => `00${r.str(ALNUM + '-_', 40)}` },
  { name: 'auth0-client-secret', family: 'devtools', generate: (r) => r.str(B64URL, 64) },
  { name: 'algolia-admin-api-key', family: 'devtools', generate: (r) => r.hex(32) },
  {
    name: '1password-service-account-token',
    family: 'devtools',
    generate: (r) =>
      `ops_${json64({
        signInAddress: 'my.1password.com',
        userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: b64url(r, 16) },
        email: `${r.str(LOWER_ALNUM, 13)}@1passwordserviceaccounts.com`,
        srpX: r.hex(64),
        muk: { alg: 'A256GCM', ext: true, k: b64url(r, 32), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
        secretKey: `A3-${r.str(UPPER_ALNUM, 6)}-${r.str(UPPER_ALNUM, 6)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}`,
        throttleSecret: { seed: r.hex(64), uuid: r.str(UPPER_ALNUM, 26) },
        deviceUuid: r.str(LOWER_ALNUM, 26),
      }).replace(/=+$/, '')}`,
  },
  {
    name: '1password-secret-key',
    family: 'devtools',
    generate: (r) => `A3-${r.str(UPPER_ALNUM, 6)}-${r.str(UPPER_ALNUM, 6)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}`,
  },
  // observability -------------------------------------------------------------------------------
  { name: 'datadog-api-key', family: 'observability', generate: (r) => r.hex(32) },
  { name: 'datadog-application-key', family: 'observability', generate: (r) => r.hex(40) },
  { name: 'new-relic-user-key', family: 'observability', generate: (r) => `NRAK-${r.str(UPPER_ALNUM, 27)}` },
  { name: 'new-relic-license-key', family: 'observability', generate: (r) => `${r.hex(36)}NRAL` },
  { name: 'new-relic-insert-key', family: 'observability', generate: (r) => `NRII-${r.str(ALNUM + '-_', 32)}` },
  { name: 'sentry-user-token', family: 'observability', generate: (r) => `sntryu_${r.hex(64)}` },
  {
    name: 'sentry-org-token',
    family: 'observability',
    generate: (r) => {
      const slug = r.str(LOWER, r.int(4, 12));
      const claims = { iat: r.int(1690000000, 1760000000) + 0.5, url: 'https://sentry.io', region_url: `https://${r.pick(['us', 'de'])}.sentry.io`, org: slug };
      return `sntrys_${json64(claims)}_${r.str(ALNUM + '+/', 43)}`;
    },
  },
  { name: 'grafana-service-account-token', family: 'observability', generate: (r) => `glsa_${r.str(ALNUM, 32)}_${r.hex(8)}` },
  {
    name: 'grafana-cloud-token',
    family: 'observability',
    generate: (r) =>
      `glc_${json64({ o: String(r.int(100000, 1999999)), n: `stack-${r.int(100000, 999999)}-${r.pick(['hm-read', 'alloy', 'otlp-write'])}-${r.str(LOWER, 6)}`, k: r.str(ALNUM, 24), m: { r: r.pick(['prod-us-east-0', 'prod-eu-west-2', 'prod-ap-southeast-1']) } })}`,
  },
  // keys and generic credentials ----------------------------------------------------------------
  {
    name: 'jwt',
    family: 'keys',
    generate: (r) => {
      const now = r.int(1600000000, 1800000000);
      return r.pick([
        () => jwt(r, { alg: 'HS256', typ: 'JWT' }, { sub: r.digits(10), name: 'Jane Doe', iat: now }, 32),
        () =>
          jwt(
            r,
            { alg: 'RS256', typ: 'JWT', kid: r.str(B64URL, 27) },
            { iss: `https://${r.pick(['acme.eu.auth0.com', 'login.microsoftonline.com/' + r.uuid() + '/v2.0', 'accounts.google.com'])}/`, sub: r.uuid(), aud: r.str(ALNUM, 32), iat: now, exp: now + 3600, scope: 'openid profile email' },
            256,
          ),
        () => jwt(r, { alg: 'ES256', typ: 'JWT' }, { sub: r.uuid(), role: 'authenticated', exp: now + 900 }, 64),
      ])();
    },
  },
  {
    name: 'age-secret-key',
    family: 'keys',
    generate: (r) => bech32Encode('age-secret-key-', bytes(r, 32)).toUpperCase(),
  },
  {
    name: 'pem-private-key',
    family: 'keys',
    multiline: true,
    generate: (r) =>
      r.pick([
        () => pemBlock('PRIVATE KEY', `MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ${b64(r, 1180).slice(0, 1573)}=`),
        () => pemBlock('RSA PRIVATE KEY', `MIIEpAIBAAKCAQEA${b64(r, 1190).slice(0, 1576)}`),
        () => pemBlock('EC PRIVATE KEY', `MHcCAQEEI${b64(r, 116).slice(0, 153)}==`),
        () => pemBlock('PRIVATE KEY', `MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg${b64(r, 102).slice(0, 136)}`),
      ])(),
  },
  {
    name: 'openssh-private-key',
    family: 'keys',
    multiline: true,
    generate: (r) => {
      const body =
        r.int(0, 1) === 0
          ? `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA${b64(r, 240).slice(0, 316)}=`
          : `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcnNhAAAAAwEAAQAAAYEA${b64(r, 1930).slice(0, 2572)}`;
      return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...wrap(body, 70), '-----END OPENSSH PRIVATE KEY-----'].join('\n');
    },
  },
  {
    name: 'pgp-private-key-block',
    family: 'keys',
    multiline: true,
    generate: (r) => {
      const body = `lQ${r.pick(['OYBG', 'VYBG', 'HYBG'])}${b64(r, 1400).slice(0, 1860)}`;
      return ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...wrap(body, 64), `=${b64(r, 3)}`, '-----END PGP PRIVATE KEY BLOCK-----'].join('\n');
    },
  },
  // databases -------------------------------------------------------------------------------------
  {
    name: 'database-url',
    family: 'databases',
    generate: (r) => {
      const user = r.pick(['app', 'postgres', 'admin', 'svc_orders', 'readonly']);
      const pass = r.str(ALNUM + '-_.~', r.int(12, 32));
      const host = `${r.pick(['db', 'prod-db', 'orders', 'pg-main'])}.${r.str(LOWER_ALNUM, 8)}.${r.pick(['us-east-1.rds.amazonaws.com', 'internal', 'eu-central-1.rds.amazonaws.com'])}`;
      return r.pick([
        () => `${r.pick(['postgres', 'postgresql'])}://${user}:${pass}@${host}:5432/${r.pick(['app', 'orders', 'prod'])}${r.pick(['', '?sslmode=require'])}`,
        () => `mysql://${user}:${pass}@${host}:3306/${r.pick(['app', 'shop'])}`,
        () => `mongodb+srv://${user}:${pass}@cluster0.${r.str(LOWER_ALNUM, 5)}.mongodb.net/${r.pick(['app', 'test'])}?retryWrites=true&w=majority`,
        () => `${r.pick(['redis', 'rediss'])}://${r.pick(['default', ''])}:${pass}@${host}:6379/0`,
        () => `amqps://${user}:${pass}@${r.str(LOWER, 8)}.rmq.cloudamqp.com/${r.str(LOWER, 8)}`,
      ])();
    },
  },
  {
    name: 'jdbc-or-ado-connection-string',
    family: 'databases',
    generate: (r) => {
      const pass = r.str(ALNUM + '!#%', r.int(12, 24));
      return r.pick([
        () => `jdbc:postgresql://db.${r.str(LOWER, 6)}.internal:5432/app?user=app&password=${encodeURIComponent(pass)}`,
        () => `Server=tcp:${r.str(LOWER, 8)}.database.windows.net,1433;Initial Catalog=app;User ID=sqladmin;Password=${pass};Encrypt=True;`,
      ])();
    },
  },
  // PII -------------------------------------------------------------------------------------------
  {
    name: 'email',
    family: 'pii-email',
    generate: (r) =>
      `${r.pick(['jane.doe', 'm.rossi', 'k_tanaka', 'olivia', 'sam.lee', 'J.Smith', 'priya.nair', 'o\'brien.sean'])}${r.pick(['', String(r.int(1, 999)), `+${r.pick(['news', 'github', 'test'])}`])}@${r.pick(['gmail.com', 'outlook.com', 'acme-corp.io', 'mail.example.org', 'uni-hamburg.de', 'company.co.uk', 'yahoo.co.jp', 'proton.me'])}`,
  },
  { name: 'ipv4', family: 'pii-ip', generate: (r) => `${r.pick([23, 45, 81, 93, 151, 178, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}` },
  {
    name: 'ipv6',
    family: 'pii-ip',
    generate: (r) => {
      const head = [r.pick(['2a02', '2a01', '2600', '2607', '2001', '2404', '2c0f']), r.hex(4).replace(/^0+(?=.)/, '')];
      const tail = Array.from({ length: 6 }, () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, ''));
      const kind = r.int(0, 3);
      if (kind === 0) return [...head, ...tail].join(':');
      if (kind === 1) return `${head.join(':')}:${r.hex(3).replace(/^0+(?=.)/, '')}::${tail.slice(3).join(':')}`;
      if (kind === 2) return `::ffff:${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
      return `${head.join(':')}::${tail.slice(4).join(':')}`;
    },
  },
  {
    name: 'mac-address',
    family: 'pii-mac',
    generate: (r) => {
      const octets = Array.from({ length: 6 }, (_, i) => (i === 0 ? (r.int(0, 127) * 2).toString(16).padStart(2, '0') : r.hex(2)));
      const kind = r.int(0, 2);
      if (kind === 0) return octets.join(':');
      if (kind === 1) return octets.join('-').toUpperCase();
      return [octets.slice(0, 2).join(''), octets.slice(2, 4).join(''), octets.slice(4).join('')].join('.');
    },
  },
  { name: 'visa', family: 'pii-card', generate: (r) => cardLayout(r, luhnComplete(`4${r.digits(14)}`)) },
  {
    name: 'mastercard',
    family: 'pii-card',
    generate: (r) => cardLayout(r, luhnComplete(r.int(0, 2) === 0 ? `${r.int(2221, 2720)}${r.digits(11)}` : `5${r.int(1, 5)}${r.digits(13)}`)),
  },
  { name: 'amex', family: 'pii-card', generate: (r) => cardLayout(r, luhnComplete(`3${r.pick(['4', '7'])}${r.digits(12)}`)) },
  { name: 'discover', family: 'pii-card', generate: (r) => cardLayout(r, luhnComplete(r.pick([`6011${r.digits(11)}`, `65${r.digits(13)}`, `${r.int(644, 649)}${r.digits(12)}`]))) },
  { name: 'jcb', family: 'pii-card', generate: (r) => cardLayout(r, luhnComplete(`${r.int(3528, 3589)}${r.digits(11)}`)) },
  {
    name: 'diners-club',
    family: 'pii-card',
    generate: (r) => {
      const prefix = r.pick(['36', '38', '39', `30${r.int(0, 5)}`]);
      return cardLayout(r, luhnComplete(prefix + r.digits(13 - prefix.length)));
    },
  },
  { name: 'unionpay', family: 'pii-card', generate: (r) => cardLayout(r, luhnComplete(`62${r.digits(r.pick([13, 13, 16]))}`)) },
  { name: 'iban-de', family: 'pii-iban', generate: (r) => ibanLayout(r, iban('DE', r.digits(18))) },
  { name: 'iban-gb', family: 'pii-iban', generate: (r) => ibanLayout(r, iban('GB', `${r.str(UPPER, 4)}${r.digits(14)}`)) },
  { name: 'iban-fr', family: 'pii-iban', generate: (r) => ibanLayout(r, iban('FR', `${r.digits(10)}${r.str(UPPER_ALNUM, 11)}${r.digits(2)}`)) },
  { name: 'iban-nl', family: 'pii-iban', generate: (r) => ibanLayout(r, iban('NL', `${r.str(UPPER, 4)}${r.digits(10)}`)) },
  { name: 'iban-es', family: 'pii-iban', generate: (r) => ibanLayout(r, iban('ES', r.digits(20))) },
  { name: 'iban-it', family: 'pii-iban', generate: (r) => ibanLayout(r, iban('IT', `${r.str(UPPER, 1)}${r.digits(10)}${r.str(UPPER_ALNUM, 12)}`)) },
  { name: 'iban-ch', family: 'pii-iban', generate: (r) => ibanLayout(r, iban('CH', `${r.digits(5)}${r.str(UPPER_ALNUM, 12)}`)) },
  { name: 'iban-pl', family: 'pii-iban', generate: (r) => ibanLayout(r, iban('PL', r.digits(24))) },
  { name: 'iban-be', family: 'pii-iban', generate: (r) => ibanLayout(r, iban('BE', r.digits(12))) },
  {
    name: 'us-ssn',
    family: 'pii-ssn',
    generate: (r) => {
      let area = r.int(1, 899);
      if (area === 666) area = 665;
      return `${pad(area, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
    },
  },
  {
    name: 'uk-nino',
    family: 'pii-national-id',
    generate: (r) => {
      const first = 'ABCEGHJKLMNOPRSTWXYZ';
      const second = 'ABCEGHJKLMNPRSTWXYZ';
      let prefix = 'AB';
      do prefix = `${r.str(first, 1)}${r.str(second, 1)}`;
      while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix));
      const d = r.digits(6);
      const suffix = r.pick(['A', 'B', 'C', 'D']);
      return r.int(0, 1) === 0 ? `${prefix}${d}${suffix}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`;
    },
  },
  {
    name: 'canada-sin',
    family: 'pii-national-id',
    generate: (r) => {
      const n = luhnComplete(`${r.pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${r.digits(7)}`);
      const sep = r.pick([' ', '-', '']);
      return `${n.slice(0, 3)}${sep}${n.slice(3, 6)}${sep}${n.slice(6)}`;
    },
  },
  {
    name: 'brazil-cpf',
    family: 'pii-national-id',
    generate: (r) => {
      const d = [...r.digits(9)].map(Number);
      const check = (ds: number[]) => ((ds.reduce((s, v, i) => s + v * (ds.length + 1 - i), 0) * 10) % 11) % 10;
      d.push(check(d));
      d.push(check(d));
      const s = d.join('');
      return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
    },
  },
  {
    name: 'spain-dni-nie',
    family: 'pii-national-id',
    generate: (r) => {
      const letters = 'TRWAGMYFPDXBNJZSQVHLCKE';
      if (r.int(0, 2) === 0) {
        const lead = r.int(0, 2);
        const rest = r.digits(7);
        return `${'XYZ'[lead]}${rest}${letters[Number(`${lead}${rest}`) % 23]}`;
      }
      const n = r.digits(8);
      return `${n}${letters[Number(n) % 23]}`;
    },
  },
  {
    name: 'india-aadhaar',
    family: 'pii-national-id',
    generate: (r) => {
      const base = `${r.int(2, 9)}${r.digits(10)}`;
      const n = base + verhoeffDigit(base);
      return r.int(0, 2) === 0 ? n : `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
    },
  },
  {
    name: 'netherlands-bsn',
    family: 'pii-national-id',
    generate: (r) => {
      for (;;) {
        const d = `${r.int(1, 6)}${r.digits(7)}`;
        const sum = [...d].reduce((s, v, i) => s + Number(v) * (9 - i), 0);
        const last = sum % 11;
        if (last < 10) return `${d}${last}`;
      }
    },
  },
  {
    name: 'france-nir',
    family: 'pii-national-id',
    generate: (r) => {
      let dept = r.int(1, 95);
      if (dept === 20) dept = 21;
      const base = `${r.int(1, 2)}${pad(r.int(40, 99), 2)}${pad(r.int(1, 12), 2)}${pad(dept, 2)}${pad(r.int(1, 990), 3)}${pad(r.int(1, 999), 3)}`;
      const key = pad(97 - (Number(base) % 97), 2);
      return r.int(0, 1) === 0 ? `${base}${key}` : `${base[0]} ${base.slice(1, 3)} ${base.slice(3, 5)} ${base.slice(5, 7)} ${base.slice(7, 10)} ${base.slice(10)} ${key}`;
    },
  },
  {
    name: 'phone-uk',
    family: 'pii-phone',
    generate: (r) => r.pick([`+44 20 ${r.int(7000, 8999)} ${r.digits(4)}`, `+44 7${r.int(400, 999)} ${r.digits(6)}`, `07${r.int(400, 999)} ${r.digits(6)}`, `020 ${r.int(7000, 8999)} ${r.digits(4)}`]),
  },
  {
    name: 'phone-de',
    family: 'pii-phone',
    generate: (r) => r.pick([`+49 30 ${r.int(2000, 9999)} ${r.digits(4)}`, `+49 ${r.pick(['151', '160', '170', '176'])} ${r.digits(8)}`, `030 ${r.digits(8)}`, `+49 (0)89 ${r.digits(7)}`]),
  },
  {
    name: 'phone-fr',
    family: 'pii-phone',
    generate: (r) => r.pick([`+33 1 ${r.int(40, 79)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `0${r.pick(['6', '7'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  },
  {
    name: 'phone-us',
    family: 'pii-phone',
    generate: (r) => {
      const npa = r.int(201, 989);
      const nxx = r.int(200, 999);
      const line = r.digits(4);
      return r.pick([`+1 ${npa} ${nxx} ${line}`, `(${npa}) ${nxx}-${line}`, `${npa}-${nxx}-${line}`, `+1${npa}${nxx}${line}`, `+1-${npa}-${nxx}-${line}`]);
    },
  },
  { name: 'phone-jp', family: 'pii-phone', generate: (r) => r.pick([`+81 3-${r.digits(4)}-${r.digits(4)}`, `+81 ${r.pick(['70', '80', '90'])}-${r.digits(4)}-${r.digits(4)}`, `0${r.pick(['70', '80', '90'])}-${r.digits(4)}-${r.digits(4)}`]) },
  { name: 'phone-in', family: 'pii-phone', generate: (r) => r.pick([`+91 ${r.int(6, 9)}${r.digits(4)} ${r.digits(5)}`, `+91-${r.int(6, 9)}${r.digits(9)}`]) },
  { name: 'phone-br', family: 'pii-phone', generate: (r) => `+55 ${r.pick(['11', '21', '31', '51'])} 9${r.digits(4)}-${r.digits(4)}` },
  { name: 'phone-au', family: 'pii-phone', generate: (r) => r.pick([`+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 2 ${r.digits(4)} ${r.digits(4)}`]) },
  { name: 'phone-es', family: 'pii-phone', generate: (r) => `+34 ${r.pick(['6', '7'])}${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}` },
  { name: 'phone-e164-compact', family: 'pii-phone', generate: (r) => r.pick([`+4915${r.digits(9)}`, `+447${r.digits(9)}`, `+336${r.digits(8)}`, `+316${r.digits(8)}`, `+8190${r.digits(8)}`, `+55119${r.digits(8)}`]) },
];

