/**
 * One POST of one batch. Never throws, never retries: a failure, a non-2xx answer or the timeout drops
 * the batch. The request is aborted at the timeout, so no socket outlives it.
 */
import type { FetchLike } from './types.js';

export async function sendBatch(fetch: FetchLike, endpoint: string, body: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    response.body?.cancel().catch(() => undefined);
    return response.ok;
  } catch {
    return false;
  }
}

/** Resolves when `work` settles or after `ms`, whichever is first; the timer never holds the process. */
export function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
    work.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}
