import type { FakeHome } from './plant.js';

/** A real failure: `produce` runs it on the fake machine and returns what it threw. */
export interface ErrorCase {
  id: string;
  produce(fake: FakeHome): Promise<unknown>;
}

/** Runs `fn` and returns what it throws or rejects with; fails when it succeeds. */
export async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}
