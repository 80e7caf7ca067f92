/**
 * The check loop: for each input, each event: scrub it, look for planted values in the result, and add
 * its shape to the run's. One event at a time; nothing of an event is kept but its line and problems.
 */
import type { Finding, Scrubber } from '../../node.js';
import type { CliIO } from '../io.js';
import type { PayloadSource } from '../payload-files.js';
import { parsePayloads, readSource } from '../read-payloads.js';
import type { SeenAt } from './compare-shape.js';
import { compilePlanted, findLeaks } from './find-leaks.js';
import { prefetch } from './prefetch.js';
import type { PlantedMatcher } from './find-leaks.js';
import type { PlantedIndex, PlantedValue } from './planted.js';
import type { CheckProblem } from './problems.js';
import type { Progress } from './progress.js';
import { addShape, placeholderTypes } from './shape.js';
import type { Shape } from './shape.js';

/** Files read ahead of the one being checked. */
const READ_AHEAD = 32;

export interface CheckJob {
  sources: readonly PayloadSource[];
  scrubber: Scrubber;
  secrets: readonly PlantedValue[];
  planted: PlantedIndex;
  io: CliIO;
  progress: Progress;
}

export interface FileRecord {
  file: string;
  /** Line of each event (1 for a JSON document). */
  lines: number[];
}

export interface CheckRun {
  files: FileRecord[];
  leaks: CheckProblem[];
  shape: Shape;
  seen: SeenAt;
  /** Every planted value of the run (global and per input), to mask pointers with. */
  matchers: PlantedMatcher[];
  /** Origins of values planted by an input that do not occur in it: the check cannot fail on them. */
  unused: string[];
  events: number;
  redactions: number;
}

function firedAt(findings: readonly Finding[], pointer: string): string[] {
  return [...new Set(findings.filter((f) => f.pointer === pointer).map((f) => f.ruleId))].sort();
}

/** A planted value that occurs nowhere in its input's text (raw or JSON-escaped) plants nothing. */
function unusedValues(values: readonly PlantedValue[], text: string): string[] {
  return values.filter((v) => !text.includes(v.value) && !text.includes(JSON.stringify(v.value).slice(1, -1))).map((v) => v.origin);
}

export async function runCheck(job: CheckJob): Promise<CheckRun> {
  const global = compilePlanted(job.secrets);
  const run: CheckRun = {
    files: [],
    leaks: [],
    shape: new Map(),
    seen: { path: new Map(), type: new Map() },
    matchers: [...global],
    unused: [],
    events: 0,
    redactions: 0,
  };
  for await (const [source, text] of prefetch(job.sources, READ_AHEAD, (s) => readSource(s, job.io, 'check'))) {
    const { payloads } = parsePayloads(text, source.name);
    const own = source.path === undefined ? [] : await job.planted.forInput(source.path, source.name);
    const ownMatchers = compilePlanted(own);
    run.matchers.push(...ownMatchers);
    run.unused.push(...unusedValues(own, text));
    const matchers = ownMatchers.length === 0 ? global : [...global, ...ownMatchers];
    const record: FileRecord = { file: source.name, lines: [] };
    for (const { line, value } of payloads) {
      const { value: scrubbed, findings } = job.scrubber.scrub(value);
      record.lines.push(line);
      run.events++;
      run.redactions += findings.length;
      for (const leak of findLeaks(scrubbed, matchers)) {
        const fired = firedAt(findings, leak.pointer);
        run.leaks.push({ ruleId: 'planted-value-leak', file: source.name, line, pointer: leak.pointer, kind: leak.kind, target: leak.target, planted: leak.origin, firedRules: fired });
      }
      const at = { file: source.name, line };
      addShape(run.shape, scrubbed, placeholderTypes(findings.map((f) => f.type)), (path, type) => {
        if (!run.seen.path.has(path)) run.seen.path.set(path, at);
        run.seen.type.set(`${path}\u0000${type}`, at);
      });
    }
    run.files.push(record);
    job.progress.tick();
  }
  job.progress.done();
  return run;
}
