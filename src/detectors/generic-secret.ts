/**
 * Generic secrets: a random-looking token that no specific format recognises and no assignment names,
 * but that a sensitive word just before it (`my api key is …`, `auth token rejected: …`, `export
 * STRIPE_SECRET …`) or in parentheses right after it (`… (api key)`) calls a secret. Context is
 * required, so git SHAs, UUIDs, lock-file hashes, base64 images and minified code elsewhere are never
 * looked at; next to a sensitive word, the shape tests below still leave them alone.
 *
 * One pass over the text finds maximal runs of token characters (`A–Z a–z 0–9 + / - _ .`, then up to
 * two `=` of padding). A run is left alone when it is a path (`/` with a dot or word-like directories), a
 * file or host name (a short lower-case last `.` part), an SRI hash (`sha512-…`), a data: URI payload,
 * part of an e-mail or an escape; otherwise one of its `.` parts must look random (`token-alphabet.ts`:
 * alphabet, mixed classes, camelCase word length, entropy against the alphabet's expectation), and the
 * context must name a secret (`context-words.ts`). Every threshold, word and length is a rule option.
 */
import type { Detection, DetectorRuleInput } from '../types.js';
import { ScrubjayError } from '../scrubjay-error.js';
import type { RuleProblem } from '../scrubjay-error.js';
import type { DetectorFactory } from './detector.js';
import { placeholderKey, ruleOption } from './detector.js';
import { ContextWords } from './context-words.js';
import { createRandomnessTest } from './token-alphabet.js';
import type { AlphabetName, AlphabetSettings } from './token-alphabet.js';

const ALPHABETS: readonly AlphabetName[] = ['hex', 'base36', 'base62', 'base64'];
const DATA_URI_TAIL = 'base64,';

function isTokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 45 || c === 95 || c === 46;
}

const VOWELS = 'aeiouy';
/** Directory names without a vowel. */
const SHORT_DIRS = new Set(['src', 'tmp', 'pkg', 'cfg', 'mnt', 'srv', 'dst', 'npm', 'pnpm', 'www']);

/**
 * A directory-like name: at least three characters, a letter first, then lower-case letters, `-` and
 * `_`, digits only at the end, and a vowel (`usr`, `node_modules`, `Users`, `python3`) unless it is a
 * common abbreviation (`src`, `tmp`); random base64 segments rarely are.
 */
function isWordish(part: string): boolean {
  if (SHORT_DIRS.has(part)) return true;
  if (part.length < 3) return false;
  const first = part.charCodeAt(0) | 32;
  if (first < 97 || first > 122) return false;
  let vowel = VOWELS.includes(String.fromCharCode(first));
  let digits = false;
  for (let i = 1; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c >= 48 && c <= 57) digits = true;
    else if (digits || !((c >= 97 && c <= 122) || c === 45 || c === 95)) return false;
    else if (!vowel && VOWELS.includes(part[i]!)) vowel = true;
  }
  return vowel;
}

/**
 * A run with `/` is a path, not base64 (which has a `/` in 64 characters and never a dot), when it has
 * a dot, or when every segment but the last is word-like and there are two of them (`/var/lib/app/…`,
 * `src/secrets/…`), or when all its segments are. Random base64 has few, long, mixed-case segments; a
 * path this misses (`/tmp/<random>`) is still a path to the file-path rule, which wins on the same span.
 */
function isPathLike(run: string): boolean {
  if (run.includes('.')) return true;
  const parts = run.split('/').filter((p) => p.length > 0);
  let wordish = 0;
  for (let i = 0; i < parts.length - 1; i++) if (isWordish(parts[i]!)) wordish++;
  if (wordish < parts.length - 1) return false;
  return wordish >= 2 || (parts.length === 2 && isWordish(parts[1]!));
}

