// Test bootstrap for the stream's worker threads: the sources are TypeScript, so the worker registers
// tsx first, then loads the real worker module (a build loads dist/stream/worker.js directly).
import { register } from 'tsx/esm/api';

register();
await import('../../src/integrations/stream/worker.ts');
