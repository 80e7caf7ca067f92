import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canWriteSettings, readSettings, settingsPath, writeSettings } from '../../src/telemetry/settings-store.js';

const base = mkdtempSync(join(tmpdir(), 'scrubjay-settings-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const regularFile = join(base, 'a-file');
writeFileSync(regularFile, 'x');

describe('settings store', () => {
  it('missing file (or a parent that is a file) reads as missing', () => {
    expect(readSettings(join(base, 'nope', 'telemetry.json'))).toEqual({ state: 'missing' });
    expect(readSettings(join(regularFile, 'cfg', 'telemetry.json'))).toEqual({ state: 'missing' });
  });

  it.each([['{oops'], ['[]'], ['null'], ['"x"']])('content %j reads as unreadable', (text) => {
    const file = join(base, `bad-${text.length}-${text.charCodeAt(0)}.json`);
    writeFileSync(file, text);
    expect(readSettings(file)).toEqual({ state: 'unreadable' });
  });

  it('keeps only known fields of the right type; a short salt is ignored', () => {
    const file = join(base, 'fields.json');
    writeFileSync(file, JSON.stringify({ enabled: 'yes', anonymousId: 'id-1', salt: 'short', noticeShown: true, extra: 1 }));
    expect(readSettings(file)).toEqual({ state: 'ok', settings: { anonymousId: 'id-1', noticeShown: true } });
  });

  it('writes atomically, creating the directory; mode 0600; no temp file left', () => {
    const file = settingsPath(join(base, 'deep', 'cfg'));
    expect(writeSettings(file, { enabled: false })).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ enabled: false });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(base, 'deep', 'cfg'))).toEqual(['telemetry.json']);
  });

  it('an unwritable place (a parent is a regular file) fails without throwing', () => {
    const file = join(regularFile, 'cfg', 'telemetry.json');
    expect(canWriteSettings(file)).toBe(false);
    expect(writeSettings(file, { enabled: true })).toBe(false);
  });

  it('canWriteSettings looks, never writes', () => {
    const file = join(base, 'look', 'only', 'telemetry.json');
    expect(canWriteSettings(file)).toBe(true);
    expect(() => statSync(join(base, 'look'))).toThrow();
    mkdirSync(join(base, 'exists'));
    expect(canWriteSettings(join(base, 'exists', 'telemetry.json'))).toBe(true);
  });
});
