import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isProjectOptedOut } from '../../src/telemetry/project-opt-out.js';

const base = mkdtempSync(join(tmpdir(), 'scrubjay-optout-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function project(name: string, pkg: string | undefined): string {
  const dir = join(base, name, 'src', 'deep');
  mkdirSync(dir, { recursive: true });
  if (pkg !== undefined) writeFileSync(join(base, name, 'package.json'), pkg);
  return dir;
}

describe('isProjectOptedOut: the nearest package.json', () => {
  it.each([
    ['opted out', '{"mycli": {"telemetry": false}}', true],
    ['opted in', '{"mycli": {"telemetry": true}}', false],
    ['only false counts', '{"mycli": {"telemetry": "false"}}', false],
    ['another tool', '{"othercli": {"telemetry": false}}', false],
    ['no section', '{"name": "x"}', false],
    ['section not an object', '{"mycli": false}', false],
    ['invalid JSON', '{oops', false],
    ['not an object', '[1]', false],
  ])('%s → %s', (name, pkg, expected) => {
    expect(isProjectOptedOut(project(name.replace(/\W/g, '-'), pkg), 'mycli')).toBe(expected);
  });

  it('stops at the nearest package.json (a nested package decides for itself)', () => {
    const outer = join(base, 'outer');
    mkdirSync(join(outer, 'packages', 'inner'), { recursive: true });
    writeFileSync(join(outer, 'package.json'), '{"mycli": {"telemetry": false}}');
    writeFileSync(join(outer, 'packages', 'inner', 'package.json'), '{"name": "inner"}');
    expect(isProjectOptedOut(join(outer, 'packages', 'inner'), 'mycli')).toBe(false);
    expect(isProjectOptedOut(join(outer, 'packages'), 'mycli')).toBe(true);
  });
});
