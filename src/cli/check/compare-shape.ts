/** Compares the shape of this run with the approved snapshot: fields added, removed, changed type. */
import type { CheckProblem } from './problems.js';
import type { Occurrence, Shape } from './shape.js';
import type { Snapshot } from './snapshot.js';

export interface SeenAt {
  /** First occurrence of each path. */
  path: Map<string, Occurrence>;
  /** First occurrence of each path and type, keyed `path + '\0' + type`. */
  type: Map<string, Occurrence>;
}

function parentOf(path: string): string | undefined {
  if (path === '') return undefined;
  return path.slice(0, path.lastIndexOf('/'));
}

/** Groups paths under their topmost ancestor in the same set; returns top path -> count below it. */
function topmost(paths: ReadonlySet<string>): Map<string, number> {
  const tops = new Map<string, number>();
  for (const path of paths) {
    let top = path;
    for (let p = parentOf(path); p !== undefined; p = parentOf(p)) if (paths.has(p)) top = p;
    tops.set(top, (tops.get(top) ?? 0) + (top === path ? 0 : 1));
  }
  return tops;
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();

export function compareShape(approved: Snapshot, current: Shape, seen: SeenAt, snapshotName: string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const added = new Set([...current.keys()].filter((p) => !approved.shape.has(p)));
  const removed = new Set([...approved.shape.keys()].filter((p) => !current.has(p)));
  for (const [path, below] of topmost(added)) {
    const at = seen.path.get(path) ?? { file: snapshotName, line: 1 };
    problems.push({ ruleId: 'shape-field-added', ...at, pointer: path, types: sorted(current.get(path) ?? []), below });
  }
  for (const [path, below] of topmost(removed)) {
    problems.push({ ruleId: 'shape-field-removed', file: snapshotName, line: approved.lines.get(path) ?? 1, pointer: path, below });
  }
  for (const [path, types] of current) {
    const before = approved.shape.get(path);
    if (!before) continue;
    const addedTypes = sorted([...types].filter((t) => !before.has(t)));
    const removedTypes = sorted([...before].filter((t) => !types.has(t)));
    if (addedTypes.length === 0 && removedTypes.length === 0) continue;
    const first = addedTypes[0];
    const at =
      first !== undefined
        ? (seen.type.get(`${path}\u0000${first}`) ?? { file: snapshotName, line: 1 })
        : { file: snapshotName, line: approved.lines.get(path) ?? 1 };
    problems.push({ ruleId: 'shape-type-changed', ...at, pointer: path, addedTypes, removedTypes });
  }
  return problems;
}
