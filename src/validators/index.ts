import { secretValidators } from './secret-validators.js';
import { piiValidators } from './pii-validators.js';

/** A validator accepts or rejects the text a pattern rule would redact. Pure, never throws. */
export type Validator = (text: string) => boolean;

/** Every validator a rule may name in its `validator` field, by name. */
export const validators: Readonly<Record<string, Validator>> = Object.freeze({
  ...secretValidators,
  ...piiValidators,
});
