/**
 * Random stack traces (V8 and SpiderMonkey/JSC formats) whose frames point into the home directory,
 * the project, node_modules, node internals, file:// URLs, Windows and URL paths of the machine of
 * fixtures/events/real-errors.context.json, with messages that may carry its planted values.
 */
import fc from 'fast-check';
import type { ScrubContext } from '../../../src/types.js';
import { benignText } from '../../arbitraries.js';

export type FrameKind = 'home' | 'project' | 'node_modules' | 'node' | 'file-url' | 'windows' | 'http' | 'anonymous';

export interface FrameShape {
  kind: FrameKind;
  style: 'v8' | 'v8-bare' | 'v8-async' | 'v8-new' | 'v8-eval' | 'at-sign';
  fn: string;
  segments: string[];
  line: number;
  column: number;
}

export interface StackShape {
  name: string;
  message: string;
  /** Index of a planted value put into the message (none when beyond the list). */
  planted: number;
  frames: FrameShape[];
  as: 'error' | 'string-field' | 'text';
  cause: boolean;
}

const WORDS = ['src', 'lib', 'dist', 'index', 'server', 'routes', 'api', 'utils', 'checkout', 'orders', 'build', 'pages'];
const segment = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,11}$/));
const fnName = fc.oneof(
  fc.constantFrom('Object.<anonymous>', 'Module._compile', 'processTicksAndRejections', 'Promise.all', 'Array.map', '<anonymous>'),
  fc.stringMatching(/^[A-Za-z_$][\w$]{0,15}(?:\.[A-Za-z_$][\w$]{0,15})?$/),
);

const frame: fc.Arbitrary<FrameShape> = fc.record({
  kind: fc.constantFrom<FrameKind>('home', 'project', 'node_modules', 'node', 'file-url', 'windows', 'http', 'anonymous'),
  style: fc.constantFrom('v8' as const, 'v8-bare' as const, 'v8-async' as const, 'v8-new' as const, 'v8-eval' as const, 'at-sign' as const),
  fn: fnName,
  segments: fc.array(segment, { minLength: 1, maxLength: 5 }),
  line: fc.integer({ min: 1, max: 99_999 }),
  column: fc.integer({ min: 0, max: 999 }),
});

export const stackShape: fc.Arbitrary<StackShape> = fc.record({
  name: fc.constantFrom('Error', 'TypeError', 'RangeError', 'SyntaxError', 'AbortError', 'FetchError'),
  message: fc.oneof(benignText, fc.string({ maxLength: 30 })),
  planted: fc.nat({ max: 20 }),
  frames: fc.array(frame, { maxLength: 12 }),
  as: fc.constantFrom('error' as const, 'string-field' as const, 'text' as const),
  cause: fc.boolean(),
});

function filePath(f: FrameShape, ctx: ScrubContext): string {
  const rest = f.segments.join('/') + '.js';
  const user = ctx.user ?? 'someone';
  switch (f.kind) {
    case 'home':
      return `${ctx.home}/${rest}`;
    case 'project':
      return `${ctx.cwd}/${rest}`;
    case 'node_modules':
      return `${ctx.cwd}/node_modules/${rest}`;
    case 'node':
      return `node:internal/${rest.replace(/\.js$/, '')}`;
    case 'file-url':
      return `file://${ctx.cwd}/${rest}`;
    case 'windows':
      return `C:\\Users\\${user}\\${f.segments.join('\\')}.js`;
    case 'http':
      return `http://localhost:5173/${rest}?t=${f.line}`;
    case 'anonymous':
      return '<anonymous>';
  }
}

function renderFrame(f: FrameShape, ctx: ScrubContext): string {
  const loc = f.kind === 'anonymous' ? '<anonymous>' : `${filePath(f, ctx)}:${f.line}:${f.column}`;
  switch (f.style) {
    case 'v8':
      return `    at ${f.fn} (${loc})`;
    case 'v8-bare':
      return `    at ${loc}`;
    case 'v8-async':
      return `    at async ${f.fn} (${loc})`;
    case 'v8-new':
      return `    at new ${f.fn} (${loc})`;
    case 'v8-eval':
      return `    at eval (eval at ${f.fn} (${loc}), <anonymous>:1:1)`;
    case 'at-sign':
      return `${f.fn}@${loc}`;
  }
}

/** The stack as the value to scrub (an Error, an object with a stack string, or the text), and the text. */
export function buildStack(s: StackShape, ctx: ScrubContext, planted: readonly string[]): { input: unknown; text: string } {
  const value = planted[s.planted];
  const message = value === undefined ? s.message : `${s.message} ${value} `;
  const text = [`${s.name}: ${message}`, ...s.frames.map((f) => renderFrame(f, ctx))].join('\n');
  if (s.as === 'text') return { input: text, text };
  if (s.as === 'string-field') return { input: { name: s.name, message, stack: text }, text };
  const err = new Error(message);
  err.name = s.name;
  err.stack = text;
  if (s.cause) (err as Error & { cause?: unknown }).cause = Object.assign(new Error(`caused by ${message}`), { stack: text });
  return { input: err, text };
}
