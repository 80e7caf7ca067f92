/**
 * The scrubbing operations the integrations share, over one compiled `Scrubber`. Error messages,
 * stacks, frames, file paths and code lines go through the engine's error rendering (the errors
 * module: message templates, frame kinds, acorn tokens) by handing it error-shaped objects, so the
 * integrations use only the public `scrub` API and follow every rule the engine applies.
 */
import { classifyFrame } from '../../errors/classify-frame.js';
import type { FrameKind } from '../../errors/types.js';
import { createScrubber } from '../../create-scrubber.js';
import { formatPlaceholder } from '../../placeholder.js';
import type { JsonValue, ScrubOptions, Scrubber } from '../../types.js';
import { Memo } from './memo.js';

export interface ScrubbedFrameParts {
  fn: string | undefined;
  file: string | undefined;
  kind: FrameKind;
}

export interface Toolkit {
  readonly scrubber: Scrubber;
  /** Any value; Errors and error-shaped objects are rendered by the errors module. */
  value(value: unknown): JsonValue;
  /** A value as found under `key`, so that sensitive keys (`authorization`, `password`) apply. */
  keyed(key: string, value: unknown): JsonValue;
  text(text: string): string;
  /** An error message: known templates keep their words, quoted strings and code become placeholders. */
  message(text: string): string;
  /**
   * A stack string, layout kept: frames by kind, the header as a message. Given the error's name
   * and message, a stack that starts with `name: message` is scrubbed in two parts, so that its
   * frames, the same for every error thrown at one place, are scrubbed once and then remembered.
   */
  stack(text: string, name?: string, message?: string): string;
  /** A file path or URL: a path placeholder (`<project>`, `<home>` …) unless it names no file. */
  path(text: string): string;
  /** One frame's function and file, as the errors module rewrites them in stacks. */
  frame(fn: string | undefined, file: string | undefined): ScrubbedFrameParts;
  /** Consecutive lines of source code, tokenized together; one output line per input line. */
  code(lines: readonly string[]): string[];
}

const AT = '    at ';
const DROPPED = formatPlaceholder('dropped', 'error');

type Rendered = Record<string, unknown> & { frames?: { file?: unknown; kind?: unknown }[] };

const str = (value: unknown): string => (typeof value === 'string' ? value : DROPPED);

/** Unwraps what `scrub` returned for `{ [key]: value }`. */
function unwrap(wrapped: JsonValue): JsonValue {
  return typeof wrapped === 'object' && wrapped !== null && !Array.isArray(wrapped) ? (Object.values(wrapped)[0] ?? null) : wrapped;
}

export function createToolkit(options: ScrubOptions): Toolkit {
  const scrubber = createScrubber(options);
  const keepIdentifiers = options.keepIdentifiers ?? false;
  /** An error-shaped object through the engine's error rendering; `extra` are own properties (`file`, `lineText`). */
  const render = (message: string, stack: string, extra?: Record<string, string>): Rendered => {
    const value = scrubber.scrub({ message, stack, ...extra }).value;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Rendered) : {};
  };

  /** A frame the engine did not parse (a line break, odd parentheses): by its kind alone. */
  function fallbackFrame(fn: string | undefined, file: string | undefined): ScrubbedFrameParts {
    const { kind } = classifyFrame(file);
    const outFile = file === undefined || kind === 'node' || kind === 'native' ? file : toolkit.path(file);
    const outFn = fn && kind === 'user' && !keepIdentifiers ? formatPlaceholder('identifier') : fn && toolkit.text(fn);
    return { fn: outFn, file: outFile, kind };
  }

  // Results by operation and input: frames, code lines, names and messages repeat across events.
  const memo = new Memo<string | string[] | ScrubbedFrameParts>(2048, 2048);
  const cached = <V extends string | string[] | ScrubbedFrameParts>(key: string, compute: () => V): V => memo.get(key, compute) as V;

  const toolkit: Toolkit = {
    scrubber,
    value: (value) => scrubber.scrub(value).value,
    keyed: (key, value) => unwrap(scrubber.scrub({ [key]: value }).value),
    text: (text) => cached(`t\0${text}`, () => scrubber.scrubText(text).text),
    message: (text) => cached(`m\0${text}`, () => str(render(text, '').message)),
    stack(text, name, message) {
      const header = name !== undefined && message !== undefined ? `${name}: ${message}\n` : undefined;
      if (header && text.startsWith(header) && !/[\r\n]/.test(name!)) {
        return `${toolkit.text(name!)}: ${toolkit.message(message!)}\n${toolkit.stack(text.slice(header.length))}`;
      }
      return cached(`s\0${text}`, () => str(render('', text).stack));
    },
    path: (text) => (text === '' ? text : cached(`p\0${text}`, () => str(render('', '', { file: text }).file))),
    frame: (fn, file) => cached(`f\0${fn ?? ''}\0${fn === undefined ? 0 : 1}\0${file ?? ''}\0${file === undefined ? 0 : 1}`, () => frameParts(fn, file)),
    code: (lines) => [...cached(`c\0${JSON.stringify(lines)}`, () => codeLines(lines))],
  };

  function frameParts(fn: string | undefined, file: string | undefined): ScrubbedFrameParts {
    const location = `${file ?? '<anonymous>'}:1:1`;
    const rendered = render('', fn ? `${AT}${fn} (${location})` : `${AT}${location}`);
    const line = rendered.stack;
    const frame = rendered.frames?.length === 1 ? rendered.frames[0] : undefined;
    const outFile = frame?.file;
    if (typeof line !== 'string' || (file !== undefined && typeof outFile !== 'string')) return fallbackFrame(fn, file);
    const tail = file === undefined ? '' : `${outFile as string}:1:1`;
    const suffix = fn ? ` (${tail})` : tail;
    if (!line.startsWith(AT) || !line.endsWith(suffix)) return fallbackFrame(fn, file);
    const kind = (frame?.kind as FrameKind | undefined) ?? classifyFrame(file).kind;
    return { fn: fn ? line.slice(AT.length, line.length - suffix.length) : undefined, file: file === undefined ? undefined : (outFile as string), kind };
  }

  function codeLines(lines: readonly string[]): string[] {
    // As a code frame (`12 | code` lines over a `| ^` marker), which the engine tokenizes as one
    // block and maps back line by line; a line the frame layout cannot carry goes alone.
    const width = String(lines.length).length;
    const gutter = (i: number): string => `${String(i + 1).padStart(width)} |`;
    const frame = `${lines.map((l, i) => `${gutter(i)} ${l}`).join('\n')}\n${' '.repeat(width)} | ^`;
    const out = str(render('', '', { frame }).frame).split('\n');
    if (out.length === lines.length + 1 && lines.every((_, i) => out[i]!.startsWith(gutter(i)))) {
      // The space after the bar is code to the tokenizer: a comment that runs on from the line above takes it.
      return lines.map((_, i) => out[i]!.slice(gutter(i).length).replace(/^ /, ''));
    }
    return lines.map((line) => str(render('', '', { lineText: line }).lineText));
  }
  return toolkit;
}
