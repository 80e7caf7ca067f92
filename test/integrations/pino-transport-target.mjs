// Test target for pino.transport(): pino's worker thread loads this file, which registers tsx and
// re-exports the TypeScript sources' pipeline step (a build would name 'scrubjay/pino' instead).
import { register } from 'tsx/esm/api';

register();
const { default: step } = await import('../../src/integrations/pino.ts');
export default step;
