export * from './index.js';
export { createScrubber } from './node-scrubber.js';
export { machineContext } from './machine-context.js';
