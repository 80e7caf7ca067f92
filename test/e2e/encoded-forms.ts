/** The text a leak search looks in: every string of a JSON value (keys and values) and its serialization. */

export function haystackOf(value: unknown): { text: string; lower: string } {
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
  const text = parts.join('\n');
  return { text, lower: text.toLowerCase() };
}
