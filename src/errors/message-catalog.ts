import catalog from '../../rules/messages.json';
import { compileTemplates } from './compile-templates.js';
import type { CompiledTemplate, MessageCatalogInput } from './template-types.js';

/** The built-in catalog, as written in `rules/messages.json` (its schema test checks the shape). */
export const messageCatalog = catalog as MessageCatalogInput;

let compiled: readonly CompiledTemplate[] | undefined;

/** The built-in templates, compiled on first use and then shared. */
export function builtinTemplates(): readonly CompiledTemplate[] {
  compiled ??= compileTemplates(messageCatalog);
  return compiled;
}
