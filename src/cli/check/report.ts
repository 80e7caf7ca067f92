/** The result of a check run as the writers see it: problems (already masked), inputs and numbers. */
import type { CheckProblem } from './problems.js';
import type { FileRecord } from './run-check.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export interface CheckStats {
  files: number;
  events: number;
  /** Planted values searched for (global and per input). */
  planted: number;
  redactions: number;
  ms: number;
}

export interface CheckReport {
  version: string;
  problems: CheckProblem[];
  files: FileRecord[];
  /** The snapshot compared with (or written, with --update). */
  snapshot?: { file: string; updated: boolean };
  /** Planted values that occur nowhere in their input (warnings). */
  unused: string[];
  stats: CheckStats;
}

export function countBy(problems: readonly CheckProblem[]): { leaks: number; shape: number } {
  const leaks = problems.filter((p) => p.ruleId === 'planted-value-leak').length;
  return { leaks, shape: problems.length - leaks };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line: the verdict and the numbers. */
export function summaryLine(report: CheckReport): string {
  const { stats } = report;
  const { leaks, shape } = countBy(report.problems);
  const seconds = (stats.ms / 1000).toFixed(2);
  const scope = `${plural(stats.files, 'file')}, ${plural(stats.events, 'event')}, ${plural(stats.planted, 'planted value')}, ${plural(stats.redactions, 'redaction')}`;
  let snap = '';
  if (report.snapshot) snap = report.snapshot.updated ? `; snapshot ${report.snapshot.file} updated` : shape === 0 ? `; shape matches ${report.snapshot.file}` : '';
  if (report.problems.length === 0) return `scrubjay check: ok: ${scope}${snap} (${seconds} s)`;
  return `scrubjay check: FAIL: ${plural(leaks, 'leak')}, ${plural(shape, 'shape change')} (${scope}${snap}; ${seconds} s)`;
}
