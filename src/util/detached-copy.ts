/**
 * A copy of `text` that holds on to nothing else. A slice of a longer string (a frame of a stack, a
 * line of a message) keeps the whole string alive in V8; a memo that keeps slices as keys would keep
 * every stack it saw. Joining the text to a character makes a new string, which V8 copies flat when
 * it is sliced back: the result holds only its own characters. Used where a memo stores a key.
 */
export function detachedCopy(text: string): string {
  return ` ${text}`.slice(1);
}
