/** End to end: the built executable (`dist/cli/bin.js`, made by `npx tsup`) on the bundled CI-gate example. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GATE_CONFIG, LEAK_CONFIG, ROOT, plantedIn } from './gate/gate-fixtures.js';

const bin = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));

function scrubjay(args: string[]) {
  expect(existsSync(bin), `${bin} is missing: build it with \`npx tsup\``).toBe(true);
  return spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
}

describe('bin: scrubjay check', () => {
  it('exits 0 on the bundled example and 1 on the leak example, without printing planted values', () => {
    const pass = scrubjay(['check', '--config', GATE_CONFIG]);
    expect(pass.stderr).toBe('');
    expect(pass.status).toBe(0);
    expect(pass.stdout).toMatch(/^scrubjay check: ok: 2 files, 6 events/);
    const fail = scrubjay(['check', '--config', LEAK_CONFIG, '--format', 'github']);
    expect(fail.status).toBe(1);
    expect(fail.stdout).toMatch(/^::error file=fixtures\/gate\/negative\/leak\/events\/support-tickets\.ndjson,line=1,/);
    expect(plantedIn(fail.stdout + fail.stderr)).toEqual([]);
  });
});
