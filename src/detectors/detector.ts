/** What every detector is: text detectors report spans; key classifiers judge object keys. */
import type { Detection, DetectorRuleInput, ScrubContext } from '../types.js';

export interface TextDetector {
  readonly id: string;
  /** Literals: the detector runs only when one occurs in the text, ignoring case (as match/aho-corasick.ts folds it). Empty: always runs. */
  readonly keywords: readonly string[];
  /** Runs only when the text holds a run of at least this many digits. */
  readonly minDigits?: number;
  /**
   * Set on built-in rules: a text that is one ISO 8601 date-time is not given to this detector (no
   * built-in rule matches inside one). Rules from `extraRules` always run; the known values run
   * when one of them could occur inside a date-time.
   */
  readonly skipsDateTimes?: boolean;
  /** Appends its detections (offsets into `text`) to `out`. A plain function: it is called without `this`. */
  readonly detect: (text: string, out: Detection[]) => void;
}

/** Whether an object key marks its whole value as sensitive. */
export type KeyClassifier = (key: string) => boolean;

/** Settings a detector may read when it is compiled. */
export interface CompileEnv {
  context: ScrubContext;
  allowHosts: readonly string[];
  keepProjectPaths: boolean;
}

export interface CompiledDetector {
  text?: TextDetector;
  key?: { id: string; type: string; classify: KeyClassifier };
  /** Placeholders (`type` or `type:detail`) this detector may write; they are protected from re-detection. */
  produces: string[];
}

export type DetectorFactory = (rule: DetectorRuleInput, env: CompileEnv) => CompiledDetector;

export function placeholderKey(type: string, detail?: string): string {
  return detail ? `${type}:${detail}` : type;
}

export function ruleOption<T>(rule: DetectorRuleInput, name: string, fallback: T): T {
  const v = rule.options?.[name];
  return v === undefined ? fallback : (v as T);
}
