/**
 * Progress of a long run on stderr: on a terminal, one line rewritten in place (at most 10 times a
 * second); elsewhere (with --progress), one line per tenth of the work.
 */
import { isTerminal } from '../colors.js';
import type { CliOutput } from '../io.js';

export interface Progress {
  tick(): void;
  done(): void;
}

/** Runs over fewer files than this finish too fast for progress to help. */
export const PROGRESS_MIN_FILES = 200;

const NOOP: Progress = { tick() {}, done() {} };

export function createProgress(out: CliOutput, total: number, options: { forced: boolean; now?: () => number }): Progress {
  const terminal = isTerminal(out);
  if (!options.forced && (!terminal || total < PROGRESS_MIN_FILES)) return NOOP;
  const now = options.now ?? (() => performance.now());
  let count = 0;
  let last = -Infinity;
  let step = 0;
  const line = (): string => `scrubjay check: ${count}/${total} files`;
  return {
    tick() {
      count++;
      if (terminal) {
        const t = now();
        if (t - last < 100 && count < total) return;
        last = t;
        out.write(`\r${line()}`);
      } else if (Math.floor((count * 10) / total) > step || count === total) {
        step = Math.floor((count * 10) / total);
        out.write(`${line()}\n`);
      }
    },
    done() {
      if (terminal) out.write('\r\u001b[K');
    },
  };
}
