/**
 * The package-name policy: which package and declared names may leave. A name is kept when it is on an
 * allowlist, or (policy `public`) when it is a valid npm name, unscoped or in a public scope, not in a
 * private scope and accepted by the caller's `isPublicPackage`. Everything else becomes a placeholder.
 */
import { isPassThroughPlaceholder, PACKAGE } from './config-placeholders.js';
import type { PackageNode } from './schema-types.js';
import { classifySpecifier, scopeOf, specifierPlaceholder } from './specifiers.js';
import type { SummarizeOptions } from './summary-types.js';

/** Scopes of open-source organisations whose packages are public (npm organisations of well-known projects). */
export const DEFAULT_PUBLIC_SCOPES: readonly string[] = [
  'angular', 'astrojs', 'aws-sdk', 'babel', 'biomejs', 'builder.io', 'changesets', 'cloudflare', 'commitlint',
  'emotion-js', 'emotion', 'eslint', 'esbuild', 'fontsource', 'iconify', 'jest', 'mdx-js', 'mui', 'netlify',
  'nuxt', 'nuxtjs', 'playwright', 'preact', 'prisma', 'qwik.dev', 'remix-run', 'rollup', 'sentry', 'shikijs',
  'solidjs', 'storybook', 'sveltejs', 'swc', 'tailwindcss', 'tanstack', 'testing-library', 'trpc', 'types',
  'typescript-eslint', 'unocss', 'vercel', 'vite-pwa', 'vitejs', 'vitest', 'vue', 'vueuse',
];

export interface NamePolicy {
  /** A name (package, declared, function or class name, module specifier) → itself or a placeholder. */
  summarize(name: string): string;
}

function compileAllow(entries: readonly string[]): (name: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const e of entries) {
    if (e.endsWith('*')) prefixes.push(e.slice(0, -1));
    else exact.add(e);
  }
  return (name) => exact.has(name) || prefixes.some((p) => name.startsWith(p));
}

/** The shared part of every package node's policy: compiled once per summarizeConfig call. */
export interface PolicyBase {
  extraAllow: readonly string[];
  publicScopes: ReadonlySet<string>;
  privateScopes: ReadonlySet<string>;
  isPublicPackage: ((name: string) => boolean) | undefined;
}

export function createPolicyBase(options: SummarizeOptions = {}): PolicyBase {
  return {
    extraAllow: options.allowPackages ?? [],
    publicScopes: new Set([...DEFAULT_PUBLIC_SCOPES, ...(options.publicScopes ?? [])]),
    privateScopes: new Set(options.privateScopes ?? []),
    isPublicPackage: options.isPublicPackage,
  };
}

export function compileNamePolicy(node: Pick<PackageNode, 'policy' | 'allow'>, base: PolicyBase): NamePolicy {
  const allowed = compileAllow([...(node.allow ?? []), ...base.extraAllow]);
  const isPrivate = (name: string): boolean => {
    const scope = scopeOf(name);
    return scope !== undefined && base.privateScopes.has(scope);
  };
  const isPublic = (name: string): boolean => {
    const scope = scopeOf(name);
    if (scope !== undefined && !base.publicScopes.has(scope)) return false;
    return base.isPublicPackage === undefined || base.isPublicPackage(name) === true;
  };
  const keepName = (name: string): boolean =>
    !isPrivate(name) && (allowed(name) || (node.policy === 'public' && isPublic(name)));
  return {
    summarize(raw: string): string {
      const s = raw.trim();
      if (isPassThroughPlaceholder(s)) return s;
      const c = classifySpecifier(s);
      switch (c.kind) {
        case 'builtin':
          return c.name as string;
        case 'name':
          return keepName(c.name as string) ? (c.name as string) : PACKAGE;
        case 'other':
          return s.length <= 214 && allowed(s) ? s : PACKAGE;
        default:
          return specifierPlaceholder(c.kind);
      }
    },
  };
}
