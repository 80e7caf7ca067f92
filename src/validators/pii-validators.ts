import type { Validator } from './index.js';

export const piiValidators: Record<string, Validator> = {};
