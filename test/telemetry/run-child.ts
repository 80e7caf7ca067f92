/**
 * Child processes for the telemetry tests: `node --import tsx` on a script that imports
 * src/telemetry/index.ts (works on a fresh clone: tsx is a dev dependency, no build needed), each with
 * its own HOME, XDG_CONFIG_HOME and project directory, and a minimal environment.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface Sandbox {
  home: string;
  configHome: string;
  project: string;
  /** A minimal environment pointing at the sandbox (no inherited variables but PATH). */
  env(extra?: Record<string, string>): Record<string, string>;
  cleanup(): void;
}

export function createSandbox(): Sandbox {
  const base = mkdtempSync(join(tmpdir(), 'scrubjay-telemetry-'));
  const home = join(base, 'home', 'marguerite');
  const configHome = join(home, '.config');
  const project = join(base, 'work', 'nightjar-shop');
  mkdirSync(home, { recursive: true });
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'nightjar-shop', private: true }));
  return {
    home,
    configHome,
    project,
    env: (extra = {}) => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, XDG_CONFIG_HOME: configHome, ...extra }),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** Runs `node --import tsx <script> ...args` (or plain node when `tsx` is false) and measures its wall time. */
export function runNode(script: string, args: readonly string[], options: { cwd: string; env: Record<string, string>; tsx?: boolean; timeoutMs?: number }): Promise<ChildResult> {
  const nodeArgs = options.tsx === false ? [script, ...args] : ['--import', TSX, script, ...args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}