/** `main.3f9a8c7b.js`, `abc123.ngrok.io`: a last `.` part of 1–5 lower-case letters and digits, a letter first. */
function endsWithExtension(run: string): boolean {
  const last = run.slice(run.lastIndexOf('.') + 1);
  if (last.length === 0 || last.length > 5) return false;
  for (let i = 0; i < last.length; i++) {
    const c = last.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (i > 0 && c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Reads and checks the rule's options; every problem is reported at once. */
function readSettings(rule: DetectorRuleInput) {
  const problems: RuleProblem[] = [];
  const num = (name: string, value: unknown): number => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push({ rule: rule.id, problem: `option "${name}" must be a non-negative number` });
      return 0;
    }
    return value;
  };
  const words = (name: string): string[] => {
    const v = ruleOption<unknown>(rule, name, []);
    if (Array.isArray(v) && v.every((w) => typeof w === 'string')) return v as string[];
    problems.push({ rule: rule.id, problem: `option "${name}" must be an array of strings` });
    return [];
  };
  const given = ruleOption<Record<string, Partial<AlphabetSettings>>>(rule, 'alphabets', {});
  const alphabets = {} as Record<AlphabetName, AlphabetSettings>;
  for (const name of ALPHABETS) {
    const a = given[name] ?? {};
    alphabets[name] = {
      size: num(`alphabets.${name}.size`, a.size),
      minLength: num(`alphabets.${name}.minLength`, a.minLength),
      entropyFraction: num(`alphabets.${name}.entropyFraction`, a.entropyFraction),
    };
  }
  const settings = {
    randomness: {
      alphabets,
      maxLength: num('maxLength', rule.options?.maxLength),
      identifierWordLength: num('identifierWordLength', rule.options?.identifierWordLength),
      lettersOnlyWordLength: num('lettersOnlyWordLength', rule.options?.lettersOnlyWordLength),
      maxSequentialFraction: num('maxSequentialFraction', rule.options?.maxSequentialFraction),
    },
    context: {
      phrases: words('phrases'),
      modifiers: words('modifiers'),
      suffixes: words('suffixes'),
      ignorePhrases: words('ignorePhrases'),
      windowChars: num('windowChars', rule.options?.windowChars),
      windowNames: num('windowNames', rule.options?.windowNames),
    },
    ignorePrefixes: words('ignorePrefixes').map((p) => p.toLowerCase()),
  };
  if (problems.length > 0) throw new ScrubjayError('INVALID_RULES', `${problems.length} problem(s) in the rules:`, problems);
  return settings;
}

/** Whether a character can start the domain of an e-mail address: a letter or digit, ASCII or not. */
function startsDomain(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 128;
}

export const createGenericSecretDetector: DetectorFactory = (rule) => {
  const settings = readSettings(rule);
  const isRandom = createRandomnessTest(settings.randomness);
  const context = new ContextWords(settings.context);
  const minLength = Math.max(1, Math.min(...ALPHABETS.map((a) => settings.randomness.alphabets[a].minLength)));
  const maxLength = settings.randomness.maxLength;
  const priority = rule.priority ?? 20;
  const { id: ruleId, type, detail } = rule;

  /** Whether the run [start, end) is a secret in its text. */
  function isSecret(text: string, start: number, end: number): boolean {
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    // Part of an e-mail address (an `@` and a domain after it) or a scoped name, or an escape sequence (`\u00e9…`).
    if (before === 64 || before === 92 || (text.charCodeAt(end) === 64 && startsDomain(text.charCodeAt(end + 1)))) return false;
    if (start >= DATA_URI_TAIL.length && text.slice(start - DATA_URI_TAIL.length, start).toLowerCase() === DATA_URI_TAIL) return false;
    let bodyEnd = end;
    while (bodyEnd > start && text.charCodeAt(bodyEnd - 1) === 61) bodyEnd--;
    const run = text.slice(start, bodyEnd);
    const lower = run.slice(0, 8).toLowerCase();
    if (settings.ignorePrefixes.some((p) => lower.startsWith(p))) return false;
    if (run.includes('/') && isPathLike(run)) return false;
    if (run.includes('.')) {
      if (endsWithExtension(run) || !run.split('.').some(isRandom)) return false;
    } else if (!isRandom(run)) return false;
    return context.before(text, start) || context.after(text, end);
  }

  function detect(text: string, out: Detection[]): void {
    const n = text.length;
    for (let i = 0; i < n; ) {
      if (!isTokenChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isTokenChar(text.charCodeAt(j))) j++;
      const next = j;
      // Up to two `=` of padding, unless the run goes on after them (`key=value`, `a==b`).
      let pad = j;
      while (pad < n && pad - j < 2 && text.charCodeAt(pad) === 61) pad++;
      if (pad > j && !(pad < n && (isTokenChar(text.charCodeAt(pad)) || text.charCodeAt(pad) === 61))) j = pad;
      // A sentence's full stop, or a leading dot, is not part of the token.
      let start = i;
      let end = j;
      while (end > start && text.charCodeAt(end - 1) === 46) end--;
      while (start < end && text.charCodeAt(start) === 46) start++;
      const length = end - start;
      if (length >= minLength && length <= maxLength && isSecret(text, start, end)) {
        const d: Detection = { ruleId, type, start, end, priority };
        if (detail !== undefined) d.detail = detail;
        out.push(d);
      }
      i = next;
    }
  }

  return { text: { id: ruleId, keywords: context.keywords, detect }, produces: [placeholderKey(type, detail)] };
};
