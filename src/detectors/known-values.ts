/**
 * Known values: the machine facts of the context (env values, user, host name, home, cwd, tmpdir)
 * found anywhere in a text, in one Aho-Corasick pass however many there are, also URL-encoded and
 * JSON-escaped (base64 is handled by the decoded views of the text pipeline). The literals are the
 * detector's keywords: the engine's keyword pass tells whether any occurs.
 */
import type { Detection, ScrubContext } from '../types.js';
import { AhoCorasick } from '../match/aho-corasick.js';
import { sanitizeDetail } from '../placeholder.js';
import type { DetectorFactory } from './detector.js';
import { placeholderKey, ruleOption } from './detector.js';
import { base64Cores, base64RunAround } from './base64-cores.js';
import { isHexDigit, MIN_BASE64_RUN } from '../text/encoded-views.js';

/**
 * UTF-8 length below which a value base64-encoded alone is a run shorter than the text pipeline's
 * base64 views read (9 bytes for 12 characters): such values are also searched for by their base64 cores.
 */
const SHORT_FOR_BASE64 = Math.ceil((MIN_BASE64_RUN * 3) / 4);
/** Shortest base64 core searched for (36 bits: a chance match in random base64 is rare, and only redacts that run). */
const MIN_BASE64_CORE = 6;

interface KnownValue {
  literal: string;
  type: string;
  detail?: string;
  priority: number;
  /** Must stand alone: no letter or digit right before or after (values shorter than `boundedBelow`). */
  bounded: boolean;
}

