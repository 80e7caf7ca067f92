/**
 * What static extraction puts where code was: a call of an imported factory (`mdx()` →
 * `{ call: '@astrojs/mdx', export: 'default', args: [] }`) or a reference to an import (`remarkToc` →
 * `{ import: 'remark-toc', export: 'default' }`). The objects are plain JSON, branded by a private
 * symbol so that a summary only treats extractor output as a factory call: a config that happens to
 * contain `{ call: 'x' }` is an ordinary object.
 */

const BRAND: unique symbol = Symbol('scrubjay.config-marker');

export interface FactoryCall {
  /** The import source: a bare specifier as written, or `<path>` / `<url>` for files and URLs. */
  call: string;
  /** The imported name and member path: `default`, `envField.string`, `*.plugin`. */
  export: string;
  args: unknown[];
}

export interface ImportRef {
  import: string;
  export: string;
}

function brand<T extends object>(value: T): T {
  Object.defineProperty(value, BRAND, { value: true, enumerable: false });
  return value;
}

export function createFactoryCall(source: string, exportPath: string, args: unknown[]): FactoryCall {
  return brand({ call: source, export: exportPath, args });
}

export function createImportRef(source: string, exportPath: string): ImportRef {
  return brand({ import: source, export: exportPath });
}

function isBranded(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null && (value as Record<PropertyKey, unknown>)[BRAND] === true;
}

export function isFactoryCall(value: unknown): value is FactoryCall {
  return isBranded(value) && typeof value.call === 'string';
}

export function isImportRef(value: unknown): value is ImportRef {
  return isBranded(value) && typeof value.import === 'string';
}
