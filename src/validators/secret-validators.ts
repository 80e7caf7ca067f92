import type { Validator } from './index.js';

export const secretValidators: Record<string, Validator> = {};
