/**
 * `--format junit`: one `<testsuite>` per input, one `<testcase>` per event (named by its line), a
 * `<failure>` on each event with problems (the first as message, all in the body). Problems located in
 * the snapshot (removed fields) go in a suite of their own.
 */
import { describeProblem } from './problems.js';
import type { CheckProblem } from './problems.js';
import type { CheckReport } from './report.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml.js';

interface Case {
  name: string;
  problems: CheckProblem[];
}

function testcase(suite: string, c: Case): string {
  const head = `    <testcase name="${attr(c.name)}" classname="${attr(suite)}" time="0"`;
  const first = c.problems[0];
  if (first === undefined) return `${head}/>`;
  const body = c.problems.map((p) => `${p.file}:${p.line}: ${describeProblem(p)} [${p.ruleId}]`).join('\n');
  return `${head}>\n      <failure message="${attr(describeProblem(first))}" type="${attr(first.ruleId)}">${text(body)}</failure>\n    </testcase>`;
}

function testsuite(name: string, cases: readonly Case[]): string {
  const failures = cases.filter((c) => c.problems.length > 0).length;
  const head = `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0">`;
  return [head, ...cases.map((c) => testcase(name, c)), '  </testsuite>'].join('\n');
}

export function formatJunit(report: CheckReport): string {
  const byEvent = new Map<string, CheckProblem[]>();
  for (const p of report.problems) {
    const key = `${p.file}\u0000${p.line}`;
    byEvent.set(key, [...(byEvent.get(key) ?? []), p]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  const add = (name: string, cases: Case[]): void => {
    suites.push(testsuite(name, cases));
    tests += cases.length;
    failures += cases.filter((c) => c.problems.length > 0).length;
  };
  for (const file of report.files) {
    const cases = file.lines.map((line) => {
      const key = `${file.file}\u0000${line}`;
      const problems = byEvent.get(key) ?? [];
      byEvent.delete(key);
      return { name: `line ${line}`, problems };
    });
    add(file.file, cases);
  }
  if (report.snapshot) {
    const rest = [...byEvent.values()].flat();
    add(`snapshot ${report.snapshot.file}`, [{ name: 'approved fields', problems: rest }]);
  }
  const seconds = (report.stats.ms / 1000).toFixed(3);
  const root = `<testsuites name="scrubjay check" tests="${tests}" failures="${failures}" errors="0" time="${seconds}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${[root, ...suites, '</testsuites>'].join('\n')}\n`;
}
