/**
 * The bundled config schemas (rules/config-schemas/*.json), listed explicitly so the core bundles for
 * browsers; and the lookup of a schema by a config file's name.
 */
import type { ConfigSchema } from './schema-types.js';
import astro from '../../rules/config-schemas/astro.json';
import packageJson from '../../rules/config-schemas/package-json.json';
import vite from '../../rules/config-schemas/vite.json';

export const bundledConfigSchemas: Readonly<Record<string, ConfigSchema>> = Object.freeze({
  astro: astro as ConfigSchema,
  vite: vite as ConfigSchema,
  'package-json': packageJson as ConfigSchema,
});

/** The bundled schema for a file name (`astro.config.mjs`, `…/package.json`), by its base name. */
export function findBundledSchema(fileName: string): ConfigSchema | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return Object.values(bundledConfigSchemas).find((s) => s.files?.includes(base));
}
