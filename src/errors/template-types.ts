/** The message-template catalog (`rules/messages.json`) and its compiled form. */

export const VARIABLE_TYPES = [
  'path',
  'identifier',
  'module',
  'hostname',
  'address',
  'command',
  'snippet',
  'token',
  'number',
  'string',
  'type',
  'value',
  'url',
  'code',
  'syscall',
  'extension',
  'message',
  'parameter',
] as const;

export type VariableType = (typeof VARIABLE_TYPES)[number];

/** `char` one character, `word` no blanks, `line` to the end of the line, `text` to the end (last part only). */
export const VARIABLE_SHAPES = ['char', 'word', 'line', 'text'] as const;

export type VariableShape = (typeof VARIABLE_SHAPES)[number];

export interface MessageTemplateInput {
  id: string;
  template: string;
  code?: string;
  /** The lines after a match, up to a blank line, are source code. */
  followedBy?: 'code';
  source: string;
  examples: string[];
}

export interface MessageCatalogInput {
  $schema?: string;
  name: string;
  description?: string;
  templates: MessageTemplateInput[];
}

export interface CompiledTemplate {
  id: string;
  code?: string;
  /** Sticky regex with indices: one capture group per variable, in order. */
  regex: RegExp;
  variables: readonly VariableType[];
  followedBy?: 'code';
  /** Whether a match may run past the first line break (a `text` or `char` variable). */
  multiline: boolean;
  /** Fixed text the message starts with ('' when it starts with a variable): a cheap prefilter. */
  prefix: string;
  /** The longest fixed part, which any match contains: the prefilter when there is no prefix. */
  literal: string;
}

/** A variable part found by a template: its type and offsets in the scanned text. */
export interface MatchedVariable {
  type: VariableType;
  start: number;
  end: number;
}

export interface TemplateMatch {
  id: string;
  /** Offsets of the matched text: from the start of a line (after its indentation) to the end of a line. */
  start: number;
  end: number;
  variables: MatchedVariable[];
  /** Copied from the template: what the following lines hold. */
  followedBy?: 'code';
}
