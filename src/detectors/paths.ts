/**
 * File paths in free text: POSIX absolute, `~/…`, `./…`, Windows drive paths with either slash (also
 * JSON-escaped), UNC, and `file://` URLs (percent-encoded too). A path inside `node_modules` keeps its
 * package part; system paths on an allow list stay; a path right after a path placeholder is the rest
 * of an already scrubbed path and stays.
 */
import type { Detection } from '../types.js';
import type { DetectorFactory } from './detector.js';
import { ruleOption } from './detector.js';
import { normalizeForCompare, PathRoles } from './path-roles.js';
import { trimEndChars } from '../text/trim-end.js';

const BODY = `[^\\s<>'"\`|:;,*?]`;
const PATH_RE = new RegExp(
  [
    `(file:\\/\\/(?:localhost)?)(?=\\/)\\/(?:[A-Za-z]:)?${BODY}*`,
    `(?<![A-Za-z0-9_])[A-Za-z]:(?:\\\\{1,2}|\\/)(?=[^\\s\\\\/<>])${BODY}*`,
    `(?<![\\\\A-Za-z0-9_])\\\\\\\\[A-Za-z0-9._$-]+\\\\${BODY}*`,
    `(?<![A-Za-z0-9_.~/\\\\%$@-])~\\/${BODY}*`,
    `(?<![A-Za-z0-9_.~/\\\\%$@-])\\.{1,2}\\/(?=[^\\s/<>])${BODY}*`,
    `(?<![A-Za-z0-9_.~/\\\\%$@+-])\\/(?=[^\\s/<>*])${BODY}*`,
  ].join('|'),
  'g',
);
/** Group 1 of PATH_RE: the `file://` prefix of a file URL (a numbered group: named ones cost an object per match). */
const FILE_PREFIX = 1;
const NODE_MODULES_RE = /[\\/]{1,2}node_modules[\\/]/;
/** With keepProjectPaths, `<project>/src/x.js` is already scrubbed: its tail is project-relative. */
const PROJECT_PLACEHOLDER_BEFORE = /<project(?:#\d+)?>$/;
const TRAILING = '.,!)]}';

function trimTrailing(path: string): string {
  const out = trimEndChars(path, TRAILING);
  if (out.length === path.length) return path;
  const removed = path.slice(out.length);
  // Keep closing brackets that close something inside the path: `app/(auth)/page.tsx` style.
  const balance: Record<string, number> = { ')': 0, ']': 0, '}': 0 };
  const opener: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  for (const c of out) {
    if (c in opener) balance[opener[c]!]!++;
    else if (c in balance) balance[c]!--;
  }
  let kept = 0;
  for (const ch of removed) {
    if (!(ch in balance) || balance[ch]! <= 0) break;
    balance[ch]!--;
    kept++;
  }
  return out + removed.slice(0, kept);
}

function decodeFileUrl(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function isProjectTail(text: string, at: number, match: string): boolean {
  const first = match.charCodeAt(0);
  return (first === 47 || first === 92) && at > 0 && text.charCodeAt(at - 1) === 62 && PROJECT_PLACEHOLDER_BEFORE.test(text.slice(Math.max(0, at - 20), at));
}

/** Where a path's first segment ends (after its second `/`), or -1: prefixes are grouped by it. */
function firstSegmentEnd(path: string): number {
  const slash = path.indexOf('/', 1);
  return slash < 0 ? -1 : slash + 1;
}

/**
 * Whether a normalized path is one of the public system paths kept as they are: it starts with a
 * kept prefix, or is one without its trailing `/`. The prefixes are grouped by their first segment
 * (`/usr/`, `/dev/`, `c:/`), so a path is compared with a few of them, not all.
 */
export function compileKeptPrefixes(prefixes: readonly string[]): (path: string) => boolean {
  const bySegment = new Map<string, string[]>();
  const ungrouped: string[] = [];
  for (const prefix of prefixes) {
    const end = firstSegmentEnd(prefix);
    if (end < 0) ungrouped.push(prefix);
    else {
      const key = prefix.slice(0, end);
      const list = bySegment.get(key) ?? [];
      list.push(prefix);
      bySegment.set(key, list);
    }
  }
  const matches = (path: string, prefix: string) =>
    path.startsWith(prefix) || (prefix.endsWith('/') && prefix.length === path.length + 1 && prefix.startsWith(path));
  return (path) => {
    for (const prefix of ungrouped) if (matches(path, prefix)) return true;
    const end = firstSegmentEnd(path);
    // A path without a second `/` (`/usr`) can still be a kept prefix without its slash (`/usr/`).
    const group = bySegment.get(end < 0 ? `${path}/` : path.slice(0, end));
    if (group) for (const prefix of group) if (matches(path, prefix)) return true;
    return false;
  };
}

export const createPathDetector: DetectorFactory = (rule, env) => {
  const roles = new PathRoles(env.context);
  const isKept = compileKeptPrefixes(ruleOption<string[]>(rule, 'keepPrefixes', []).map((p) => p.toLowerCase()));
  const priority = rule.priority ?? 30;
  const keepProject = env.keepProjectPaths;

  function detect(text: string, out: Detection[]): void {
    PATH_RE.lastIndex = 0;
    for (let m = PATH_RE.exec(text); m !== null; m = PATH_RE.exec(text)) {
      const prefix = m[FILE_PREFIX] ?? '';
      const start = m.index! + prefix.length;
      if (keepProject && isProjectTail(text, m.index!, m[0])) continue;
      let path = trimTrailing(m[0].slice(prefix.length));
      if (path.length < 2) continue;
      const nm = path.includes('node_modules') ? NODE_MODULES_RE.exec(path) : null;
      if (nm) path = path.slice(0, nm.index);
      if (path.length === 0) continue;
      // File URLs, and their paths met without the scheme (a stack frame's file), are percent-encoded.
      const compared = prefix || path.includes('%') ? decodeFileUrl(path) : path;
      const norm = normalizeForCompare(compared);
      const role = roles.roleOfNormalized(norm);
      if (role === 'path' && isKept(norm)) continue;
      let end = start + path.length;
      if (keepProject && role === 'project' && !prefix) {
        const rootLen = roles.rootLength(path, role);
        if (rootLen > 0) end = start + rootLen;
      }
      out.push({ ruleId: rule.id, type: role, start, end, priority });
    }
  }

  return {
    text: { id: rule.id, keywords: ['/', '\\'], detect },
    produces: ['project', 'home', 'tmp', 'path'],
  };
};
