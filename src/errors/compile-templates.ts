import { PLACEHOLDER_PATTERN } from '../placeholder.js';
import {
  VARIABLE_SHAPES,
  VARIABLE_TYPES,
  type CompiledTemplate,
  type MessageCatalogInput,
  type MessageTemplateInput,
  type VariableShape,
  type VariableType,
} from './template-types.js';

type Part = { literal: string } | { type: VariableType; shape?: VariableShape };

// A path where no quote marks its end: it must start like one (`/`, `./`, `~/`, `C:\`, `\\host`, `file:`),
// or be a placeholder written by an earlier scrub (`<project>`).
const PATH_START = String.raw`(?:[A-Za-z]:[\\/]|\.{0,2}[\\/]|~[\\/]|\\\\|file:|<[a-z])`;
// An expression as V8 prints it: `a.b`, `a[0]`, `(intermediate value).x`, `(0 , _x.default)`.
const EXPRESSION = String.raw`(?:[^\s'"()]|\([^()\n]{0,100}\))+`;

/**
 * Class of an unquoted variable that is not the last one, and whether a last one may take the rest
 * of the line (`free`: true, or the class that the rest of the line must have).
 */
const TYPE_CLASS: Record<VariableType, { cls: string; free: boolean | string }> = {
  path: { cls: `${PATH_START}\\S*`, free: `${PATH_START}[^\\n]*` },
  identifier: { cls: EXPRESSION, free: false },
  module: { cls: String.raw`\S+`, free: true },
  hostname: { cls: String.raw`[^\s'"]+`, free: false },
  address: { cls: String.raw`[^\s'"]+`, free: false },
  command: { cls: String.raw`\S+`, free: true },
  snippet: { cls: String.raw`\S+`, free: true },
  token: { cls: String.raw`\S+`, free: false },
  number: { cls: String.raw`-?\d+(?:\.\d+)?`, free: false },
  string: { cls: String.raw`\S+`, free: true },
  type: { cls: String.raw`[^\n.()]+`, free: false },
  value: { cls: String.raw`\S+`, free: true },
  url: { cls: String.raw`\S+`, free: true },
  code: { cls: '[A-Z][A-Z0-9_]*', free: false },
  syscall: { cls: '[A-Za-z_]+', free: false },
  extension: { cls: String.raw`\.?[\w-]{1,16}`, free: false },
  message: { cls: '[^\\n]+', free: true },
  parameter: { cls: String.raw`[^\s'"]+`, free: false },
};

// A placeholder, its groups made non-capturing (variables are read by group index).
const PLACEHOLDER = PLACEHOLDER_PATTERN.source.replace(/\((?!\?)/g, '(?:');

const SHAPE_CLASS: Record<VariableShape, string> = {
  // One character, or the placeholder that replaced it: a template must match its own output.
  char: String.raw`(?:${PLACEHOLDER}|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S])`,
  word: String.raw`\S+`,
  line: '[^\\n]*',
  text: String.raw`[\s\S]*`,
};

const QUOTES = new Set(["'", '"', '`']);

const escapeRegex = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Splits a template into fixed text and `{type}` / `{type:shape}` parts; reports syntax problems. */
export function parseTemplate(template: string, problems: string[], id: string): Part[] {
  const parts: Part[] = [];
  let literal = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if ((c === '{' || c === '}') && template[i + 1] === c) {
      literal += c;
      i++;
    } else if (c === '{') {
      const close = template.indexOf('}', i);
      const [type = '', shape, extra] = template.slice(i + 1, close < 0 ? undefined : close).split(':');
      if (close < 0) problems.push(`${id}: unclosed "{"`);
      else if (!(VARIABLE_TYPES as readonly string[]).includes(type)) problems.push(`${id}: unknown variable type "${type}"`);
      else if (extra !== undefined || (shape !== undefined && !(VARIABLE_SHAPES as readonly string[]).includes(shape)))
        problems.push(`${id}: unknown variable shape "${shape}"`);
      else {
        if (literal) parts.push({ literal });
        else if (parts.length > 0) problems.push(`${id}: two variables need fixed text between them`);
        literal = '';
        parts.push(shape ? { type: type as VariableType, shape: shape as VariableShape } : { type: type as VariableType });
      }
      if (close < 0) return parts;
      i = close;
    } else if (c === '}') {
      problems.push(`${id}: single "}" (write "}}")`);
    } else literal += c;
  }
  if (literal) parts.push({ literal });
  return parts;
}

