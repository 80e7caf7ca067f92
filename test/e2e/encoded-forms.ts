/** The forms a leaked value can take in scrubbed output: raw, URL-encoded, JSON-escaped, base64. */

/**
 * The base64 characters that encode only bytes of `value`, at each of the three byte alignments it
 * can have inside a longer base64 text (the characters shared with neighbouring bytes are dropped).
 */
export function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const cores: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((8 * pad) / 6), Math.floor((8 * (pad + bytes.length)) / 6));
    if (core.length >= 8) cores.push(core);
  }
  return cores;
}

export interface EncodedForm {
  form: 'raw' | 'url-encoded' | 'json-escaped' | 'base64';
  text: string;
}

export function encodedForms(value: string): EncodedForm[] {
  const forms: EncodedForm[] = [
    { form: 'raw', text: value },
    { form: 'url-encoded', text: encodeURIComponent(value) },
    { form: 'url-encoded', text: encodeURI(value) },
    { form: 'json-escaped', text: JSON.stringify(value).slice(1, -1) },
    ...base64Cores(value).map((text) => ({ form: 'base64' as const, text })),
  ];
  const seen = new Set<string>();
  return forms.filter((f) => !seen.has(`${f.form}:${f.text}`) && seen.add(`${f.form}:${f.text}`));
}

/** Every string of a JSON value (keys and values), and its serialization, lower-cased, one text. */
export function haystackOf(value: unknown): string {
  const parts: string[] = [JSON.stringify(value)];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        parts.push(k);
        visit(inner);
      }
    }
  };
  visit(value);
  return parts.join('\n').toLowerCase();
}
