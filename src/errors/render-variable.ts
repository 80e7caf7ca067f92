import { formatPlaceholder } from '../placeholder.js';
import { isKnownIdentifier, JS_KEYWORDS } from './known-identifiers.js';
import { isPublicModuleName } from './npm-name.js';
import type { VariableType } from './template-types.js';

export interface VariableOptions {
  /** Keep identifiers quoted by messages (default false: `<identifier>`). */
  keepIdentifiers?: boolean;
}

/** Placeholder text of a variable type: `<path>`, `<identifier>`. */
export function placeholder(type: string): string {
  return formatPlaceholder(type);
}

/** Punctuation tokens (`}`, `=>`, `...`) carry no user data. */
const PUNCTUATION = /^[^\p{L}\p{N}\s]{1,4}$/u;
const EXTENSION = /^\.?[A-Za-z0-9]{1,8}$/;
// An API parameter or option name as Node.js and libraries print it: `path`, `options.mode`, `x-api-key`.
const PARAMETER = /^[A-Za-z_$][\w$-]{0,40}(?:\.[A-Za-z_$][\w$-]{0,40}|\[\d+\]){0,4}$/;
// Values that carry no user data: literals and numbers.
const LITERAL_VALUE = /^(?:undefined|null|true|false|NaN|-?Infinity|-?\d{1,15}(?:\.\d+)?n?)$/;

/**
 * Whether the text of a variable part stays as it is. Kept: numbers, codes, syscalls, the types
 * Node names in its messages, file extensions, punctuation and keyword tokens, public package
 * names, API parameter names, literal values (`undefined`, `5`), and known or (with
 * `keepIdentifiers`) all identifiers. Everything else becomes a placeholder.
 */
export function keepsVariable(type: VariableType, text: string, options: VariableOptions = {}): boolean {
  switch (type) {
    case 'number':
    case 'code':
    case 'syscall':
    case 'type':
      return true;
    case 'extension':
      return EXTENSION.test(text);
    case 'token':
      return PUNCTUATION.test(text) || JS_KEYWORDS.has(text);
    case 'module':
      return isPublicModuleName(text);
    case 'parameter':
      return PARAMETER.test(text) || options.keepIdentifiers === true;
    case 'value':
      return LITERAL_VALUE.test(text);
    case 'identifier':
      return options.keepIdentifiers === true || isKnownIdentifier(text);
    default:
      return false;
  }
}
