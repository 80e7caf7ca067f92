/**
 * Runs hostile cases in watched child processes: a synchronous hang cannot be interrupted inside the
 * test process, so each case runs in a child that is killed when it passes the ceiling. Cases share a
 * child (startup is paid once per lane) unless `isolate` asks for a fresh one; `lanes` children run
 * at the same time.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { CASE_CEILING_MS } from './case-types.js';
import type { CaseReport, HostileCase } from './case-types.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const RUNNER = join(import.meta.dirname, 'case-runner.ts');

type Message = { type: 'start'; name: string } | { type: 'done'; report: CaseReport };

/** Runs `names` in order in one child after another; a hung case is killed and the rest go on in a new child. */
function runLane(modulePath: string, names: readonly string[], ceilingMs: number, reports: Map<string, CaseReport>): Promise<void> {
  return new Promise((resolve) => {
    const pending = names.filter((n) => !reports.has(n));
    if (pending.length === 0) return resolve();
    const child = fork(RUNNER, [modulePath, ...pending], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-2000)));
    let current: string | undefined;
    let started = 0;
    let timer: NodeJS.Timeout | undefined;
    child.on('message', (m: Message) => {
      if (m.type === 'start') {
        current = m.name;
        started = Date.now();
        clearTimeout(timer);
        timer = setTimeout(() => {
          reports.set(m.name, { name: m.name, ms: Date.now() - started, hung: true, error: `did not finish within ${ceilingMs} ms (killed)` });
          child.kill('SIGKILL');
        }, ceilingMs);
      } else {
        clearTimeout(timer);
        reports.set(m.report.name, m.report);
        current = undefined;
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (current && !reports.has(current)) {
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        reports.set(current, { name: current, ms: Date.now() - started, error: `child died (${how}): ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
      }
      if (!current && pending.every((n) => !reports.has(n))) {
        for (const n of pending) reports.set(n, { name: n, ms: 0, error: `runner failed (${code ?? signal}): ${stderr.trim().slice(-500)}` });
      }
      void runLane(modulePath, names, ceilingMs, reports).then(resolve);
    });
  });
}

/** Runs every case of `cases` (exported as CASES by `modulePath`) and returns one report per case, by name. */
export async function runCases(
  modulePath: string,
  cases: readonly HostileCase[],
  { lanes = 2, ceilingMs = CASE_CEILING_MS }: { lanes?: number; ceilingMs?: number } = {},
): Promise<Map<string, CaseReport>> {
  const reports = new Map<string, CaseReport>();
  const shared = cases.filter((c) => !c.isolate).map((c) => c.name);
  const groups: string[][] = Array.from({ length: lanes }, () => []);
  shared.forEach((name, i) => groups[i % lanes]!.push(name));
  for (const c of cases) if (c.isolate) groups.push([c.name]);
  // Isolated cases are queued after the shared lanes, `lanes` at a time.
  const queue = groups.filter((g) => g.length > 0);
  const workers = Array.from({ length: Math.min(lanes, queue.length) }, async () => {
    for (let g = queue.shift(); g; g = queue.shift()) await runLane(modulePath, g, ceilingMs, reports);
  });
  await Promise.all(workers);
  return reports;
}
