/**
 * Which placeholder a file path gets: by role (`project` = cwd, `home`, `tmp`) from the context when
 * known, else from the shapes home and temp directories have on Linux, macOS and Windows.
 */
import type { ScrubContext } from '../types.js';

export type PathRole = 'project' | 'home' | 'tmp' | 'path';

interface RoleRoot {
  prefix: string;
  /** `prefix` and a `/`: a path under the root starts with it. */
  prefixSlash: string;
  role: PathRole;
}

/**
 * The shapes of temporary and home directories, each role one regex (temporary first: a temp dir
 * inside a home, `c:/users/x/appdata/local/temp`, is temporary).
 */
const GENERIC_TMP =
  /^(?:\/(?:private\/)?var\/folders\/|\/(?:private\/)?tmp(?:\/|$)|\/var\/tmp(?:\/|$)|[a-z]:\/windows\/temp(?:\/|$)|[a-z]:\/users\/[^/]+\/appdata\/local\/temp(?:\/|$))/;
const GENERIC_HOME = /^(?:\/(?:home|users)\/[^/]+|\/root(?:\/|$)|[a-z]:\/(?:users|documents and settings)\/[^/]+|~(?:\/|$))/;

/** `/c:/x` (a drive path written as a URL path) compares as `c:/x`. */
const DRIVE_AFTER_SLASH = /^\/[A-Za-z]:\//;

/** Lower-cases and turns every separator into `/`, for comparisons only. */
export function normalizeForCompare(path: string): string {
  let p = path.includes('\\') ? path.replace(/\\+/g, '/') : path;
  if (p.includes('//')) p = p.replace(/\/{2,}/g, '/');
  if (p.charCodeAt(2) === 58 && DRIVE_AFTER_SLASH.test(p)) p = p.slice(1);
  return p.toLowerCase();
}

export class PathRoles {
  private readonly roots: RoleRoot[];

  constructor(context: ScrubContext) {
    const roots: RoleRoot[] = [];
    const add = (value: string | undefined, role: PathRole) => {
      if (!value) return;
      const prefix = normalizeForCompare(value).replace(/\/$/, '');
      if (prefix.length > 1) roots.push({ prefix, prefixSlash: `${prefix}/`, role });
    };
    add(context.tmpdir, 'tmp');
    add(context.cwd, 'project');
    add(context.home, 'home');
    // Longest first: the most specific root wins (cwd inside home, tmpdir inside home on macOS).
    this.roots = roots.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  /** The role of a path, and the length of the normalized root it was found under (0 if generic). */
  roleOf(path: string): PathRole {
    return this.roleOfNormalized(normalizeForCompare(path));
  }

  /** `roleOf` for a path already passed through `normalizeForCompare`. */
  roleOfNormalized(p: string): PathRole {
    for (const { prefix, prefixSlash, role } of this.roots) {
      if (p === prefix || p.startsWith(prefixSlash)) return role;
    }
    if (GENERIC_TMP.test(p)) return 'tmp';
    if (GENERIC_HOME.test(p)) return 'home';
    return 'path';
  }

  /** Length in `path` of the context root it starts with (for keepProjectPaths), or 0. */
  rootLength(path: string, role: PathRole): number {
    const p = normalizeForCompare(path);
    const root = this.roots.find((r) => r.role === role && (p === r.prefix || p.startsWith(r.prefixSlash)));
    if (!root) return 0;
    // Walk the original string until its normalized form covers the root.
    for (let i = root.prefix.length; i <= path.length; i++) {
      if (normalizeForCompare(path.slice(0, i)) === root.prefix) return i;
    }
    return 0;
  }
}
