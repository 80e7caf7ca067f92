import type { CompiledTemplate, MatchedVariable, TemplateMatch } from './template-types.js';
import { templateIndex } from './template-index.js';

export interface MatchOptions {
  /** Also try templates whose match may span lines (JSON snippets). Default false: one line only. */
  multiline?: boolean;
}

/**
 * Finds the first template (in catalog order) that matches the line starting at `start`
 * (after its indentation) up to the end of a line. Linear in the line length per template.
 */
export function matchTemplate(
  templates: readonly CompiledTemplate[],
  text: string,
  start = 0,
  options: MatchOptions = {},
): TemplateMatch | undefined {
  let from = start;
  while (text[from] === ' ' || text[from] === '\t') from++;
  const newline = text.indexOf('\n', from);
  const line = text.slice(from, newline < 0 ? text.length : newline);
  for (const i of templateIndex(templates).candidates(text, from, line, options.multiline ?? false)) {
    const template = templates[i]!;
    if (template.multiline && !options.multiline) continue;
    if (template.prefix ? !text.startsWith(template.prefix, from) : !contains(template, text, line, from)) continue;
    template.regex.lastIndex = from;
    const match = template.regex.exec(text);
    if (!match) continue;
    const variables: MatchedVariable[] = [];
    template.variables.forEach((type, index) => {
      const span = match.indices?.[index + 1];
      if (span) variables.push({ type, start: span[0], end: span[1] });
    });
    const result: TemplateMatch = { id: template.id, start: from, end: match.index + match[0].length, variables };
    if (template.followedBy) result.followedBy = template.followedBy;
    return result;
  }
  return undefined;
}

function contains(template: CompiledTemplate, text: string, line: string, from: number): boolean {
  return template.multiline ? text.includes(template.literal, from) : line.includes(template.literal);
}