interface KnownValueOptions {
  minLength: number;
  boundedBelow: number;
  safeNames: string[];
  safeValues: string[];
  commonUsers: string[];
  genericProjectNames: string[];
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether an escape (`%20`, `\u0020`) ends right before `at`: its last hex digit is not a word the
 * value is glued to. Text escaped twice (`%2520value`) keeps such an escape before the value even in
 * its decoded view.
 */
function escapeEndsAt(text: string, at: number): boolean {
  if (at >= 3 && text.charCodeAt(at - 3) === 37 && isHexDigit(text.charCodeAt(at - 2)) && isHexDigit(text.charCodeAt(at - 1))) return true;
  if (at < 6 || text.charCodeAt(at - 6) !== 92 || text.charCodeAt(at - 5) !== 117) return false;
  for (let i = at - 4; i < at; i++) if (!isHexDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Whether a literal is made only of characters an ISO date-time has (case ignored, as the search does). */
function couldBeInDateTime(literal: string): boolean {
  return /^[0-9tz:.+\- ]+$/i.test(literal);
}

function basename(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

function variants(literal: string): string[] {
  const out = new Set([literal]);
  if (/^[A-Za-z]:\\/.test(literal)) out.add(literal.replace(/\\/g, '/'));
  for (const v of [...out]) {
    out.add(encodeURIComponent(v));
    out.add(JSON.stringify(v).slice(1, -1));
    out.add(encodeURI(v));
  }
  return [...out];
}

export function collectKnownValues(context: ScrubContext, o: KnownValueOptions): KnownValue[] {
  const values: KnownValue[] = [];
  const roles: Array<[string | undefined, string, number]> = [
    [context.tmpdir, 'tmp', 60],
    [context.cwd, 'project', 62],
    [context.home, 'home', 61],
    [context.hostname, 'hostname', 70],
  ];
  const roleValues = new Set<string>();
  for (const [value, type, priority] of roles) {
    if (!value || value.length < 2 || value === '/' || /^[A-Za-z]:[\\/]?$/.test(value)) continue;
    roleValues.add(value);
    values.push({ literal: value, type, priority, bounded: value.length < o.boundedBelow });
  }
  const user = context.user;
  if (user && user.length >= 2 && !o.commonUsers.includes(user.toLowerCase())) {
    roleValues.add(user);
    values.push({ literal: user, type: 'user', priority: 70, bounded: user.length < o.boundedBelow });
  }
  const project = context.cwd ? basename(context.cwd) : '';
  if (project.length >= 4 && !o.genericProjectNames.includes(project.toLowerCase()) && project !== user) {
    values.push({ literal: project, type: 'project', priority: 55, bounded: project.length < o.boundedBelow });
  }
  const safeNames = new Set(o.safeNames.map((n) => n.toUpperCase()));
  const safeValues = new Set(o.safeValues.map((v) => v.toLowerCase()));
  for (const [name, value] of Object.entries(context.env ?? {})) {
    if (typeof value !== 'string' || value.length < o.minLength) continue;
    if (safeNames.has(name.toUpperCase()) || safeValues.has(value.toLowerCase()) || roleValues.has(value)) continue;
    if (/^[0-9.]{1,12}$/.test(value)) continue;
    values.push({ literal: value, type: 'env', detail: sanitizeDetail(name), priority: 90, bounded: value.length < o.boundedBelow });
  }
  return values.concat(urlParts(values, o));
}

/** The password and private host inside URL-valued env values (`DATABASE_URL`) are known values too. */
function urlParts(values: readonly KnownValue[], o: KnownValueOptions): KnownValue[] {
  const parts: KnownValue[] = [];
  for (const v of values) {
    if (v.type !== 'env' || !v.literal.includes('://')) continue;
    let url: URL;
    try {
      url = new URL(v.literal);
    } catch {
      continue;
    }
    const add = (literal: string) => {
      if (literal.length >= o.minLength) parts.push({ ...v, literal, bounded: literal.length < o.boundedBelow });
    };
    if (url.password) add(safeDecode(url.password));
    if (url.hostname.includes('.') && !/^(?:localhost|127\.|\[::1\])/.test(url.hostname)) add(url.hostname);
  }
  return parts;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const createKnownValuesDetector: DetectorFactory = (rule, env) => {
  const options: KnownValueOptions = {
    minLength: ruleOption(rule, 'minLength', 5),
    boundedBelow: ruleOption(rule, 'boundedBelow', 8),
    safeNames: ruleOption(rule, 'safeNames', []),
    safeValues: ruleOption(rule, 'safeValues', []),
    commonUsers: ruleOption(rule, 'commonUsers', []),
    genericProjectNames: ruleOption(rule, 'genericProjectNames', []),
  };
  const known = collectKnownValues(env.context, options);
  const literals: string[] = [];
  const owners: KnownValue[] = [];
  /** Literal index → 1 for a base64 core (matched in its exact case, redacting its whole run). */
  const isCore: number[] = [];
  const utf8 = new TextEncoder();
  for (const k of known) {
    for (const v of variants(k.literal)) {
      literals.push(v);
      owners.push(k);
      isCore.push(0);
    }
    if (utf8.encode(k.literal).length >= SHORT_FOR_BASE64) continue;
    for (const core of base64Cores(k.literal, MIN_BASE64_CORE)) {
      literals.push(core);
      owners.push(k);
      isCore.push(1);
    }
  }
  const automaton = new AhoCorasick(literals);

  function detectionOf(k: KnownValue, start: number, end: number): Detection {
    const d: Detection = { ruleId: rule.id, type: k.type, start, end, priority: k.priority };
    if (k.detail !== undefined) d.detail = k.detail;
    return d;
  }

  function detect(text: string, out: Detection[]): void {
    if (literals.length === 0) return;
    for (const m of automaton.findAll(text)) {
      const k = owners[m.index]!;
      if (isCore[m.index] === 1) {
        // Base64 is case-sensitive (the search is not), and the whole run carries the value's bits.
        if (!text.startsWith(literals[m.index]!, m.start)) continue;
        const run = base64RunAround(text, m.start, m.end);
        out.push(detectionOf(k, run.start, run.end));
        continue;
      }
      if (k.bounded) {
        if (m.start > 0 && isWordChar(text.charCodeAt(m.start - 1)) && !escapeEndsAt(text, m.start)) continue;
        if (m.end < text.length && isWordChar(text.charCodeAt(m.end))) continue;
      }
      out.push(detectionOf(k, m.start, m.end));
    }
  }

  return {
    // The literals are the keywords too: the engine's prefilter pass finds them (with the same ASCII
    // case folding), so a text holding none never reaches `detect`.
    text: { id: rule.id, keywords: literals, detect, skipsDateTimes: !literals.some(couldBeInDateTime) },
    produces: [...new Set(known.map((k) => placeholderKey(k.type, k.detail)))],
  };
};
