/**
 * Confirms a polynomial attack in V8 itself: the attack string recheck built for a relaxed pattern
 * (lookarounds removed) is pumped to two sizes, 4x apart, and run against the real regex. Linear cost
 * grows ~4x, quadratic ~16x: a ratio of 8 or more, with the larger run over 20 ms, confirms it.
 * Exponential attacks are never run here (they could hang the process); the fuzzer judges those.
 */
import type { AttackPattern } from 'recheck';

const MIN_MS = 5;
const MAX_LENGTH = 400_000;

/** The attack as a JavaScript expression, pumped `n` times: `"Expected " + 'r' + ', received ,'.repeat(15812) + '('`. */
export function attackExpression(attack: AttackPattern, lead = '', n = attack.base): string {
  const q = (s: string) => `'${JSON.stringify(s).slice(1, -1).replace(/'/g, "\\'")}'`;
  const parts = [lead ? q(lead) : '', ...attack.pumps.flatMap((p) => [p.prefix ? q(p.prefix) : '', `${q(p.pump)}.repeat(${n})`]), attack.suffix ? q(attack.suffix) : ''];
  return parts.filter(Boolean).join(' + ');
}

export function attackString(attack: AttackPattern, n: number, lead = ''): string {
  return lead + attack.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + attack.suffix;
}

function timeRun(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  const t = performance.now();
  regex.exec(text);
  return performance.now() - t;
}

/**
 * The confirmed attack (as a JavaScript expression) and its growth (`12 KB: 21 ms, 48 KB: 470 ms`), or
 * undefined when not confirmed. `lead`: text to put before the attack (a literal prefix the analysed
 * form left out).
 */
export function confirmPolynomial(source: string, flags: string, attack: AttackPattern, lead = ''): { attack: string; growth: string } | undefined {
  if (attack.pumps.length === 0 || attack.pumps.every((p) => p.pump.length === 0)) return undefined;
  const regex = new RegExp(source, flags.includes('y') ? flags : `${flags}g`);
  // The relaxed pattern may fail where the real one still matches (a removed lookahead): other
  // endings are tried too, so that the real pattern is made to fail and backtrack.
  for (const suffix of [attack.suffix, ...ENDINGS.flatMap((c) => [attack.suffix + c, c])]) {
    const found = confirmWith(regex, { ...attack, suffix }, lead);
    if (found) return { attack: attackExpression({ ...attack, suffix }, lead), growth: found };
  }
  return undefined;
}

const ENDINGS = ['\u0000', '(', ')', '.', '"', "'", ' ', '!', '\n', '\t'];

function confirmWith(regex: RegExp, attack: AttackPattern, lead: string): string | undefined {
  let n = 16;
  let small = attackString(attack, n, lead);
  let ms = timeRun(regex, small);
  while (ms < MIN_MS && small.length * 8 <= MAX_LENGTH) {
    n *= 2;
    small = attackString(attack, n, lead);
    ms = timeRun(regex, small);
  }
  if (ms < MIN_MS) return undefined;
  const large = attackString(attack, n * 4, lead);
  const msLarge = timeRun(regex, large);
  if (msLarge < 20 || msLarge / ms < 8) return undefined;
  const kb = (s: string) => `${Math.round(s.length / 1000)} KB`;
  return `V8: ${kb(small)} ${ms.toFixed(0)} ms, ${kb(large)} ${msLarge.toFixed(0)} ms`;
}
