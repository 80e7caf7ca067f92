/** Node entries of the integrations: this machine's context unless the options give one. */
import { machineContext } from '../../machine-context.js';
import type { ScrubOptions } from '../../types.js';

export function withMachineContext<O extends ScrubOptions>(options: O): O {
  return options.context === undefined ? { ...options, context: machineContext() } : options;
}
