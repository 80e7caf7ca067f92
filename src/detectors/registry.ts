/** The structural detectors (code) that rules may name in their `detector` field. */
import type { DetectorFactory } from './detector.js';
import { createGenericSecretDetector } from './generic-secret.js';
import { createKnownValuesDetector } from './known-values.js';
import { createPathDetector } from './paths.js';
import { createSensitiveKeyDetector } from './sensitive-key.js';
import { createUrlDetector } from './urls.js';

export const detectorFactories: Readonly<Record<string, DetectorFactory>> = Object.freeze({
  'generic-secret': createGenericSecretDetector,
  'known-values': createKnownValuesDetector,
  'file-path': createPathDetector,
  'sensitive-key': createSensitiveKeyDetector,
  url: createUrlDetector,
});
