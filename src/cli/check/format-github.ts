/**
 * `--format github`: GitHub Actions workflow commands, `::error file=…,line=…,title=…::message`, one per
 * problem, then the verdict as a plain line. Values and properties are escaped as the runner expects.
 */
import { describeProblem } from './problems.js';
import { summaryLine } from './report.js';
import type { CheckReport } from './report.js';

/** Escapes the message of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: CheckReport): string {
  const lines = report.problems.map((p) => {
    const props = `file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(`scrubjay ${p.ruleId}`)}`;
    return `::error ${props}::${escapeData(describeProblem(p))}`;
  });
  for (const origin of report.unused) lines.push(`::warning title=scrubjay planted value::${escapeData(`planted value ${origin} occurs nowhere in its input`)}`);
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}
