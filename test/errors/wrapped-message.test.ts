/** A known message wrapped by a tool's own prefix (`Invalid configuration in x: <known message>`). */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';

describe('a known message after a prefix and ": "', () => {
  const scrubber = createScrubber({ context: {} });

  it('is matched by its template, so its snippet goes whole', () => {
    const message = 'Invalid configuration in /srv/app/x.json: Unexpected token \'j\', ..."Secret": njs_live_7c"... is not valid JSON';
    const out = (scrubber.scrub(new Error(message)).value as { message: string }).message;
    expect(out).toBe('Invalid configuration in <path>: Unexpected token \'<code>\', ..."<code>"... is not valid JSON');
  });

  it('leaves an unknown tail to the quoted-string rule', () => {
    const out = (scrubber.scrub(new Error('Step failed: could not open "ledger-2024"')).value as { message: string }).message;
    expect(out).toBe('Step failed: could not open <string>');
  });
});
