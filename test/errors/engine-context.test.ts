import { describe, expect, it } from 'vitest';
import { renderScrubbedError } from '../../src/errors/engine-context.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import type { Finding } from '../../src/types.js';
import { CallState } from '../../src/walk/call-state.js';
import { createWalk, type WalkEnv } from '../../src/walk/walk-value.js';

/** The engine's walker with a stand-in text engine that redacts `SECRET` and reports where. */
function setup() {
  const env: WalkEnv = {
    maxDepth: 16,
    scrubString(text, state, target) {
      const at = text.indexOf('SECRET');
      if (at < 0) return text;
      state.add([{ ruleId: 'fake', type: 'secret', pointer: state.pointer(), target, start: at, end: at + 6 }]);
      return text.replace('SECRET', '<secret>');
    },
    scrubKey(key, state) {
      const text = env.scrubString(key, state, 'key');
      return { text, sensitive: env.sensitiveKey(text) };
    },
    sensitiveKey: (key) => (key === 'password' ? 'sensitive-key' : undefined),
    isPlaceholder: () => false,
    renderError: (error, state, depth, walk) => renderScrubbedError(error, state, depth, walk, env, { keepIdentifiers: false, keepProjectPaths: false, maxStringLength: 1_000 }),
  };
  return { walk: createWalk(env), state: new CallState(DEFAULT_LIMITS, false) };
}

describe('renderScrubbedError inside the engine walk', () => {
  it('renders errors met anywhere in a value, nested causes included', () => {
    const { walk, state } = setup();
    const error = Object.assign(new Error('pay SECRET now', { cause: new Error('inner SECRET') }), { password: 'hunter2' });
    error.stack = 'Error: pay SECRET now\n    at charge (/srv/a.js:1:2)';
    const out = walk({ event: { error } }, state, 0, undefined) as { event: { error: Record<string, unknown> } };
    expect(out.event.error).toMatchObject({
      name: 'Error',
      message: 'pay <secret> now',
      stack: 'Error: pay <secret> now\n    at <identifier> (<path>:1:2)',
      cause: { name: 'Error', message: 'inner <secret>' },
      password: '<redacted>',
    });
  });

  it('reports findings at the right pointer with offsets into the whole string', () => {
    const { walk, state } = setup();
    const error = new Error('ENOENT: no such file or directory, open \'/srv/SECRET.json\'');
    error.stack = `Error: ${error.message}`;
    walk({ error }, state, 0, undefined);
    const byPointer = (pointer: string) => state.findings.filter((f: Finding) => f.pointer === pointer);
    expect(byPointer('/error/message').map((f) => error.message.slice(f.start, f.end))).toContain('/srv/SECRET.json');
    expect(byPointer('/error/stack').every((f) => f.end <= error.stack!.length)).toBe(true);
    expect(state.path).toEqual([]);
  });

  it('reports the message findings again in the stack header, at the stack\'s offsets, when the header repeats the message', () => {
    const { walk, state } = setup();
    const error = new Error('token SECRET rejected; retry with SECRET');
    error.stack = `TypeError: ${error.message}\n    at charge (/srv/a.js:1:2)`;
    const out = walk({ error }, state, 0, undefined) as { error: { message: string; stack: string } };
    expect(out.error.stack.split('\n')[0]).toBe(`TypeError: ${out.error.message}`);
    const spans = (pointer: string) => state.findings.filter((f: Finding) => f.pointer === pointer && f.ruleId === 'fake').map((f) => [f.start, f.end]);
    const header = 'TypeError: '.length;
    expect(spans('/error/message').length).toBeGreaterThan(0);
    expect(spans('/error/stack')).toEqual(spans('/error/message').map(([start, end]) => [start! + header, end! + header]));
    for (const [start, end] of spans('/error/stack')) expect(error.stack.slice(start, end)).toBe('SECRET');
  });

  it('guards against cause cycles through the walker', () => {
    const { walk, state } = setup();
    const error = new Error('loop');
    (error as Error & { cause?: unknown }).cause = error;
    expect(walk(error, state, 0, undefined)).toMatchObject({ cause: '<circular>' });
  });
});

describe('renderScrubbedError and the string limit', () => {
  it('hands messages and stacks over the limit to the engine whole', () => {
    const { walk, state } = setup();
    const error = new Error('x'.repeat(2_000));
    error.stack = `Error: ${'y'.repeat(2_000)}`;
    const out = walk(error, state, 0, undefined) as Record<string, unknown>;
    // The stand-in engine has no limit; what matters is that the long strings were not parsed into frames.
    expect(out.message).toBe('x'.repeat(2_000));
    expect(out.frames).toBeUndefined();
  });
});
