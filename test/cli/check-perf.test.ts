/**
 * Thousands of fixture files must finish in seconds. 5,000 files (7,500 events) in-process; the bound is
 * loose (shared CI machines), the measured time is printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli, tempDir } from './fake-io.js';
import { generateEvents } from './gate/generate-events.js';

const FILES = 5000;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('check: performance', () => {
  it(`checks ${FILES} files in seconds`, async () => {
    generateEvents(tmp.dir, FILES);
    expect((await runCli(['check', '--update'], { cwd: tmp.dir })).code).toBe(EXIT.ok);
    const started = performance.now();
    const r = await runCli(['check'], { cwd: tmp.dir });
    const ms = performance.now() - started;
    console.log(`scrubjay check: ${FILES} files, 7500 events in ${(ms / 1000).toFixed(2)} s (${(ms / 7500).toFixed(3)} ms/event)`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(new RegExp(`^scrubjay check: ok: ${FILES} files, 7500 events`));
    expect(ms).toBeLessThan(30_000);
  }, 120_000);
});
