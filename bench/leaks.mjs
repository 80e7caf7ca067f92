/**
 * "Caught more": how many planted values survive each tool. A value survives when it is found in the
 * output raw (any case), URL-encoded, JSON-escaped or base64-encoded (at any byte alignment).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { EVENTS_DIR } from './inputs.mjs';

/**
 * The values planted in fixtures/events/astro-build-error.json, which has no .planted.txt of its own:
 * read from the fixture by JSON pointer (and a regex for a value inside a longer string), so that no
 * secret-shaped value is copied outside fixtures/.
 */
const ASTRO_PLANTED = [
  ['/config/env/STRIPE_SECRET_KEY'],
  ['/error/cause/command', /ghp_[A-Za-z0-9]+/],
  ['/error/cause/headers/Authorization', /eyJ[\w.-]+/],
  ['/error/message', /[\w.]+@[\w.-]+\.[a-z]+/],
  ['/error/message', /\d{4} \d{4} \d{4} \d{4}/],
  ['/env/cwd', /^\/Users\/[^/]+/],
  ['/env/host'],
  ['/env/ip'],
  ['/config/vite/server/proxy/~1api', /[\w.-]+\.internal/],
];

function atPointer(value, pointer) {
  let at = value;
  for (const token of pointer.split('/').slice(1)) at = at?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  return at;
}

function astroPlanted() {
  let event;
  try {
    event = JSON.parse(readFileSync(new URL('astro-build-error.json', EVENTS_DIR), 'utf8'));
  } catch {
    return [];
  }
  return ASTRO_PLANTED.flatMap(([pointer, part]) => {
    const text = atPointer(event, pointer);
    if (typeof text !== 'string') return [];
    const value = part ? part.exec(text)?.[0] : text;
    return value ? [value] : [];
  });
}

/** Every fixtures/events/*.planted.txt line, plus the values above; duplicates once. */
export function loadPlanted() {
  const values = new Set(astroPlanted());
  for (const name of readdirSync(EVENTS_DIR).filter((n) => n.endsWith('.planted.txt'))) {
    for (const line of readFileSync(new URL(name, EVENTS_DIR), 'utf8').split('\n')) if (line.trim()) values.add(line);
  }
  return [...values];
}

function base64Cores(value) {
  const bytes = Buffer.from(value, 'utf8');
  const cores = [];
  for (let pad = 0; pad < 3; pad++) {
    const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((8 * pad) / 6), Math.floor((8 * (pad + bytes.length)) / 6));
    if (core.length >= 8) cores.push(core);
  }
  return cores;
}

function formsOf(value) {
  const forms = [value, encodeURIComponent(value), encodeURI(value), JSON.stringify(value).slice(1, -1), ...base64Cores(value)];
  return [...new Set(forms.map((f) => f.toLowerCase()))];
}

/** All strings of a value (keys too) plus its JSON, lower-cased; a string output is parsed if it can be. */
function haystackOf(output) {
  const parts = [typeof output === 'string' ? output : JSON.stringify(output)];
  let value = output;
  if (typeof output === 'string') {
    try {
      value = JSON.parse(output);
    } catch {
      value = undefined;
    }
  }
  const visit = (v) => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        parts.push(k);
        visit(inner);
      }
    }
  };
  visit(value);
  return parts.join('\n').toLowerCase();
}

/** Tallies, over pairs of (input text, output), which planted values were present and which survive. */
export function createLeakCounter(planted) {
  const checks = planted.map((value) => ({ value, forms: formsOf(value) }));
  const present = new Set();
  const survived = new Set();
  let pairsPresent = 0;
  let pairsSurvived = 0;
  return {
    add(inputText, output) {
      const before = inputText.toLowerCase();
      const after = haystackOf(output);
      for (const c of checks) {
        if (!c.forms.some((f) => before.includes(f))) continue;
        present.add(c.value);
        pairsPresent++;
        if (c.forms.some((f) => after.includes(f))) {
          survived.add(c.value);
          pairsSurvived++;
        }
      }
    },
    /** Counts only, never the values. */
    result: () => ({ present: present.size, survived: survived.size, pairsPresent, pairsSurvived }),
    /** The surviving values, for a caller that labels them (the bench prints counts only). */
    survivors: () => [...survived],
  };
}
