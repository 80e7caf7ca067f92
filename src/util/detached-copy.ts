/**
 * A flat copy of `text` that holds on to nothing else. A slice of a longer string (a frame of a stack,
 * a line of a message) keeps the whole string alive in V8; a memo that keeps slices as keys would keep
 * every stack it saw. A JSON round trip (exact for every string, lone surrogates included) gives a new
 * flat string: it holds only its own characters, and a lookup compares it as fast as any flat key
 * (another slice would be twice as slow to compare). Used when a memo stores a key (misses only).
 */
export function detachedCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
