/** `--format json`: `{ ok, version, stats, snapshot, problems: [...] }`; problems carry their message. */
import { describeProblem } from './problems.js';
import type { CheckReport } from './report.js';

export function formatJson(report: CheckReport): string {
  const out = {
    ok: report.problems.length === 0,
    version: report.version,
    stats: report.stats,
    snapshot: report.snapshot ?? null,
    unusedPlanted: report.unused,
    problems: report.problems.map((p) => ({ ...p, message: describeProblem(p) })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
