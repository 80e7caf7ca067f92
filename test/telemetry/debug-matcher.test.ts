import { describe, expect, it } from 'vitest';
import { isDebugEnabled } from '../../src/telemetry/debug-matcher.js';

describe('isDebugEnabled: DEBUG as the debug package reads it', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['mycli:telemetry', true],
    ['mycli:*', true],
    ['*', true],
    ['my*', true],
    ['*:telemetry', true],
    ['other', false],
    ['mycli', false],
    ['mycli:tele', false],
    ['mycli:telemetry:extra', false],
    ['vite,mycli:telemetry', true],
    ['vite, mycli:telemetry', true],
    ['vite mycli:telemetry', true],
    ['*,-mycli:telemetry', false],
    ['-mycli:telemetry,*', false],
    ['mycli:*,-mycli:telemetry', false],
    ['mycli:*,-mycli:other', true],
    ['-mycli:telemetry', false],
    ['mycli.telemetry', false],
    ['mycli:telemetr?', false],
    ['MYCLI:TELEMETRY', false],
  ])('DEBUG=%j → %s', (debug, expected) => {
    expect(isDebugEnabled(debug, 'mycli:telemetry')).toBe(expected);
  });

  it('escapes regex characters of the namespace and of the pattern', () => {
    expect(isDebugEnabled('a.b:telemetry', 'a.b:telemetry')).toBe(true);
    expect(isDebugEnabled('a.b:telemetry', 'axb:telemetry')).toBe(false);
    expect(isDebugEnabled('(x)+:*', '(x)+:telemetry')).toBe(true);
  });
});
