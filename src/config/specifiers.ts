/**
 * Module and dependency specifiers: what kind a specifier is (registry name, path, URL, git, workspace)
 * and the version facts that may leave (`^4.2.0` → `4`).
 */
import { nonRegistry, OTHER, PATH, URL_PLACEHOLDER } from './config-placeholders.js';

// npm package names (validate-npm-package-name, new packages): lower case, URL-safe, optional scope.
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
// Node built-ins by scheme: `node:fs`, `node:fs/promises`.
const BUILTIN = /^node:[a-z_]+(?:\/[a-z_]+)*$/;
// npm's git forms (npm-package-arg): git+<proto>:, git:, git@host:, and the hosted shortcuts.
const GIT = /^(?:git\+[a-z]+:|git:|git@|github:|gitlab:|bitbucket:|gist:|sourcehut:)/i;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// Relative and absolute paths (POSIX, home, Windows) and the package managers' local protocols.
const LOCAL = /^(?:\.{1,2}(?:[\\/]|$)|[\\/]|~(?:[\\/]|$)|[A-Za-z]:[\\/]|file:|link:|portal:)/;
// `user/repo` and `user/repo#ref` in a dependency's version: a GitHub shortcut.
const GITHUB_SHORTCUT = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+(?:#\S*)?$/;
// A semver range: operators, numbers, x-ranges, pre-release and build tags (node-semver grammar, loosely).
const RANGE = /^[\s^~<>=v]*\d[0-9A-Za-z.+\-*^~<>=|\s]*$/;
// Dist-tags published by public projects; any other tag name may be a team's own.
const COMMON_TAGS = new Set(['latest', 'next', 'beta', 'alpha', 'canary', 'rc', 'experimental', 'nightly', 'insiders', 'dev', 'stable', 'lts']);

export type SpecifierKind = 'name' | 'builtin' | 'path' | 'url' | 'git' | 'workspace' | 'other';

/** A module specifier or declared name, classified (for names, the subpath dropped). */
export interface ClassifiedSpecifier {
  kind: SpecifierKind;
  /** For `name`: the package name (`@astrojs/vercel/serverless` → `@astrojs/vercel`); for `builtin`: `node:fs`. */
  name?: string;
}

export function isNpmName(name: string): boolean {
  return name.length <= 214 && NPM_NAME.test(name);
}

/** The scope of a scoped name, without `@`: `@astrojs/mdx` → `astrojs`. */
export function scopeOf(name: string): string | undefined {
  return name.startsWith('@') ? name.slice(1, name.indexOf('/')) : undefined;
}

export function classifySpecifier(specifier: string): ClassifiedSpecifier {
  const s = specifier.trim();
  if (BUILTIN.test(s)) return { kind: 'builtin', name: s.split('/', 1)[0] as string };
  if (s.startsWith('workspace:')) return { kind: 'workspace' };
  if (GIT.test(s)) return { kind: 'git' };
  if (LOCAL.test(s)) return { kind: 'path' };
  if (URL_SCHEME.test(s)) return { kind: 'url' };
  const parts = s.split('/');
  const name = parts.slice(0, s.startsWith('@') ? 2 : 1).join('/');
  if (isNpmName(name)) return { kind: 'name', name };
  return { kind: 'other' };
}

/** The placeholder for a specifier that is not a registry name. */
export function specifierPlaceholder(kind: Exclude<SpecifierKind, 'name' | 'builtin' | 'other'>): string {
  switch (kind) {
    case 'path':
      return PATH;
    case 'url':
      return URL_PLACEHOLDER;
    case 'git':
      return nonRegistry('git');
    case 'workspace':
      return nonRegistry('workspace');
  }
}

function rangeMajor(range: string): string | undefined {
  const r = range.trim();
  if (r === '' || r === '*' || r === 'x' || r === 'X') return '*';
  if (r.length > 100 || !RANGE.test(r)) return undefined;
  return /\d+/.exec(r)?.[0]?.replace(/^0+(?=\d)/, '');
}

/**
 * A dependency's version specifier reduced to what may leave: the major version of a registry range
 * (`^4.2.0` → `4`, `>=18 <20` → `18`, `*` for any), a well-known dist-tag, or a placeholder:
 * `<non-registry:path|git|url|workspace>`, `<non-registry>` for anything else, `<other>` for other tags.
 */
export function reduceVersion(specifier: string): string {
  const s = specifier.trim();
  if (s.startsWith('npm:')) {
    const target = s.slice(4);
    const at = target.indexOf('@', 1);
    return at === -1 ? '*' : rangeMajor(target.slice(at + 1)) ?? nonRegistry();
  }
  const major = rangeMajor(s);
  if (major !== undefined) return major;
  if (s.startsWith('workspace:')) return nonRegistry('workspace');
  if (GIT.test(s)) return nonRegistry('git');
  if (LOCAL.test(s)) return nonRegistry('path');
  if (URL_SCHEME.test(s)) return nonRegistry('url');
  if (GITHUB_SHORTCUT.test(s)) return nonRegistry('git');
  if (/^[a-z][a-z0-9._-]*$/i.test(s)) return COMMON_TAGS.has(s.toLowerCase()) ? s.toLowerCase() : OTHER;
  return nonRegistry();
}

/**
 * Whether a dependency's name may be the registry package's own name: its specifier reduces to a major,
 * `*` or a well-known tag. Not for `npm:` aliases (the key is a local name), unknown tags or placeholders.
 */
export function namesRegistryPackage(specifier: string): boolean {
  const s = specifier.trim();
  return !s.startsWith('npm:') && !reduceVersion(s).startsWith('<');
}
