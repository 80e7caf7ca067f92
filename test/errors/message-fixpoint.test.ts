import { describe, expect, it } from 'vitest';
import { createErrorScrubber } from '../../src/errors/error-scrubber.js';
import { scrubMessageToFixpoint } from '../../src/errors/message-fixpoint.js';
import { scrubErrorWith } from '../../src/errors/scrub-error.js';
import { fakeContext } from './fake-context.js';

// fixtures/fuzz/mutated-real-events-1266389579.json: a stray quote before a wrapped JSON.parse message.
const STRAY_QUOTE =
  ' " Invalid configuration in /home/ana/app/nightjar.config.json: Unexpected token \'j\', ..."apiSecret": SECRET-abc"... is not valid JSON';
const RAW_PARTS = ['apiSecret', 'SECRET', '/home/ana', "'j'"];

describe('message scrubbing is idempotent', () => {
  it('settles a message whose stray quote pairs its quotes differently once scrubbed', () => {
    const once = scrubErrorWith(fakeContext(), { name: 'Error', message: STRAY_QUOTE });
    const twice = scrubErrorWith(fakeContext(), once);
    expect(twice.message).toBe(once.message);
    for (const raw of RAW_PARTS) expect(once.message).not.toContain(raw);
  });

  it('settles the same message in a stack header', () => {
    const stack = `Error: ${STRAY_QUOTE}\n    at load (/srv/app/load.js:5:19)`;
    const once = scrubErrorWith(fakeContext(), { name: 'Error', message: 'x', stack });
    const twice = scrubErrorWith(fakeContext(), once);
    expect(twice.stack).toBe(once.stack);
    for (const raw of RAW_PARTS) expect(once.stack).not.toContain(raw);
  });

  it('settles it through the engine, with findings in bounds and the same findings from the message memo', () => {
    const scrubber = createErrorScrubber({ context: { home: '/home/ana', cwd: '/home/ana/app' } });
    const error = { name: 'Error', message: STRAY_QUOTE.replace('SECRET-abc', 'njs_live_7c'), stack: 'Error: boom\n    at load (/srv/load.js:5:19)' };
    const once = scrubber.scrubError(error);
    const twice = scrubber.scrubError(once.value);
    expect(twice.value.message).toBe(once.value.message);
    expect(twice.findings).toEqual([]);
    for (const raw of ['apiSecret', 'njs_live', '/home/ana', "'j'"]) expect(once.value.message).not.toContain(raw);
    for (const f of once.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(error.message.length);
      expect(f.start).toBeLessThanOrEqual(f.end);
    }
    expect(scrubber.scrubError(error)).toEqual(once); // a memo hit replays the same findings
  });
});

describe('scrubMessageToFixpoint', () => {
  it('takes one pass over a message that the pass leaves as it is', () => {
    const ctx = fakeContext();
    expect(scrubMessageToFixpoint(ctx, 'plain text without anything')).toBe('plain text without anything');
    expect(ctx.engineCalls).toHaveLength(1);
  });

  it('takes one more pass over a changed message, to find it settled', () => {
    const ctx = fakeContext();
    expect(scrubMessageToFixpoint(ctx, "Unknown option 'SECRET-x'")).toBe('Unknown option <string>');
    expect(ctx.engineCalls.map((c) => c.text)).toEqual(['Unknown option ', 'Unknown option <string>']);
  });

  it('maps what a later pass finds back to offsets of the original text', () => {
    // An engine whose output a second pass reads another way: `%%` becomes a quote.
    const ctx = fakeContext();
    ctx.scrubText = (text, start, end) => text.slice(start, end).replaceAll('%%', "'");
    const text = 'prefix|say %%hello%% now';
    expect(scrubMessageToFixpoint(ctx, text, 7)).toBe('say <string> now');
    expect(ctx.reports).toEqual([{ ruleId: 'error-quoted-string', type: 'string', start: 11, end: 20, path: '' }]);
    expect(text.slice(11, 20)).toBe('%%hello%%');
  });

  it('drops a message that never settles whole (fail closed)', () => {
    const ctx = fakeContext();
    ctx.scrubText = (text, start, end) => `${text.slice(start, end)}!`;
    expect(scrubMessageToFixpoint(ctx, 'boom SECRET-x')).toBe('<dropped:unstable>');
    expect(ctx.reports).toEqual([{ ruleId: 'limits', type: 'dropped', detail: 'unstable', start: 0, end: 13, path: '' }]);
  });
});
