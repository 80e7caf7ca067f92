/** `--format text`: one line per problem, `<file>:<line>: <message> [<rule>]`, then the verdict. */
import type { Colors } from '../colors.js';
import { describeProblem } from './problems.js';
import { summaryLine } from './report.js';
import type { CheckReport } from './report.js';

export function formatText(report: CheckReport, c: Colors): string {
  const lines = report.problems.map((p) => `${c.bold(`${p.file}:${p.line}`)}: ${describeProblem(p)} ${c.dim(`[${p.ruleId}]`)}`);
  if (lines.length > 0) lines.push('');
  const summary = summaryLine(report);
  lines.push(report.problems.length === 0 ? c.green(summary) : c.red(summary));
  return `${lines.join('\n')}\n`;
}
