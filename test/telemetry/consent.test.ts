import { describe, expect, it } from 'vitest';
import type { ConsentInput } from '../../src/telemetry/consent.js';
import { resolveConsent } from '../../src/telemetry/consent.js';
import { envPrefix, isFlagSet, readTelemetryEnv } from '../../src/telemetry/telemetry-env.js';

const ids = { state: 'ok', settings: { anonymousId: 'a', salt: 's'.repeat(64) } } as const;
const base: ConsentInput = { env: { doNotTrack: false, disabled: false }, hostDisabled: false, projectDisabled: false, settings: ids, settingsWritable: true };

describe('resolveConsent: every refusal wins, the first names the reason', () => {
  it.each<[string, Partial<ConsentInput>, string]>([
    ['nothing refuses', {}, 'enabled'],
    ['first run, writable', { settings: { state: 'missing' } }, 'enabled'],
    ['first run, unwritable', { settings: { state: 'missing' }, settingsWritable: false }, 'settings-unwritable'],
    ['ids stored, dir now read-only', { settingsWritable: false }, 'enabled'],
    ['settings chose enabled, ids missing, unwritable', { settings: { state: 'ok', settings: { enabled: true } }, settingsWritable: false }, 'settings-unwritable'],
    ['settings corrupt', { settings: { state: 'unreadable' } }, 'settings-unreadable'],
    ['machine-wide opt-out', { settings: { state: 'ok', settings: { enabled: false } } }, 'machine-disabled'],
    ['project opt-out', { projectDisabled: true }, 'project-disabled'],
    ['host opt-out', { hostDisabled: true }, 'host-disabled'],
    ['NAME_TELEMETRY_DISABLED', { env: { doNotTrack: false, disabled: true } }, 'env-disabled'],
    ['DO_NOT_TRACK', { env: { doNotTrack: true, disabled: false } }, 'do-not-track'],
    ['DO_NOT_TRACK over everything', { env: { doNotTrack: true, disabled: true }, hostDisabled: true, projectDisabled: true, settings: { state: 'unreadable' } }, 'do-not-track'],
    ['explicit enable does not beat the env', { env: { doNotTrack: false, disabled: true }, settings: { state: 'ok', settings: { enabled: true, anonymousId: 'a', salt: 's'.repeat(64) } } }, 'env-disabled'],
    ['explicit enable does not beat the project', { projectDisabled: true, settings: { state: 'ok', settings: { enabled: true, anonymousId: 'a', salt: 's'.repeat(64) } } }, 'project-disabled'],
  ])('%s → %s', (_name, change, reason) => {
    expect(resolveConsent({ ...base, ...change })).toBe(reason);
  });
});

describe('telemetry environment', () => {
  it.each([
    ['mycli', 'MYCLI'],
    ['my-cli', 'MY_CLI'],
    ['my.cli_2', 'MY_CLI_2'],
    ['-x-', 'X'],
  ])('envPrefix(%s) = %s', (name, prefix) => {
    expect(envPrefix(name)).toBe(prefix);
  });

  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['false', false],
    ['FALSE', false],
    ['no', false],
    ['off', false],
    [' ', false],
    ['1', true],
    ['true', true],
    ['yes', true],
    ['anything', true],
  ])('isFlagSet(%j) = %s', (value, set) => {
    expect(isFlagSet(value)).toBe(set);
  });

  it('reads the variables of the tool', () => {
    expect(readTelemetryEnv('my-cli', { DO_NOT_TRACK: '1', MY_CLI_TELEMETRY_DISABLED: 'true', DEBUG: 'my-cli:*' })).toEqual({ doNotTrack: true, disabled: true, debug: true, disableVariable: 'MY_CLI_TELEMETRY_DISABLED' });
    expect(readTelemetryEnv('my-cli', { MY_CLI_TELEMETRY_DEBUG: '1' }).debug).toBe(true);
    expect(readTelemetryEnv('my-cli', { DEBUG: 'other-cli:telemetry', DO_NOT_TRACK: '0' })).toMatchObject({ doNotTrack: false, disabled: false, debug: false });
  });
});
