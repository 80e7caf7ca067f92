/**
 * Long runs of the characters rules pivot on (`@`, `/`, `:`, quotes, `%`, `\`, base64, `<>`, digits,
 * dots, dashes, `=`, blanks …) at 100 KB (also checked idempotent) and, for the main pivots, at 1 MB
 * (the default maxStringLength: still scanned); plus the attack strings recheck found for the engine's
 * own regexes. Run by ../hostile-runs.test.ts in watched children.
 */
import type { HostileCase } from './case-types.js';
import { KB, MB, PLANTED, run } from './inputs.js';

/** Pivot runs scanned at 100 KB and 1 MB. */
const MAIN_PIVOTS: Record<string, string> = {
  'a@': 'a@',
  '/': '/',
  ':': ':',
  '"\'': `"'`,
  '%': '%',
  '\\': '\\',
  base64: 'QUJDZGVmMTIz+/9=',
  '<<<<>>>>': '<<<<>>>>',
  '<env:': '<env:',
  digits: '4',
  'digit groups': '4242 ',
  '.': '.',
  '1.': '1.',
  '-': '-',
  'a-': 'a-',
  '=': '=',
  'token=': 'token=',
  'http://': 'http://',
  'file:///': 'file:///',
  spaces: ' ',
  tabs: '\t',
  newlines: '\n',
  CRLF: '\r\n',
};

/** More pivots, scanned at 100 KB only. */
const MORE_PIVOTS: Record<string, string> = {
  'x@x.': 'x@x.',
  'a.': 'a.',
  '://': '://',
  '::1:': '::1:',
  'ff:': 'ff:',
  '    at ': '    at ',
  '--a ': '--a ',
  'a=': 'a=',
  '&a=b': '&a=b',
  '?a=': '?a=',
  '#': '#',
  '(': '(',
  ')': ')',
  '%2F': '%2F',
  '\\u0041': '\\u0041',
  'A': 'A',
  AKIA: 'AKIA',
  ghp_: 'ghp_',
  eyJ: 'eyJ',
  '-----BEGIN ': '-----BEGIN ',
  deadbeef: 'deadbeef',
  _: '_',
  sk_live_: 'sk_live_',
  'mixed blanks': ' \t\r\n\f\v\u00a0\u2028',
  '!': '!',
  '~/': '~/',
  'C:\\': 'C:\\',
  '\\\\host\\': '\\\\host\\',
  'Bearer ': 'Bearer ',
  'password: ': 'password: ',
  '"key":"': '"key":"',
  '<home>': '<home>',
  '<secret:x#1>': '<secret:x#1>',
};

const pivot = (name: string, unit: string, size: number): HostileCase => ({
  name: `${JSON.stringify(name)} run, ${size / KB} KB`,
  mode: 'text',
  input: () => run(unit, size),
  idempotent: size <= 100 * KB,
});

/**
 * Attack strings for the engine's own regexes (from recheck), sized so that a quadratic cost passes the
 * 30 s ceiling on any machine (each is about 9x the size that takes ~20 s on a loaded 2-core box),
 * while a linear scan takes milliseconds.
 */
const ATTACK = 300 * KB;
const ATTACKS: HostileCase[] = [
  {
    name: 'URL followed by 300 000 "!" and a NUL (urls.ts trailing-punctuation regex)',
    mode: 'text',
    input: () => `http://fake-host.example/${PLANTED[1]}` + '!'.repeat(ATTACK) + '\u0000!',
    planted: [PLANTED[1]],
  },
  {
    name: 'path followed by 300 000 "!" and a NUL (paths.ts trailing-punctuation regex)',
    mode: 'text',
    input: () => PLANTED[2] + '!'.repeat(ATTACK) + '\u0000!',
    planted: [PLANTED[2]],
  },
  {
    name: 'path followed by 300 000 ")" and a letter (paths.ts trailing-punctuation regex)',
    mode: 'text',
    input: () => `see ${PLANTED[2]}` + ')'.repeat(ATTACK) + 'x',
    planted: [PLANTED[2]],
  },
  {
    name: 'base64 run followed by 300 000 "=" and a NUL (encoded-views.ts padding regex)',
    mode: 'text',
    input: () => 'ZmFrZS10b2tlbi12YWx1ZS0wMTIzNDU2Nzg5' + '='.repeat(ATTACK) + '\u0000=',
    planted: [],
  },
  {
    name: '"token=" + 4 000 ")" + "x)" repeated to 1 MB (sensitive-assignment.ts closing-paren trim, bounded by 4096)',
    mode: 'text',
    input: () => run(`token=${')'.repeat(4 * KB)}x) `, MB),
  },
  {
    name: 'zod-style message with 48 000 ", received ," (messages.json zod-invalid-type)',
    mode: 'value',
    input: () => {
      const err = new Error('Expected r' + ', received ,'.repeat(48 * KB) + '.');
      return { error: err, message: err.message };
    },
  },
  {
    name: 'code-frame-like text: 300 000 tabs then "|" (code-frame.ts)',
    mode: 'value',
    input: () => {
      const err = new Error('boom');
      err.stack = `Error: boom\n> 1 | const x = 1;\n${'\t'.repeat(ATTACK)}|\n    at f (${PLANTED[2]}:1:1)`;
      return { error: err, frame: `${'\t'.repeat(ATTACK)}|` };
    },
    planted: [PLANTED[2]],
  },
];

export const CASES: readonly HostileCase[] = [
  ...Object.entries(MAIN_PIVOTS).flatMap(([name, unit]) => [pivot(name, unit, 100 * KB), pivot(name, unit, MB)]),
  ...Object.entries(MORE_PIVOTS).map(([name, unit]) => pivot(name, unit, 100 * KB)),
  ...ATTACKS,
];
