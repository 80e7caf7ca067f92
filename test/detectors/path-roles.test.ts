import { describe, expect, it } from 'vitest';
import { normalizeForCompare, PathRoles } from '../../src/detectors/path-roles.js';

describe('PathRoles from context', () => {
  const roles = new PathRoles({ cwd: '/Users/ana/work/shop', home: '/Users/ana', tmpdir: '/Users/ana/Library/Caches/T' });
  it.each([
    ['/Users/ana/work/shop/src/x.ts', 'project'],
    ['/Users/ana/work/shop', 'project'],
    ['/Users/ana/work/shopping/x', 'home'],
    ['/users/ANA/.npmrc', 'home'],
    ['/Users/ana/Library/Caches/T/vite-1/x.js', 'tmp'],
    ['/opt/acme/x', 'path'],
  ])('%s → %s', (path, role) => {
    expect(roles.roleOf(path)).toBe(role);
  });

  it('measures the cwd root inside the original string', () => {
    expect(roles.rootLength('/Users/ana/work/shop/src/x.ts', 'project')).toBe('/Users/ana/work/shop'.length);
  });
});

describe('PathRoles without context (generic shapes)', () => {
  const roles = new PathRoles({});
  it.each([
    ['/home/bob/app/x.js', 'home'],
    ['/Users/bob', 'home'],
    ['/root/.npm/_logs/x.log', 'home'],
    ['C:\\Users\\Bob\\app\\x.js', 'home'],
    ['c:/users/bob/AppData/Local/Temp/x', 'tmp'],
    ['/var/folders/ab/cd/T/x', 'tmp'],
    ['/private/var/folders/ab/x', 'tmp'],
    ['/tmp/build/x', 'tmp'],
    ['~/notes.md', 'home'],
    ['/srv/app/index.js', 'path'],
    ['D:\\builds\\x', 'path'],
  ])('%s → %s', (path, role) => {
    expect(roles.roleOf(path)).toBe(role);
  });
});

describe('normalizeForCompare', () => {
  it.each([
    ['C:\\\\Users\\\\Bob', 'c:/users/bob'],
    ['/C:/Users/Bob', 'c:/users/bob'],
    ['/a//b/', '/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForCompare(input)).toBe(expected);
  });
});
