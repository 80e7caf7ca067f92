/** The bundled CI-gate example (fixtures/gate/) and helpers to copy it and to look for planted values. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const GATE = 'fixtures/gate';
export const GATE_CONFIG = `${GATE}/scrubjay.config.json`;
export const LEAK_CONFIG = `${GATE}/negative/leak/scrubjay.config.json`;
export const SHAPE_CONFIG = `${GATE}/negative/shape/scrubjay.config.json`;

function lines(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** Every value planted in the bundled example, the negative ones included. */
export const PLANTED: readonly string[] = [
  ...lines(`${GATE}/planted-secrets.txt`),
  ...lines(`${GATE}/events/cli-errors.planted.txt`),
  ...lines(`${GATE}/negative/leak/events/support-tickets.planted.txt`),
];

/** The planted values found in `text`, in any letter case (none expected in any report). */
export function plantedIn(text: string): string[] {
  const lower = text.toLowerCase();
  return PLANTED.filter((v) => lower.includes(v.toLowerCase()));
}

/** A copy of fixtures/gate in a temporary directory (for --update and edits). */
export function copyGate(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'scrubjay-gate-'));
  cpSync(join(ROOT, GATE), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Makes a fake io's stdout/stderr look like a terminal (or not). */
export function setTTY(out: object, isTTY: boolean): void {
  Object.assign(out, { isTTY });
}
