import { detachedCopy } from './detached-copy.js';

/**
 * A bounded memo for values that depend on their key alone. Two generations: when the young one is
 * full it becomes the old one (the previous old one is dropped), and a key found in the old one moves
 * back to the young, so keys that keep coming back survive a stream of one-off keys. Holds at most
 * twice `maxEntries` entries. Keys are stored as detached copies: a key that is a slice of a longer
 * string (a frame of a stack) does not keep that string alive.
 */
export class TwoGenerationMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly maxEntries: number) {}

  get(key: string): V | undefined {
    const found = this.young.get(key);
    if (found !== undefined) return found;
    const older = this.old.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.maxEntries) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(detachedCopy(key), value);
  }
}
