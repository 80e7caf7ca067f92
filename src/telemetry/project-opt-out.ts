/**
 * The per-project opt-out: the nearest package.json above the working directory says
 * `"<name>": { "telemetry": false }`. Only reads; any problem reading it means no opt-out.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function readJsonObject(file: string): Record<string, unknown> | undefined | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null; // not here: keep looking upward
  }
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the project's package.json opts out of `name`'s telemetry. */
export function isProjectOptedOut(cwd: string, name: string): boolean {
  let dir = cwd;
  for (;;) {
    const pkg = readJsonObject(join(dir, 'package.json'));
    if (pkg !== null) {
      const section = pkg?.[name];
      return section !== null && typeof section === 'object' && (section as Record<string, unknown>).telemetry === false;
    }
    const parent = dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}
