/**
 * Loads items ahead of their use, up to `window` at a time, and yields them in order: file reads
 * overlap with the scrubbing of earlier files instead of waiting one by one.
 */
export async function* prefetch<T, R>(items: readonly T[], window: number, load: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const pending: Array<Promise<R>> = [];
  let next = 0;
  const fill = (): void => {
    while (next < items.length && pending.length < window) {
      const loading = load(items[next++] as T);
      loading.catch(() => {}); // rejected later when awaited in order; never unhandled meanwhile
      pending.push(loading);
    }
  };
  fill();
  for (const item of items) {
    const loading = pending.shift() as Promise<R>;
    fill();
    yield [item, await loading];
  }
}
