// npm package names: lower case, URL-safe, optional `@scope/` (validate-npm-package-name rules for new packages).
const PACKAGE = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
// Subpath of a bare specifier: `lodash/fp`, `react-dom/client`, `pkg/dist/index.js`.
const SUBPATH = /^(?:\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/;
// A chunk of 25+ letters and digits without a separator looks like a key, not a package name.
const LONG_CHUNK = /[a-z0-9]{25}/i;
// Node.js built-in modules by scheme: `node:fs`, `node:fs/promises`.
const BUILTIN = /^node:[a-z_]+(?:\/[a-z_]+)?$/;

/** Splits a bare specifier into package name and subpath; undefined when it is a path or URL. */
export function splitBareSpecifier(specifier: string): { name: string; subpath: string } | undefined {
  if (specifier.length > 214 || specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = parts.length > nameLength ? `/${parts.slice(nameLength).join('/')}` : '';
  if (!PACKAGE.test(name) || !SUBPATH.test(subpath) || LONG_CHUNK.test(specifier)) return undefined;
  return { name, subpath };
}

/** Whether a module specifier names a public package (`esbuild`, `@scope/pkg/sub`) or a `node:` built-in. */
export function isPublicModuleName(specifier: string): boolean {
  return BUILTIN.test(specifier) || splitBareSpecifier(specifier) !== undefined;
}
