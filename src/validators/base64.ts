/** Base64 decoding for validators: standard or URL-safe alphabet, padding optional. Browser-safe (atob). */

const B64 = /^[A-Za-z0-9+/\-_]*={0,2}$/;

/** The bytes of a base64 or base64url text, or undefined when it is not one. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!B64.test(text)) return undefined;
  const bare = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (bare.length % 4 === 1) return undefined;
  const padded = bare + '='.repeat((4 - (bare.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 text of a base64 or base64url text, or undefined when it is not valid UTF-8 base64. */
export function decodeBase64Text(text: string): string | undefined {
  const bytes = decodeBase64(text);
  if (!bytes) return undefined;
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The JSON object encoded in a base64 or base64url text, or undefined. */
export function decodeBase64Json(text: string): Record<string, unknown> | undefined {
  const json = decodeBase64Text(text);
  if (json === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
