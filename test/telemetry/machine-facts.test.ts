import { describe, expect, it } from 'vitest';
import { archFamily, bucketCpuCount, collectMachineFacts, nodeMajor, osFamily } from '../../src/telemetry/machine-facts.js';

describe('machine facts', () => {
  it.each([
    [0, 'unknown'],
    [-1, 'unknown'],
    [1.5, 'unknown'],
    [Number.NaN, 'unknown'],
    [1, '1'],
    [2, '2'],
    [3, '3-4'],
    [4, '3-4'],
    [5, '5-8'],
    [8, '5-8'],
    [9, '9-16'],
    [16, '9-16'],
    [17, '17+'],
    [128, '17+'],
  ])('bucketCpuCount(%s) = %s', (count, bucket) => {
    expect(bucketCpuCount(count)).toBe(bucket);
  });

  it.each([
    ['darwin', 'macos'],
    ['win32', 'windows'],
    ['linux', 'linux'],
    ['freebsd', 'bsd'],
    ['openbsd', 'bsd'],
    ['sunos', 'unix'],
    ['haiku', 'other'],
  ])('osFamily(%s) = %s', (platform, family) => {
    expect(osFamily(platform)).toBe(family);
  });

  it.each([
    ['x64', 'x64'],
    ['arm64', 'arm64'],
    ['mips', 'other'],
  ])('archFamily(%s) = %s', (arch, family) => {
    expect(archFamily(arch)).toBe(family);
  });

  it.each([
    ['v20.11.1', 20],
    ['22.3.0', 22],
    ['garbage', 0],
  ])('nodeMajor(%s) = %s', (version, major) => {
    expect(nodeMajor(version)).toBe(major);
  });

  it('collects bucketed facts only: no model, memory, kernel release, host or user', () => {
    const facts = collectMachineFacts({});
    expect(Object.keys(facts).sort()).toEqual(['arch', 'ci', 'ciName', 'cpus', 'docker', 'node', 'os', 'tty', 'wsl']);
    expect(facts.cpus).toMatch(/^(?:1|2|3-4|5-8|9-16|17\+|unknown)$/);
    expect(facts.node).toBe(Number(process.versions.node.split('.')[0]));
    expect(typeof facts.ci).toBe('boolean');
    const text = JSON.stringify(facts);
    for (const forbidden of ['Intel', 'AMD', 'Apple M', 'GHz', 'microsoft', 'generic']) expect(text).not.toContain(forbidden);
  });
});
