/**
 * Machine facts, bucketed so they describe a population and not a machine: OS family, architecture,
 * CPU count bucket, Node major version, CI (via ci-info), TTY, docker and WSL. Never the CPU model,
 * memory size, kernel release, host name or user.
 */
import { isCI, name as ciVendor } from 'ci-info';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';

export interface MachineFacts {
  os: string;
  arch: string;
  /** Bucket: `1`, `2`, `3-4`, `5-8`, `9-16`, `17+` (`unknown` when not a positive count). */
  cpus: string;
  /** Node.js major version. */
  node: number;
  ci: boolean;
  /** The CI service's name (`GitHub Actions`), or null. */
  ciName: string | null;
  /** Whether stdout is a terminal. */
  tty: boolean;
  docker: boolean;
  wsl: boolean;
}

const CPU_BUCKETS: ReadonlyArray<readonly [max: number, label: string]> = [
  [1, '1'],
  [2, '2'],
  [4, '3-4'],
  [8, '5-8'],
  [16, '9-16'],
];

export function bucketCpuCount(count: number): string {
  if (!Number.isInteger(count) || count < 1) return 'unknown';
  for (const [max, label] of CPU_BUCKETS) if (count <= max) return label;
  return '17+';
}

const OS_FAMILIES: Readonly<Record<string, string>> = {
  darwin: 'macos',
  win32: 'windows',
  linux: 'linux',
  android: 'android',
  freebsd: 'bsd',
  openbsd: 'bsd',
  netbsd: 'bsd',
  aix: 'unix',
  sunos: 'unix',
};

export function osFamily(platform: string): string {
  return OS_FAMILIES[platform] ?? 'other';
}

const ARCHES = new Set(['x64', 'arm64', 'arm', 'ia32', 'riscv64', 'ppc64', 's390x', 'loong64']);

export function archFamily(arch: string): string {
  return ARCHES.has(arch) ? arch : 'other';
}

/** `v20.11.1` or `20.11.1` → 20; NaN-safe (0 when unreadable). */
export function nodeMajor(version: string): number {
  const major = Number.parseInt(version.replace(/^v/, ''), 10);
  return Number.isFinite(major) ? major : 0;
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function isWsl(env: Record<string, string | undefined>): boolean {
  if (process.platform !== 'linux') return false;
  if (env.WSL_DISTRO_NAME) return true;
  return attempt(() => /microsoft/i.test(readFileSync('/proc/version', 'utf8')), false);
}

/** This process's facts (the env is read for WSL; CI detection is ci-info's, from `process.env`). */
export function collectMachineFacts(env: Record<string, string | undefined> = process.env): MachineFacts {
  return {
    os: osFamily(process.platform),
    arch: archFamily(process.arch),
    cpus: bucketCpuCount(attempt(() => availableParallelism(), attempt(() => cpus().length, 0))),
    node: nodeMajor(process.versions.node),
    ci: isCI,
    ciName: ciVendor,
    tty: process.stdout.isTTY === true,
    docker: process.platform === 'linux' && attempt(() => existsSync('/.dockerenv'), false),
    wsl: isWsl(env),
  };
}
