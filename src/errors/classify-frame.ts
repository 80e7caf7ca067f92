import { isLocationMarker } from './parse-location.js';
import type { FrameKind } from './types.js';

export interface FrameClass {
  kind: FrameKind;
  /** For `package` frames: the package name, with its scope (`@babel/core`). */
  packageName?: string;
  /** For `package` frames: the file from the package directory on, `/`-separated (`esbuild/lib/main.js`). */
  packageFile?: string;
}

// Runtime-internal code: Node `node:fs` and (before Node 16) `internal/...`; Deno `ext:deno_fs/...`.
const RUNTIME = /^(?:node:|internal\/|ext:)/;
// A URL scheme (two letters at least, so `C:\` stays a path).
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;
// Deno's npm cache: `.../deno/npm/registry.npmjs.org/<name>/<version>/...`.
const DENO_NPM = 'registry.npmjs.org';

/** Kind of a frame from its file: `node`, `native`, `package` (with name and package-relative file) or `user`. */
export function classifyFrame(file: string | undefined): FrameClass {
  if (file === undefined || file === '' || isLocationMarker(file)) return { kind: 'native' };
  if (RUNTIME.test(file)) return { kind: 'node' };
  // A numbered placeholder (`<path#2>`) is not a URL fragment.
  const unnumbered = file.replace(/#\d+>/g, '>');
  const path = SCHEME.test(unnumbered) ? unnumbered.replace(/[?#].*$/s, '') : unnumbered;
  const segments = path.split(/[\\/]+/);
  const modules = segments.lastIndexOf('node_modules');
  if (modules >= 0) return packageFrom(segments, modules + 1, 0);
  const deno = segments.lastIndexOf(DENO_NPM);
  if (deno >= 0) return packageFrom(segments, deno + 1, 1);
  return { kind: 'user' };
}

/** The package whose name starts at `segments[index]`; `skip` segments (a version) follow the name. */
function packageFrom(segments: readonly string[], index: number, skip: number): FrameClass {
  const first = segments[index];
  if (first === undefined || first === '') return { kind: 'package' };
  const scoped = first.startsWith('@');
  const nameParts = scoped ? segments.slice(index, index + 2) : [first];
  const rest = segments.slice(index + nameParts.length + skip);
  const result: FrameClass = { kind: 'package', packageFile: [...nameParts, ...rest].join('/') };
  // `.vite/deps`, `.cache`, `.bin`: bundled or tool directories, not a package name.
  if (!first.startsWith('.') && nameParts.length === (scoped ? 2 : 1)) result.packageName = nameParts.join('/');
  return result;
}
