/**
 * Colour for human-readable output, decided from the CLI's io (never from `process`) so tests control
 * it: `NO_COLOR` (non-empty) turns it off, `FORCE_COLOR` turns it on (`0`/`false` off), otherwise it is
 * on when the stream is a terminal and `TERM` is not `dumb`.
 */
import picocolors from 'picocolors';
import type { CliIO, CliOutput } from './io.js';

export type Colors = ReturnType<typeof picocolors.createColors>;

/** True when the stream says it is a terminal (`process.stdout.isTTY`; fakes may set `isTTY: true`). */
export function isTerminal(out: CliOutput): boolean {
  return (out as { isTTY?: unknown }).isTTY === true;
}

export function wantsColor(env: CliIO['env'], out: CliOutput): boolean {
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTerminal(out) && env['TERM'] !== 'dumb';
}

/** The colour functions for `out` (plain identity functions when colour is off). */
export function colorsFor(io: CliIO, out: CliOutput = io.stdout): Colors {
  return picocolors.createColors(wantsColor(io.env, out));
}

/** For output that goes to a file. */
export const NO_COLORS: Colors = picocolors.createColors(false);
