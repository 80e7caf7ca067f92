/** Finds a planted value in a scrub result: in any output string or key, or in the serialized output. */

function collectStrings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      collectStrings(v, out);
    }
  }
  return out;
}

/** The first of `forms` found in the output, with where; undefined when nothing leaked. */
export function findLeak(output: unknown, forms: readonly string[]): string | undefined {
  const strings = collectStrings(output, []);
  strings.push(JSON.stringify(output));
  for (const form of forms) {
    const hit = strings.find((s) => s.includes(form));
    if (hit !== undefined) return `${JSON.stringify(form)} survives in ${JSON.stringify(hit.length > 300 ? hit.slice(0, 300) + '…' : hit)}`;
  }
  return undefined;
}
