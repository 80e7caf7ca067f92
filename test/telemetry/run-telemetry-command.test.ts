import { afterEach, describe, expect, it } from 'vitest';
import { runTelemetryCommand } from '../../src/telemetry/index.js';
import type { FakeHost } from './fake-host.js';
import { fakeHost } from './fake-host.js';

let host: FakeHost;
afterEach(() => host?.cleanup());

function run(args: string[]): { code: number; out: string } {
  let out = '';
  const code = runTelemetryCommand(host.telemetry, args, (text) => (out += text));
  return { code, out };
}

describe('runTelemetryCommand', () => {
  it('status (also with no argument), disable, enable', () => {
    host = fakeHost();
    expect(run([])).toEqual({ code: 0, out: expect.stringMatching(/^mycli telemetry: enabled\nsettings: .*telemetry\.json\n$/) });
    expect(run(['disable'])).toEqual({ code: 0, out: 'mycli telemetry disabled on this machine.\n' });
    expect(run(['status']).out).toMatch(/^mycli telemetry: disabled on this machine\n/);
    expect(run(['enable'])).toEqual({ code: 0, out: 'mycli telemetry enabled on this machine.\n' });
    expect(host.telemetry.status().enabled).toBe(true);
  });

  it('enable says when something else still disables it', () => {
    host = fakeHost({ env: { MYCLI_TELEMETRY_DISABLED: '1' } });
    const { code, out } = run(['enable']);
    expect(code).toBe(0);
    expect(out).toContain('mycli telemetry: disabled by the environment variable (MYCLI_TELEMETRY_DISABLED)');
  });

  it('usage errors exit 2', () => {
    host = fakeHost();
    expect(run(['nope'])).toEqual({ code: 2, out: 'usage: mycli telemetry <enable|disable|status>\n' });
    expect(run(['enable', 'extra']).code).toBe(2);
  });

  it('a setting that cannot be saved exits 1', () => {
    host = fakeHost({ configDir: '/dev/null/mycli' });
    const { code, out } = run(['disable']);
    expect(code).toBe(1);
    expect(out).toContain('could not save the setting');
  });
});
