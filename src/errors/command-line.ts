import { formatPlaceholder } from '../placeholder.js';
import type { Edit, Span } from './types.js';

export interface CommandToken extends Span {
  /** Inside the token: where the quoted content starts and ends, when the whole token is one quoted string. */
  quoted?: Span;
}

// Subcommands of package managers, git, docker and build tools: words, not user data.
const SUBCOMMANDS = new Set(
  `install i ci add remove rm uninstall update upgrade run exec test start build dev serve preview lint publish pack
  init create link push pull fetch clone commit checkout switch merge rebase reset status diff log show tag branch
  remote config submodule stash apply describe clean up down compose deploy generate migrate format check version
  help list ls info view why audit outdated dlx x workspace get set logs restart stop ps images inspect cache doctor`
    .split(/\s+/)
    .filter(Boolean),
);
// Programs whose next word is another program: `sudo npm`, `npx tsc`.
const WRAPPERS = new Set(['sudo', 'npx', 'pnpx', 'bunx', 'env', 'time', 'nohup', 'exec', 'xargs', 'cross-env']);
const SEPARATORS = /^(?:\|\|?|&&?|;)$/;
const REDIRECT = /^\d?(?:>>?|<)&?\d*$/;
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PROGRAM_NAME = /^[A-Za-z0-9._+-]{1,64}$/;
// Directories of installed programs: a program there is a tool, elsewhere (a home, a project) a user's own file.
const SYSTEM_DIR = /^(?:\/(?:usr|bin|sbin|opt|nix|snap|Applications|System)\/|[A-Za-z]:\\(?:Program Files(?: \(x86\))?|Windows|ProgramData)\\)/i;
const FLAG = /^(?:--?[A-Za-z][\w.-]*|-[A-Za-z]{1,3}|\/[A-Za-z?]|--)$/;
const FLAG_WITH_VALUE = /^--?[A-Za-z][\w.-]*=/;
const SMALL_NUMBER = /^\d{1,5}$/;
// A placeholder written by an earlier scrub: left as it is.
const PLACEHOLDER = /^<[a-z][a-z0-9-]*(?::[\w.-]+)?(?:#\d+)?>$/;

/** Splits `text[start, end)` into shell words, keeping quotes inside the words they belong to. */
export function splitCommandLine(text: string, start = 0, end = text.length): CommandToken[] {
  const tokens: CommandToken[] = [];
  let i = start;
  while (i < end) {
    while (i < end && /\s/.test(text[i] ?? '')) i++;
    if (i >= end) break;
    const tokenStart = i;
    while (i < end && !/\s/.test(text[i] ?? '')) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '"' || c === "'") {
        const close = text.indexOf(c, i + 1);
        i = close < 0 || close >= end ? end : close + 1;
      } else i++;
    }
    const token: CommandToken = { start: tokenStart, end: Math.min(i, end) };
    const first = text[tokenStart];
    if ((first === '"' || first === "'") && token.end - tokenStart >= 2 && text[token.end - 1] === first) {
      token.quoted = { start: tokenStart + 1, end: token.end - 1 };
    }
    tokens.push(token);
  }
  return tokens;
}

/** Placeholder type of an argument value: `url`, `path` or `string`. */
function valueType(word: string): string {
  const unquoted = word.replace(/^["']|["']$/g, '');
  // `scheme://…`, or git's scp-like `user@host:path`.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(unquoted) || /^[\w.-]+@[\w.-]+:/.test(unquoted)) return 'url';
  if (/[\\/]/.test(unquoted) || /^[.~]/.test(unquoted)) return 'path';
  return 'string';
}

const basename = (word: string) => word.replace(/^["']|["']$/g, '').split(/[\\/]/).pop() ?? '';

/** Edits for one argument word `text[start, end)` that is not a program name. */
function argumentEdits(text: string, start: number, end: number): Edit[] {
  const word = text.slice(start, end);
  const equals = word.indexOf('=');
  if (FLAG_WITH_VALUE.test(word)) {
    const value = word.slice(equals + 1);
    // Already a placeholder (the command was scrubbed before): nothing to replace, nothing to report.
    return PLACEHOLDER.test(value) ? [] : [{ start: start + equals + 1, end, text: formatPlaceholder(valueType(value)) }];
  }
  if (FLAG.test(word) || SUBCOMMANDS.has(word) || SMALL_NUMBER.test(word) || PLACEHOLDER.test(word)) return [];
  return [{ start, end, text: formatPlaceholder(valueType(word)) }];
}

/** Edits for a program word: kept when bare, its basename when installed in a system directory, else `<path>` (or `<string>`). */
function programEdits(text: string, start: number, end: number): { edits: Edit[]; name: string } {
  const word = text.slice(start, end);
  const name = basename(word);
  const unquoted = word.replace(/^["']|["']$/g, '');
  if (PLACEHOLDER.test(word)) return { edits: [], name };
  if (name !== unquoted && !SYSTEM_DIR.test(unquoted)) return { edits: [{ start, end, text: formatPlaceholder('path') }], name };
  if (!PROGRAM_NAME.test(name)) return { edits: [{ start, end, text: formatPlaceholder('string') }], name };
  return { edits: name === word ? [] : [{ start, end, text: name }], name };
}

/**
 * Scrubs a command line in `text[start, end)`: keeps program names (their basename), flag names,
 * known subcommand words, small numbers and shell operators; every other word becomes a
 * placeholder. A quoted `sh -c "…"` / `cmd /c "…"` script is scrubbed as a command line itself.
 */
export function scrubCommandLine(text: string, start = 0, end = text.length): Edit[] {
  const edits: Edit[] = [];
  let expectProgram = true;
  let redirect = false;
  let previous = '';
  for (const token of splitCommandLine(text, start, end)) {
    const word = text.slice(token.start, token.end);
    if (SEPARATORS.test(word)) expectProgram = true;
    else if (REDIRECT.test(word)) redirect = true;
    else if (redirect) {
      if (!PLACEHOLDER.test(word)) edits.push({ start: token.start, end: token.end, text: formatPlaceholder('path') });
      redirect = false;
    } else if (expectProgram && ENV_ASSIGNMENT.test(word)) {
      const at = word.indexOf('=') + 1;
      if (!PLACEHOLDER.test(word.slice(at))) edits.push({ start: token.start + at, end: token.end, text: formatPlaceholder('redacted') });
    } else if (expectProgram) {
      const program = programEdits(text, token.start, token.end);
      edits.push(...program.edits);
      expectProgram = WRAPPERS.has(program.name);
    } else if (token.quoted && /^(?:-c|\/c)$/i.test(previous)) {
      edits.push(...scrubCommandLine(text, token.quoted.start, token.quoted.end));
    } else edits.push(...argumentEdits(text, token.start, token.end));
    previous = word;
  }
  return edits;
}

/**
 * Scrubs the arguments of a spawn error (`err.spawnargs`, which Node fills without the program):
 * an entry after `-c` or `/c` is a shell script, every other entry is one argument even with spaces.
 * Returns the edits of each entry, relative to that entry.
 */
export function scrubArgv(args: readonly string[]): Edit[][] {
  return args.map((arg, index) =>
    /^(?:-c|\/c)$/i.test(args[index - 1] ?? '') ? scrubCommandLine(arg) : argumentEdits(arg, 0, arg.length),
  );
}
