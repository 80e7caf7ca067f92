/**
 * Long runs of pivot characters at 100 KB and 1 MB, and recheck's attack strings for the engine's own
 * regexes: each runs in a child killed after 30 s, must not throw and must return JSON-safe output
 * (100 KB runs: also idempotent). Cases: hostile/runs-cases.ts.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { defineHostileSuite } from './hostile/report.js';
import { CASES } from './hostile/runs-cases.js';

describe('hostile runs of pivot characters', () => {
  defineHostileSuite(join(import.meta.dirname, 'hostile', 'runs-cases.ts'), CASES);
});
