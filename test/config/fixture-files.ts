/** Reads the config fixtures of fixtures/config/ (format: fixtures/config/README.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CONFIG_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'config');

export function fixturePath(dir: string, file: string): string {
  return join(CONFIG_FIXTURES, dir, file);
}

export function readFixture(dir: string, file: string): string {
  return readFileSync(fixturePath(dir, file), 'utf8');
}

export function plantedValues(dir: string): string[] {
  return readFixture(dir, 'planted.txt')
    .split('\n')
    .filter((l) => l.length > 0);
}

/** The planted values found in `text` (expected: none). */
export function leaks(text: string, planted: readonly string[]): string[] {
  return planted.filter((p) => text.includes(p));
}
