/**
 * Writes `count` small fixture files (alternately a JSON document and a 2-line NDJSON file, based on the
 * bundled example's events), every tenth with a sibling .planted.txt, and a configuration using the
 * bundled context and planted values, to time `scrubjay check` on thousands of files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATE, ROOT } from './gate-fixtures.js';

export function generateEvents(dir: string, count: number): void {
  const events = join(dir, 'events');
  mkdirSync(events, { recursive: true });
  const doc = readFileSync(join(ROOT, GATE, 'events/checkout-error.json'), 'utf8');
  const lines = readFileSync(join(ROOT, GATE, 'events/cli-errors.ndjson'), 'utf8').trim().split('\n');
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) writeFileSync(join(events, `e${i}.json`), doc.replace('u_18842', `u_${i}`));
    else writeFileSync(join(events, `e${i}.ndjson`), `${lines.slice(i % 3, (i % 3) + 2).join('\n')}\n`);
    // values that occur in the two NDJSON lines of that file (db password in line 2, host name in line 3)
    if (i % 10 === 1) writeFileSync(join(events, `e${i}.planted.txt`), i % 3 === 2 ? 'margs-thinkpad\n' : 'Pl4nt3dDbP4ssw0rd9x\n');
  }
  const config = {
    context: join(ROOT, GATE, 'context.json'),
    include: ['events/*.json', 'events/*.ndjson'],
    secrets: join(ROOT, GATE, 'planted-secrets.txt'),
    snapshot: 'snapshot.json',
  };
  writeFileSync(join(dir, 'scrubjay.config.json'), JSON.stringify(config, null, 2));
}
