/**
 * The one placeholder grammar: `<type>`, `<type:detail>`, optionally numbered `<type#2>` / `<type:detail#2>`.
 * type: `[a-z][a-z0-9-]*`; detail: `[A-Za-z0-9_.-]+`; number: decimal.
 */

export interface Placeholder {
  type: string;
  detail?: string;
  n?: number;
}

const TYPE_RE = /^[a-z][a-z0-9-]*$/;
const DETAIL_CHARS = /[^A-Za-z0-9_.-]/g;

/** Matches anything written in the grammar. Whether it is a real placeholder is the registry's call. */
export const PLACEHOLDER_PATTERN = /<([a-z][a-z0-9-]{0,40})(?::([A-Za-z0-9_.-]{1,120}))?(?:#(\d{1,9}))?>/g;

/** Makes a string safe to use as a placeholder detail: other characters become `-`. */
export function sanitizeDetail(detail: string): string {
  return detail.replace(DETAIL_CHARS, '-').slice(0, 120);
}

export function isPlaceholderType(type: string): boolean {
  return TYPE_RE.test(type) && type.length <= 41;
}

export function formatPlaceholder(type: string, detail?: string, n?: number): string {
  let out = '<' + type;
  if (detail !== undefined && detail !== '') out += ':' + sanitizeDetail(detail);
  if (n !== undefined) out += '#' + n;
  return out + '>';
}

export function parsePlaceholder(text: string): Placeholder | undefined {
  const re = new RegExp(`^${PLACEHOLDER_PATTERN.source}$`);
  const m = re.exec(text);
  if (!m) return undefined;
  const out: Placeholder = { type: m[1] as string };
  if (m[2] !== undefined) out.detail = m[2];
  if (m[3] !== undefined) out.n = Number(m[3]);
  return out;
}

/** The built-in placeholder types, with what each stands for. */
export const PLACEHOLDER_TYPES: Readonly<Record<string, string>> = Object.freeze({
  redacted: 'the value of a sensitive key, or a sensitive part of a URL',
  secret: 'a credential recognised by its format (detail: its kind)',
  env: 'the value of an environment variable of this machine (detail: its name)',
  user: 'the user name of this machine',
  hostname: 'a host name: this machine, a private network name, or a non-public URL host',
  home: 'a path inside a home directory',
  project: 'a path inside the current working directory',
  tmp: 'a path inside a temporary directory',
  path: 'any other file path, or the path of a URL',
  url: 'a whole URL that could not be kept in part',
  email: 'an email address',
  ip: 'an IP address (loopback and unspecified addresses stay)',
  mac: 'a MAC address',
  phone: 'a phone number',
  'credit-card': 'a payment card number (Luhn-valid)',
  iban: 'an IBAN (mod-97-valid)',
  ssn: 'a US social security number',
  'national-id': 'a national identity number with a valid checksum (detail: which)',
  string: 'a quoted string in an error message',
  identifier: 'a name from user code quoted by a message or stack frame',
  code: 'a fragment of source code',
  regexp: 'a regular expression literal in source code or a message',
  comment: 'a comment in source code',
  dropped: 'a value dropped whole (detail: why: too-long, depth, budget, error, binary …)',
  truncated: 'the items of an array or object left out past a limit (detail: how many)',
  circular: 'a reference back to an enclosing object',
  function: 'a function value',
  symbol: 'a symbol value',
  binary: 'binary data (detail: its length in bytes)',
  // Config summaries (src/config/):
  other: 'a config value that is not one of the values its schema lists (or not of the expected kind)',
  dynamic: 'a config value computed at run time, which static extraction does not evaluate',
  package: 'a package or declared name (integration, plugin, dependency) not on the allowlist',
  'non-registry': 'a dependency not installed from a registry (detail: git, path, url, workspace)',
  key: 'a user-defined record key (env variable names, redirect paths, alias names …)',
  'unknown-keys': 'as an object key: how many keys the schema does not name (the value is the count)',
  number: 'a number in a structure-only summary',
});
