export * from './index.js';
export { createErrorScrubber, createScrubber, scrubError } from './node-scrubber.js';
export { machineContext } from './machine-context.js';