const isFree = (part: Part) => !('literal' in part) && (part.shape === 'line' || part.shape === 'text' || part.type === 'message');

/**
 * Regex source of the variable at `index`. A quoted part stops at its quote; an unquoted one takes
 * its type's class. One part at most may take any text up to the line end (or, `text`, beyond):
 * one with shape `line`/`text` or type `message`, else the last part if it is quoted or of a free type.
 * With one such part and the others stopping at their delimiters, matching stays linear.
 */
function variableSource(parts: readonly Part[], index: number, freeLast: boolean): string {
  const part = parts[index];
  if (!part || 'literal' in part) return '';
  if (part.shape) return SHAPE_CLASS[part.shape];
  if (part.type === 'message') return SHAPE_CLASS.line;
  const before = parts[index - 1];
  const after = parts[index + 1];
  const open = before && 'literal' in before ? before.literal.slice(-1) : '';
  const close = after && 'literal' in after ? after.literal[0] : '';
  const quoted = QUOTES.has(open) && open === close;
  const { free } = TYPE_CLASS[part.type];
  if (freeLast && quoted) return SHAPE_CLASS.line;
  if (freeLast && free) return typeof free === 'string' ? free : SHAPE_CLASS.line;
  return quoted ? `[^${escapeRegex(open)}\\n]*` : TYPE_CLASS[part.type].cls;
}

function compileOne(input: MessageTemplateInput, problems: string[]): CompiledTemplate | undefined {
  const before = problems.length;
  const parts = parseTemplate(input.template, problems, input.id);
  const lastVariable = parts.reduce((last, part, index) => ('literal' in part ? last : index), -1);
  const free = parts.filter(isFree);
  if (free.length > 1) problems.push(`${input.id}: only one variable may take the rest of a line`);
  parts.forEach((part, index) => {
    if (!('literal' in part) && part.shape === 'text' && index !== lastVariable) problems.push(`${input.id}: a "text" variable must be the last one`);
  });
  let source = '';
  const variables: VariableType[] = [];
  parts.forEach((part, index) => {
    if ('literal' in part) source += escapeRegex(part.literal);
    else {
      source += `(${variableSource(parts, index, index === lastVariable && free.length === 0)})`;
      variables.push(part.type);
    }
  });
  if (parts.length === 0) problems.push(`${input.id}: empty template`);
  if (problems.length > before) return undefined;
  const first = parts[0];
  const literals = parts.flatMap((part) => ('literal' in part ? [part.literal] : []));
  const compiled: CompiledTemplate = {
    id: input.id,
    regex: new RegExp(`${source}(?=\\r?\\n|$)`, 'dy'),
    variables,
    multiline: parts.some((part) => 'shape' in part && (part.shape === 'text' || part.shape === 'char')),
    prefix: first && 'literal' in first ? first.literal : '',
    literal: literals.reduce((longest, text) => (text.length > longest.length ? text : longest), ''),
  };
  if (input.code !== undefined) compiled.code = input.code;
  if (input.followedBy !== undefined) compiled.followedBy = input.followedBy;
  return compiled;
}

/** Compiles every template once. Throws one error that lists all problems of the catalog. */
export function compileTemplates(catalog: MessageCatalogInput): CompiledTemplate[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const compiled: CompiledTemplate[] = [];
  for (const input of catalog.templates) {
    if (seen.has(input.id)) problems.push(`${input.id}: duplicate id`);
    seen.add(input.id);
    const template = compileOne(input, problems);
    if (template) compiled.push(template);
  }
  if (problems.length > 0) throw new Error(`Invalid message catalog "${catalog.name}":\n- ${problems.join('\n- ')}`);
  return compiled;
}
