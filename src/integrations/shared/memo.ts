/**
 * A bounded memo for the toolkit's string operations. SDK payloads repeat the same frames, code
 * lines, span names and log messages from event to event; scrubbing is deterministic (the same
 * text always gives the same output), so a result can be reused. Least recently used entries go
 * first; long texts are not kept. The keys are input texts: the memo holds (bounded) copies of
 * what the process was already holding, and never lets them out.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly capacity: number,
    private readonly maxKeyLength: number,
  ) {}

  get(key: string, compute: () => V): V {
    if (key.length > this.maxKeyLength) return compute();
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return value;
  }
}
