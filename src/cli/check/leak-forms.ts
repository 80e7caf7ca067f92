/**
 * The forms in which a planted value can survive in a scrubbed event, strongest first: as is,
 * in another letter case, URL-encoded, JSON-escaped, base64-encoded (standard and URL-safe alphabets,
 * at each of the three byte alignments a value can have inside a longer base64 text).
 */

export type LeakKind = 'raw' | 'case-insensitive' | 'url' | 'json' | 'base64';

export const LEAK_KINDS: readonly LeakKind[] = ['raw', 'case-insensitive', 'url', 'json', 'base64'];

export interface LeakForm {
  kind: LeakKind;
  text: string;
  /** Compared lower-cased on both sides (letter case carries no meaning for this form). */
  caseless: boolean;
}

/** Base64 shorter than this matches unrelated base64 by chance. */
const MIN_BASE64_CORE = 8;

/**
 * The base64 characters that encode only bytes of `value`, at each byte alignment (characters shared
 * with neighbouring bytes are dropped), in the standard and the URL-safe alphabet.
 */
export function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const cores = new Set<string>();
  for (let pad = 0; pad < 3; pad++) {
    const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((8 * pad) / 6), Math.floor((8 * (pad + bytes.length)) / 6));
    if (core.length < MIN_BASE64_CORE) continue;
    cores.add(core);
    cores.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...cores];
}

function jsonEscapes(value: string): string[] {
  const plain = JSON.stringify(value).slice(1, -1);
  const slashes = plain.replace(/\//g, '\\/');
  const ascii = plain.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [plain, slashes, ascii];
}

function urlEncodings(value: string): string[] {
  const component = encodeURIComponent(value);
  return [component, encodeURI(value), component.replace(/%20/g, '+')];
}

/** Every form of `value`, without duplicates; a form identical to a stronger one is left out. */
export function leakForms(value: string): LeakForm[] {
  const lower = value.toLowerCase();
  const forms: LeakForm[] = [{ kind: 'raw', text: value, caseless: false }];
  if (lower !== value || value.toUpperCase() !== value) forms.push({ kind: 'case-insensitive', text: lower, caseless: true });
  for (const text of urlEncodings(value)) forms.push({ kind: 'url', text: text.toLowerCase(), caseless: true });
  for (const text of jsonEscapes(value)) forms.push({ kind: 'json', text: text.toLowerCase(), caseless: true });
  for (const text of base64Cores(value)) forms.push({ kind: 'base64', text, caseless: false });
  const seen = new Set<string>([lower]);
  return forms.filter((f) => {
    if (f.kind === 'raw' || f.kind === 'case-insensitive') return true;
    const key = f.caseless ? f.text : `=${f.text}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** The strongest kind in which one of `forms` occurs in `text` (`lower` is `text.toLowerCase()`). */
export function matchKind(forms: readonly LeakForm[], text: string, lower: string): LeakKind | undefined {
  for (const form of forms) {
    if ((form.caseless ? lower : text).includes(form.text)) return form.kind;
  }
  return undefined;
}
