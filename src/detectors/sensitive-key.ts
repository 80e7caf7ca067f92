/**
 * Sensitive keys: an object key whose words name a secret redacts its whole value, and so does a
 * `key=value` / `key: value` / `--key value` / header assignment in free text.
 */
import type { DetectorFactory } from './detector.js';
import { ruleOption } from './detector.js';
import { SensitiveWords } from './sensitive-words.js';
import { createAssignmentDetector } from './sensitive-assignment.js';

export function wordsFromRule(rule: Parameters<DetectorFactory>[0]): SensitiveWords {
  return new SensitiveWords({
    phrases: ruleOption<string[]>(rule, 'phrases', []),
    modifiers: ruleOption<string[]>(rule, 'modifiers', []),
    suffixes: ruleOption<string[]>(rule, 'suffixes', []),
  });
}

export const createSensitiveKeyDetector: DetectorFactory = (rule) => {
  const words = wordsFromRule(rule);
  return {
    key: { id: rule.id, type: rule.type, classify: (key) => words.isSensitive(key) },
    text: createAssignmentDetector(rule, words),
    produces: [rule.type],
  };
};
